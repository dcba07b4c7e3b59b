package org.sapledger.query.worksheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sapledger.app.SapledgerApplication;
import org.sapledger.app.SapledgerIntegrationTest;
import org.sapledger.calc.CalculationBasis;
import org.sapledger.calc.Worksheet;
import org.sapledger.domain.ClimateRegion;
import org.sapledger.domain.dwelling.Cooling;
import org.sapledger.domain.dwelling.CoolingEfficiency;
import org.sapledger.domain.dwelling.Dwelling;
import org.sapledger.domain.dwelling.validation.Violation;
import org.sapledger.sapxml.SapXmlReader;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

/**
 * The worksheet table keeps one row per subject holding both climate bases (V15): the LOCAL basis's inputs,
 * problems, measures and evaluated lines are stored only where they differ from the RATING basis's, the RATING
 * lines relative to a base kept in the row (V16), and every basis reads back as it was written.
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

    @Test
    void theRatingLinesAreStoredRelativeToABaseThatLaterChangesLeaveInPlace() throws IOException {
        String subject = "store-test-" + UUID.randomUUID();
        Dwelling dwelling = m1();
        Map<String, RatingLinesBase> firstBases = store.saveAll(bothBases(subject, dwelling, null));
        RatingLinesBase base = firstBases.get(subject);
        assertThat(base).as("a new row is given a base").isNotNull();
        byte[] storedBase = jdbc.queryForObject("SELECT rating_base FROM worksheet WHERE subject_id = ?",
                byte[].class, subject);
        assertThat(storedBase).isEqualTo(WorksheetLines.encode(Worksheet.calculate(dwelling, CalculationBasis.RATING)));

        Dwelling cooled = dwelling.withCooling(new Cooling(40, new CoolingEfficiency.DeclaredSeer(5.1)));
        List<WorksheetState> changed = bothBases(subject, cooled, base);
        assertThat(store.saveAll(changed)).as("the change is stored relative to the kept base").isEmpty();

        assertThat(jdbc.queryForObject("SELECT rating_base FROM worksheet WHERE subject_id = ?", byte[].class,
                subject)).isEqualTo(storedBase);
        WorksheetState read = store.find(subject, CalculationBasis.RATING).orElseThrow();
        assertThat(read.lines()).isEqualTo(Worksheet.calculate(cooled, CalculationBasis.RATING).lines());
        assertThat(read.ratingBase().lines()).isEqualTo(base.lines());
        assertThat(store.find(subject, CalculationBasis.LOCAL).orElseThrow().lines())
                .isEqualTo(Worksheet.calculate(cooled, CalculationBasis.LOCAL).lines());
    }

    @Test
    void anUpdateThatKeepsTheBaseDoesNotWriteItAgain() throws IOException {
        String subject = "store-test-" + UUID.randomUUID();
        Dwelling dwelling = m1();
        RatingLinesBase base = store.saveAll(bothBases(subject, dwelling, null)).get(subject);
        Dwelling cooled = dwelling.withCooling(new Cooling(40, new CoolingEfficiency.DeclaredSeer(5.1)));

        long keepingTheBase = walOf(() -> store.saveAll(bothBases(subject, cooled, base)));
        long withANewBase = walOf(() -> store.saveAll(bothBases(subject, cooled, null)));

        // PostgreSQL writes an out-of-line value again only when an update gives it a new one
        assertThat(withANewBase - keepingTheBase).as("WAL bytes: new base %d, kept base %d", withANewBase,
                keepingTheBase).isGreaterThan(base.storedLength() * 8L / 10);
    }

    private long walOf(Runnable write) {
        String before = jdbc.queryForObject("SELECT pg_current_wal_insert_lsn()::text", String.class);
        write.run();
        return jdbc.queryForObject("SELECT pg_wal_lsn_diff(pg_current_wal_insert_lsn(), ?::pg_lsn)::bigint",
                Long.class, before);
    }

    private static List<WorksheetState> bothBases(String subject, Dwelling dwelling, RatingLinesBase ratingBase) {
        return List.of(
                state(subject, CalculationBasis.RATING, dwelling,
                        Worksheet.calculate(dwelling, CalculationBasis.RATING), List.of(), List.of())
                        .withRatingBase(ratingBase),
                state(subject, CalculationBasis.LOCAL, dwelling,
                        Worksheet.calculate(dwelling, CalculationBasis.LOCAL), List.of(), List.of()));
    }

    private void assertReadsBack(WorksheetState written) {
        WorksheetState read = store.find(written.subjectId(), written.basis()).orElseThrow();
        // the RATING basis comes back with the base its row's lines are stored relative to
        assertThat(read).usingRecursiveComparison().ignoringFields("evaluation", "ratingBase").isEqualTo(written);
        assertThat(read.inputs()).isEqualTo(written.inputs());
        assertThat(read.lines()).isEqualTo(written.lines());
        assertThat(read.problems()).isEqualTo(written.problems());
        assertThat(read.evaluatedLines()).isEqualTo(written.evaluatedLines());
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
