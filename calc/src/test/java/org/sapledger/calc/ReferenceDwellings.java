package org.sapledger.calc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.sapledger.domain.dwelling.Dwelling;
import org.sapledger.sapxml.SapXmlReader;

/**
 * The two real SAP 10.2 dwellings in {@code src/test/resources/reference/} (inputs from stevenkfirth/sap10calcs,
 * MIT; engine outputs CC0): their XML read with the sapxml module, and the engine's worksheet output.
 */
public enum ReferenceDwellings {
    M1_DETACHED("m1-detached-100m2"),
    RDSAP_DETACHED("rdsap-detached");

    private final String name;

    ReferenceDwellings(String name) {
        this.name = name;
    }

    /** The dwelling as read from the reference XML. */
    public Dwelling dwelling() {
        try (InputStream in = resource(name + ".xml")) {
            return SapXmlReader.read(in).dwelling();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code sap_calculation_output} of the engine output. */
    public JsonNode engineOutput() {
        try (InputStream in = resource(name + ".engine-output.json")) {
            return new ObjectMapper().readTree(in).get("sap_calculation_output");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String file) {
        InputStream in = ReferenceDwellings.class.getResourceAsStream("/reference/" + file);
        if (in == null) {
            throw new IllegalStateException("missing test resource /reference/" + file);
        }
        return in;
    }
}
