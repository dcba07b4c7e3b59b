package org.sapledger.sapxml;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Unmarshaller;
import jakarta.xml.bind.ValidationEvent;
import jakarta.xml.bind.ValidationEventLocator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.sapledger.domain.ClimateRegion;
import org.sapledger.sapxml.schema.EnergyPerformanceCertificate;

/**
 * Reads a SAP-Schema-19.1.0 (SAP 10.2) {@code SAP-Report} document into the domain input model.
 *
 * <p>The document is bound with JAXB classes generated from the official schema, without schema validation
 * (lodged and converted files are often partial). Elements the calculation does not use are reported as
 * warnings; values that are missing, unreadable or impossible are errors naming the element (or its line and
 * column); a document that is not well-formed, has a DOCTYPE, another root or absurd nesting is an error with line
 * and column.
 */
public final class SapXmlReader {

    private static final JAXBContext CONTEXT;

    static {
        try {
            CONTEXT = JAXBContext.newInstance(EnergyPerformanceCertificate.class);
        } catch (JAXBException e) {
            throw new IllegalStateException("cannot create JAXB context for SAP-Schema-19.1.0", e);
        }
    }

    private SapXmlReader() {
    }

    /** Reads a document; the climate region is not in the file and defaults to 0 (UK average). */
    public static ImportResult read(InputStream in) {
        return read(in, ClimateRegion.UK_AVERAGE);
    }

    /** Reads a document for a property in {@code region}. */
    public static ImportResult read(InputStream in, ClimateRegion region) {
        try {
            return read(in.readAllBytes(), region);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a document given as text. */
    public static ImportResult read(String xml, ClimateRegion region) {
        return read(xml.getBytes(StandardCharsets.UTF_8), region);
    }

    /**
     * Reads a document given as bytes.
     *
     * @throws SapXmlImportException if it is malformed or holds impossible values
     */
    public static ImportResult read(byte[] xml, ClimateRegion region) {
        List<ImportMessage> warnings = new ArrayList<>(ElementScanner.unusedLeaves(xml, DwellingMapper.USED_PATHS));
        EnergyPerformanceCertificate report = unmarshal(xml, warnings);
        return new DwellingMapper(warnings).map(report, region);
    }

    private static EnergyPerformanceCertificate unmarshal(byte[] xml, List<ImportMessage> warnings) {
        List<ImportMessage> errors = new ArrayList<>();
        XMLStreamReader reader = null;
        try {
            reader = ElementScanner.safeFactory().createXMLStreamReader(new ByteArrayInputStream(xml));
            Unmarshaller u = CONTEXT.createUnmarshaller();
            u.setEventHandler(event -> {
                ValidationEventLocator l = event.getLocator();
                ImportMessage m = new ImportMessage("document", event.getMessage(), l == null ? -1 : l.getLineNumber(),
                        l == null ? -1 : l.getColumnNumber());
                if (event.getSeverity() == ValidationEvent.FATAL_ERROR) {
                    errors.add(m);
                    return false;
                }
                if (event.getLinkedException() != null) {
                    // a value that cannot be read as its type ("abc" for a count): an error, or the element
                    // would silently count as absent and take its default
                    errors.add(m);
                    return true;
                }
                warnings.add(m);
                return true;
            });
            EnergyPerformanceCertificate report = u.unmarshal(reader, EnergyPerformanceCertificate.class).getValue();
            if (!errors.isEmpty()) {
                throw new SapXmlImportException(errors);
            }
            return report;
        } catch (XMLStreamException | JAXBException e) {
            if (errors.isEmpty()) {
                errors.add(ImportMessage.at("document", "cannot read SAP XML: " + e.getMessage()));
            }
            throw new SapXmlImportException(errors);
        } finally {
            if (reader != null) {
                try {
                    reader.close();
                } catch (XMLStreamException ignored) {
                    // nothing to release
                }
            }
        }
    }
}
