package org.sapledger.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.UUID;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.sapledger.app.SapledgerApplication;
import org.sapledger.domain.ClimateRegion;
import org.sapledger.domain.dwelling.Wall;
import org.sapledger.domain.history.FindWorksheetAsOf;
import org.sapledger.domain.property.ChangeElement;
import org.sapledger.domain.property.DwellingType;
import org.sapledger.domain.property.ImportProperty;
import org.sapledger.domain.tenancy.Tenancy;
import org.sapledger.domain.worksheet.WorksheetView;
import org.sapledger.query.history.HistoryQueries;
import org.sapledger.sapxml.ImportResult;
import org.sapledger.sapxml.SapXmlReader;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Benchmark harness, not part of the default test run (its name does not match the test includes): as-of replay of
 * a property with 10,000 events. Starts the service on its own embedded PostgreSQL, appends the events through the
 * command bus, then times {@code FindWorksheetAsOf}: the first replay (which reads every event and leaves
 * checkpoints behind), then, after a warm-up, replays at the latest version and at random versions. Prints the
 * figures; asserts only that each replay is correct, never a time.
 *
 * <pre>mvn -B -pl app -am install -DskipTests
 * mvn -B -pl app test -Dtest=AsOfReplayBenchmark -Dsurefire.failIfNoSpecifiedTests=false</pre>
 */
class AsOfReplayBenchmark {

    private static final int EVENTS = 10_000;
    private static final int WARMUP = 10;
    private static final int MEASURED = 31;

    @Test
    void asOfReplayOfTenThousandEvents() throws Exception {
        try (ConfigurableApplicationContext service = new SpringApplicationBuilder(SapledgerApplication.class)
                .run("--server.port=0", "--sapledger.embedded-postgres.data-directory=",
                        "--sapledger.embedded-postgres.port=0", "--logging.level.root=WARN")) {
            CommandGateway commands = service.getBean(CommandGateway.class);
            HistoryQueries history = service.getBean(HistoryQueries.class);
            String property = UUID.randomUUID().toString();
            ImportResult m1 = SapXmlReader.read(
                    Files.readString(Path.of("../calc/src/test/resources/reference/m1-detached-100m2.xml")),
                    ClimateRegion.UK_AVERAGE);
            MetaData organisation = MetaData.with(Tenancy.ORGANISATION_METADATA_KEY, "benchmark");
            commands.sendAndWait(GenericCommandMessage.asCommandMessage(new ImportProperty(property, "benchmark",
                    "Benchmark", "LE11 3TU", 0, DwellingType.HOUSE, m1.dwelling(), List.of()))
                    .andMetaData(organisation));
            Wall wall = m1.dwelling().walls().get(0);
            long appendStart = System.nanoTime();
            for (int i = 2; i < EVENTS; i++) {
                commands.sendAndWait(GenericCommandMessage.asCommandMessage(new ChangeElement(property, null,
                        new Wall(wall.id(), wall.grossArea(), 0.15 + (i % 50) * 0.01, OptionalDouble.empty())))
                        .andMetaData(organisation));
            }
            double appendSeconds = (System.nanoTime() - appendStart) / 1e9;
            long latest = EVENTS - 1;

            double coldMillis = replay(history, property, latest);
            for (int i = 1; i < WARMUP; i++) {
                replay(history, property, latest);
            }
            List<Double> latestMillis = new ArrayList<>();
            List<Double> randomMillis = new ArrayList<>();
            java.util.Random random = new java.util.Random(42);
            for (int i = 0; i < MEASURED; i++) {
                latestMillis.add(replay(history, property, latest));
                randomMillis.add(replay(history, property, 1 + random.nextInt(EVENTS - 1)));
            }
            System.out.printf("%nAS-OF REPLAY, %d events (appended in %.1f s)%n", EVENTS, appendSeconds);
            System.out.printf("  first replay (no checkpoint yet, leaves one every %s events): %.1f ms%n",
                    service.getEnvironment().getProperty("sapledger.history.checkpoint-interval"), coldMillis);
            System.out.printf("  at the latest version: median %.1f ms, p90 %.1f ms, max %.1f ms (n=%d)%n",
                    percentile(latestMillis, 50), percentile(latestMillis, 90), percentile(latestMillis, 100),
                    MEASURED);
            System.out.printf("  at random versions:    median %.1f ms, p90 %.1f ms, max %.1f ms (n=%d)%n%n",
                    percentile(randomMillis, 50), percentile(randomMillis, 90), percentile(randomMillis, 100),
                    MEASURED);
        }
    }

    private static double replay(HistoryQueries history, String property, long version) {
        long start = System.nanoTime();
        Optional<WorksheetView> view = history.handle(new FindWorksheetAsOf(property, "RATING", version, null));
        double millis = (System.nanoTime() - start) / 1e6;
        assertThat(view).isPresent();
        assertThat(view.get().version()).isEqualTo(version);
        assertThat(view.get().lines()).containsKey("107_total");
        return millis;
    }

    private static double percentile(List<Double> values, int percentile) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }
}
