package org.sapledger.app.worksheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sapledger.calc.CalculationBasis;
import org.sapledger.calc.LineValue;
import org.sapledger.calc.Worksheet;
import org.sapledger.domain.ClimateRegion;
import org.sapledger.domain.dwelling.Dwelling;
import org.sapledger.query.worksheet.WorksheetLines;
import org.sapledger.sapxml.SapXmlReader;

/**
 * The stored form of worksheet lines: what the projection writes is exactly the documented format, it reads back
 * bit for bit, and the LOCAL basis stored relative to the RATING basis takes a fraction of the space.
 */
class StoredWorksheetLinesTest {

    private static final Path M1 = Path.of("../calc/src/test/resources/reference/m1-detached-100m2.xml");

    @Test
    void aWorksheetIsStoredInTheDocumentedFormatAndReadsBackBitForBit() throws IOException {
        for (CalculationBasis basis : CalculationBasis.values()) {
            Worksheet worksheet = Worksheet.calculate(m1(ClimateRegion.UK_AVERAGE), basis);

            byte[] stored = WorksheetLines.encode(worksheet);

            assertThat(stored).as(basis.name()).isEqualTo(documentedFormat(worksheet.lines()));
            assertThat(WorksheetLines.encode(worksheet.lines())).isEqualTo(stored);
            Map<String, LineValue> read = WorksheetLines.decode(stored);
            assertThat(read).isEqualTo(worksheet.lines());
            assertThat(read.keySet()).containsExactlyElementsOf(worksheet.lines().keySet());
            assertThat(stored.length).as("zeros and repeats take two bits").isLessThan(5_000);
        }
    }

    @Test
    void theLocalBasisIsStoredRelativeToTheRatingBasisAndReadsBackBitForBit() throws IOException {
        for (int region : new int[] {0, 1, 12, 21}) {
            Dwelling dwelling = m1(new ClimateRegion(region));
            Worksheet rating = Worksheet.calculate(dwelling, CalculationBasis.RATING);
            Worksheet local = Worksheet.calculate(dwelling, CalculationBasis.LOCAL);

            byte[] stored = WorksheetLines.encode(local, rating);

            assertThat(stored[0]).as("the relative form").isEqualTo((byte) 2);
            assertThat(WorksheetLines.decode(stored, rating.lines())).as("region %d", region)
                    .isEqualTo(local.lines());
            assertThat(stored.length).as("region %d: the climate-independent lines take two bits", region)
                    .isLessThan(WorksheetLines.encode(local).length / 2);
        }
    }

    @Test
    void aReferenceReadFromItsStoredFormGivesTheSameBytesAsTheWorksheetItCameFrom() throws IOException {
        Worksheet base = Worksheet.calculate(m1(ClimateRegion.UK_AVERAGE), CalculationBasis.RATING);
        Worksheet later = Worksheet.calculate(m1(new ClimateRegion(12)), CalculationBasis.RATING);

        WorksheetLines.Reference reference = WorksheetLines.Reference.decode(WorksheetLines.encode(base));

        assertThat(reference.lines()).isEqualTo(base.lines());
        assertThat(reference).isEqualTo(WorksheetLines.Reference.of(base.lines()));
        assertThat(WorksheetLines.encode(later, reference)).isEqualTo(WorksheetLines.encode(later, base))
                .isEqualTo(WorksheetLines.encode(later, WorksheetLines.Reference.of(base.lines())));
        assertThat(WorksheetLines.decode(WorksheetLines.encode(later, reference), reference)).isEqualTo(later.lines());
        assertThatThrownBy(() -> WorksheetLines.Reference.decode(WorksheetLines.encode(later, base)))
                .as("a reference is itself stored standalone").isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void storedKeysReadBackAsCalcsOwnKeyInstancesSoABaseIsComparedWithAWorksheetByIdentity() throws IOException {
        Worksheet worksheet = Worksheet.calculate(m1(ClimateRegion.UK_AVERAGE), CalculationBasis.RATING);
        List<String> calcKeys = new ArrayList<>();
        worksheet.forEachLine((key, monthly, values) -> calcKeys.add(key));

        List<String> read = new ArrayList<>(WorksheetLines.decode(WorksheetLines.encode(worksheet)).keySet());

        assertThat(read).hasSameSizeAs(calcKeys);
        for (int i = 0; i < read.size(); i++) {
            assertThat(read.get(i)).isSameAs(calcKeys.get(i));
        }
    }

    @Test
    void negativeZeroNotANumberAndRepeatsComeBackBitForBit() {
        Map<String, LineValue> lines = new LinkedHashMap<>();
        lines.put("1", new LineValue.Scalar(-0.0));
        lines.put("2", new LineValue.Scalar(0.0));
        lines.put("3", new LineValue.Monthly(List.of(Double.NaN, Double.NaN, 1.5, 1.5, 1.5, -0.0, 0.0, 0.0,
                Double.MIN_VALUE, Double.MAX_VALUE, Double.NEGATIVE_INFINITY, 1.5)));

        Map<String, LineValue> read = WorksheetLines.decode(WorksheetLines.encode(lines));

        assertThat(bits(read)).isEqualTo(bits(lines));
    }

    @Test
    void linesStoredRelativeToAWorksheetCannotBeReadWithoutIt() throws IOException {
        Dwelling dwelling = m1(new ClimateRegion(12));
        byte[] stored = WorksheetLines.encode(Worksheet.calculate(dwelling, CalculationBasis.LOCAL),
                Worksheet.calculate(dwelling, CalculationBasis.RATING));

        assertThatThrownBy(() -> WorksheetLines.decode(stored)).isInstanceOf(IllegalStateException.class)
                .hasRootCauseMessage("lines stored relative to a worksheet need that worksheet");
    }

    private static Dwelling m1(ClimateRegion region) throws IOException {
        return SapXmlReader.read(Files.readString(M1), region).dwelling();
    }

    private static List<Long> bits(Map<String, LineValue> lines) {
        List<Long> bits = new ArrayList<>();
        lines.values().forEach(value -> values(value).forEach(v -> bits.add(Double.doubleToRawLongBits(v))));
        return bits;
    }

    private static List<Double> values(LineValue value) {
        return value instanceof LineValue.Scalar scalar ? List.of(scalar.value())
                : ((LineValue.Monthly) value).values();
    }

    /**
     * The standalone form spelled out: form byte 1, a count, per line its key (writeUTF) and kind (0 one value,
     * 1 twelve), then two bits per value (0 literal, 1 zero, 2 as the value before) four to a byte from the high
     * bits, then the literal doubles.
     */
    private static byte[] documentedFormat(Map<String, LineValue> lines) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        List<Integer> tags = new ArrayList<>();
        List<Double> literals = new ArrayList<>();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(1);
            out.writeShort(lines.size());
            Long previous = null;
            for (Map.Entry<String, LineValue> line : lines.entrySet()) {
                out.writeUTF(line.getKey());
                out.writeByte(line.getValue() instanceof LineValue.Scalar ? 0 : 1);
                for (double value : values(line.getValue())) {
                    long bits = Double.doubleToRawLongBits(value);
                    if (bits == 0L) {
                        tags.add(1);
                    } else if (previous != null && bits == previous) {
                        tags.add(2);
                    } else {
                        tags.add(0);
                        literals.add(value);
                    }
                    previous = bits;
                }
            }
            for (int i = 0; i < tags.size(); i += 4) {
                int packed = 0;
                for (int j = 0; j < 4; j++) {
                    packed |= (i + j < tags.size() ? tags.get(i + j) : 0) << (6 - 2 * j);
                }
                out.writeByte(packed);
            }
            for (double literal : literals) {
                out.writeDouble(literal);
            }
        }
        return bytes.toByteArray();
    }
}
