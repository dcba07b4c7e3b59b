package org.sapledger.sapxml;

import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.xml.namespace.QName;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import jakarta.xml.bind.annotation.XmlSchema;
import org.sapledger.sapxml.schema.EnergyPerformanceCertificate;

/**
 * A streaming pass over the document that checks it is well-formed (reporting line and column otherwise) and
 * lists the leaf elements the calculation does not use. It also refuses, before anything binds the document, what
 * a SAP file never holds and a hostile one might: a DOCTYPE (a DTD can name other files to fetch and entities that
 * expand without end; the factory would not process it, but it is refused rather than silently skipped), a root
 * other than a SAP-Schema {@code SAP-Report}, and nesting deeper than {@link #MAX_DEPTH}.
 */
final class ElementScanner {

    /** The root every SAP-Schema-19.1.0 report has. */
    static final QName ROOT = new QName(
            EnergyPerformanceCertificate.class.getPackage().getAnnotation(XmlSchema.class).namespace(), "SAP-Report");

    /** Deepest element nesting accepted; a SAP report nests about ten deep. */
    static final int MAX_DEPTH = 64;

    private ElementScanner() {
    }

    static XMLInputFactory safeFactory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return f;
    }

    /**
     * @return warnings for unused leaf elements, one per distinct path, at its first occurrence
     * @throws SapXmlImportException when the document is not well-formed
     */
    static List<ImportMessage> unusedLeaves(byte[] xml, Set<String> usedPaths) {
        List<ImportMessage> out = new ArrayList<>();
        Set<String> reported = new LinkedHashSet<>();
        Deque<String> path = new ArrayDeque<>();
        Deque<Boolean> hasChild = new ArrayDeque<>();
        Deque<Location> starts = new ArrayDeque<>();
        XMLStreamReader r = null;
        try {
            r = safeFactory().createXMLStreamReader(new ByteArrayInputStream(xml));
            while (r.hasNext()) {
                int e = r.next();
                if (e == XMLStreamConstants.DTD) {
                    throw refused(r, path, "a DOCTYPE is not allowed: SAP files have none");
                }
                if (e == XMLStreamConstants.START_ELEMENT) {
                    if (path.isEmpty() && !ROOT.equals(r.getName())) {
                        throw refused(r, path, "the document is " + r.getName() + ", not a " + ROOT.getLocalPart()
                                + " in namespace " + ROOT.getNamespaceURI());
                    }
                    if (path.size() >= MAX_DEPTH) {
                        throw refused(r, path, "elements are nested deeper than " + MAX_DEPTH);
                    }
                    if (!hasChild.isEmpty()) {
                        hasChild.pop();
                        hasChild.push(true);
                    }
                    path.addLast(r.getLocalName());
                    hasChild.push(false);
                    Location l = r.getLocation();
                    starts.push(new FixedLocation(l.getLineNumber(), l.getColumnNumber()));
                } else if (e == XMLStreamConstants.END_ELEMENT) {
                    boolean leaf = !hasChild.pop();
                    Location l = starts.pop();
                    String p = String.join("/", path);
                    if (leaf && !usedPaths.contains(p) && reported.add(p)) {
                        out.add(new ImportMessage(p, "not used by the SAP 10.2 calculation", l.getLineNumber(),
                                l.getColumnNumber()));
                    }
                    path.removeLast();
                }
            }
        } catch (XMLStreamException ex) {
            Location l = ex.getLocation();
            String where = path.isEmpty() ? "document" : String.join("/", path);
            throw new SapXmlImportException(List.of(new ImportMessage(where, "malformed XML: " + clean(ex.getMessage()),
                    l == null ? -1 : l.getLineNumber(), l == null ? -1 : l.getColumnNumber())));
        } finally {
            if (r != null) {
                try {
                    r.close();
                } catch (XMLStreamException ignored) {
                    // nothing to release
                }
            }
        }
        return out;
    }

    private static SapXmlImportException refused(XMLStreamReader r, Deque<String> path, String message) {
        Location l = r.getLocation();
        String where = path.isEmpty() ? "document" : String.join("/", path);
        return new SapXmlImportException(List.of(new ImportMessage(where, message,
                l == null ? -1 : l.getLineNumber(), l == null ? -1 : l.getColumnNumber())));
    }

    private static String clean(String m) {
        if (m == null) {
            return "";
        }
        int i = m.indexOf("Message: ");
        return i >= 0 ? m.substring(i + 9) : m;
    }

    private record FixedLocation(int line, int column) implements Location {
        public int getLineNumber() {
            return line;
        }

        public int getColumnNumber() {
            return column;
        }

        public int getCharacterOffset() {
            return -1;
        }

        public String getPublicId() {
            return null;
        }

        public String getSystemId() {
            return null;
        }
    }
}
