package org.sapledger.app.worksheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sapledger.calc.CalculationBasis;
import org.sapledger.calc.LineValue;
import org.sapledger.calc.Worksheet;
import org.sapledger.domain.ClimateRegion;
import org.sapledger.query.worksheet.WorksheetLines;
import org.sapledger.sapxml.SapXmlReader;

/**
 * The stored form of worksheet lines: what the projection writes is exactly the documented format (the one rows
 * written by earlier releases have), and it reads back bit for bit.
 */
class StoredWorksheetLinesTest {

    private static final Path M1 = Path.of("../calc/src/test/resources/reference/m1-detached-100m2.xml");

    @Test
    void aWorksheetIsStoredInTheDocumentedFormatAndReadsBackBitForBit() throws IOException {
        for (CalculationBasis basis : CalculationBasis.values()) {
            Worksheet worksheet = Worksheet.calculate(
                    SapXmlReader.read(Files.readString(M1), ClimateRegion.UK_AVERAGE).dwelling(), basis);

            byte[] stored = WorksheetLines.encode(worksheet);

            assertThat(stored).as(basis.name()).isEqualTo(documentedFormat(worksheet.lines()));
            assertThat(WorksheetLines.encode(worksheet.lines())).isEqualTo(stored);
            Map<String, LineValue> read = WorksheetLines.decode(stored);
            assertThat(read).isEqualTo(worksheet.lines());
            assertThat(read.keySet()).containsExactlyElementsOf(worksheet.lines().keySet());
        }
    }

    /** The format spelled out: a count, then per line its key (writeUTF), a kind byte (0 one value, 1 twelve), doubles. */
    private static byte[] documentedFormat(Map<String, LineValue> lines) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeShort(lines.size());
            for (Map.Entry<String, LineValue> line : lines.entrySet()) {
                out.writeUTF(line.getKey());
                if (line.getValue() instanceof LineValue.Scalar scalar) {
                    out.writeByte(0);
                    out.writeDouble(scalar.value());
                } else {
                    out.writeByte(1);
                    for (double month : ((LineValue.Monthly) line.getValue()).values()) {
                        out.writeDouble(month);
                    }
                }
            }
        }
        return bytes.toByteArray();
    }
}
