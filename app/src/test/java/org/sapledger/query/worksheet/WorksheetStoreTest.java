package org.sapledger.query.worksheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sapledger.app.SapledgerApplication;
import org.sapledger.app.SapledgerIntegrationTest;
import org.sapledger.calc.CalculationBasis;
import org.sapledger.calc.Worksheet;
import org.sapledger.domain.ClimateRegion;
import org.sapledger.domain.dwelling.Dwelling;
import org.sapledger.domain.dwelling.validation.Violation;
import org.sapledger.sapxml.SapXmlReader;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

/**
 * The worksheet table keeps one row per subject holding both climate bases (V15): the LOCAL basis's inputs,
 * problems, measures and evaluated lines are stored only where they differ from the RATING basis's, and every
 * basis reads back as it was written.
 */
@SapledgerIntegrationTest
@ContextConfiguration(classes = SapledgerApplication.class) // the application is not found from this package
class WorksheetStoreTest {

    private static final Path M1 = Path.of("../calc/src/test/resources/reference/m1-detached-100m2.xml");

    @Autowired
    WorksheetStore store;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void bothBasesOfASubjectShareOneRowAndReadBackAsWritten() throws IOException {
        String subject = "store-test-" + UUID.randomUUID();
        Dwelling dwelling = m1();
        WorksheetState rating = state(subject, CalculationBasis.RATING, dwelling,
                Worksheet.calculate(dwelling, CalculationBasis.RATING), List.of(), List.of("105", "107"));
        WorksheetState local = state(subject, CalculationBasis.LOCAL, dwelling,
                Worksheet.calculate(dwelling, CalculationBasis.LOCAL), List.of(), List.of("105", "107"));

        store.saveAll(List.of(rating, local));

        assertThat(jdbc.queryForMap("""
                SELECT count(*) AS rows, bool_and(local_inputs IS NULL AND local_problems IS NULL
                       AND local_measures IS NULL AND local_evaluated_lines IS NULL) AS shared
                FROM worksheet WHERE subject_id = ?""", subject))
                .containsEntry("rows", 1L).containsEntry("shared", true);
        assertReadsBack(rating);
        assertReadsBack(local);
        assertThat(store.ofProperty(subject)).extracting(WorksheetState::basis)
                .containsExactly(CalculationBasis.RATING, CalculationBasis.LOCAL);
    }

    @Test
    void whatDiffersOnTheLocalBasisIsStoredForIt() throws IOException {
        String subject = "store-test-" + UUID.randomUUID();
        Dwelling dwelling = m1();
        Dwelling elsewhere = SapXmlReader.read(Files.readString(M1), new ClimateRegion(12)).dwelling();
        WorksheetState rating = state(subject, CalculationBasis.RATING, dwelling,
                Worksheet.calculate(dwelling, CalculationBasis.RATING), List.of(), List.of("105"));
        WorksheetState local = state(subject, CalculationBasis.LOCAL, elsewhere, null,
                List.of(new Violation("climateRegion", "a made-up problem of the local basis only")), List.of());

        store.saveAll(List.of(local, rating));

        assertThat(jdbc.queryForMap("""
                SELECT local_inputs IS NOT NULL AS own_inputs, local_problems IS NOT NULL AS own_problems,
                       local_measures IS NULL AS same_measures, local_lines IS NULL AS not_calculable
                FROM worksheet WHERE subject_id = ?""", subject))
                .containsEntry("own_inputs", true).containsEntry("own_problems", true)
                .containsEntry("same_measures", true).containsEntry("not_calculable", true);
        assertReadsBack(rating);
        assertReadsBack(local);
    }

    @Test
    void aSubjectIsWrittenOnBothBasesOrNotAtAll() throws IOException {
        String subject = "store-test-" + UUID.randomUUID();
        Dwelling dwelling = m1();
        WorksheetState rating = state(subject, CalculationBasis.RATING, dwelling,
                Worksheet.calculate(dwelling, CalculationBasis.RATING), List.of(), List.of());

        assertThatThrownBy(() -> store.saveAll(List.of(rating)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("both bases");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM worksheet WHERE subject_id = ?", Long.class, subject))
                .isZero();
    }

    private void assertReadsBack(WorksheetState written) {
        WorksheetState read = store.find(written.subjectId(), written.basis()).orElseThrow();
        assertThat(read).usingRecursiveComparison().ignoringFields("worksheet").isEqualTo(written);
        assertThat(read.lines()).isEqualTo(written.lines());
    }

    private static WorksheetState state(String subject, CalculationBasis basis, Dwelling inputs, Worksheet worksheet,
                                        List<Violation> problems, List<String> evaluated) {
        return new WorksheetState(subject, basis, subject, null, null, 0, 7L, inputs, worksheet, problems, List.of(),
                evaluated);
    }

    private static Dwelling m1() throws IOException {
        return SapXmlReader.read(Files.readString(M1), ClimateRegion.UK_AVERAGE).dwelling();
    }
}
