package org.sapledger.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.format.DateTimeParseException;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.axonframework.common.DateTimeUtils;

/** The event table's timestamps read as Axon reads them, whatever the text. */
class StoredTimestampsTest {

    /** Year 1 to 9999: Axon writes four-digit years without a sign. */
    private static final long FIRST = Instant.parse("0001-01-01T00:00:00Z").toEpochMilli();
    private static final long LAST = Instant.parse("9999-12-31T23:59:59.999Z").toEpochMilli();

    @Property(tries = 2_000)
    void everyTimeAxonWritesReadsBackAsAxonReadsIt(@ForAll("millisecondsSinceTheEpoch") long millis) {
        String stored = DateTimeUtils.formatInstant(Instant.ofEpochMilli(millis));

        assertThat(StoredTimestamps.parse(stored))
                .isEqualTo(DateTimeUtils.parseInstant(stored))
                .isEqualTo(Instant.ofEpochMilli(millis));
    }

    @Provide
    Arbitrary<Long> millisecondsSinceTheEpoch() {
        return Arbitraries.oneOf(
                Arbitraries.longs().between(FIRST, LAST),
                // the years events are written in, where a mistake would matter most
                Arbitraries.longs().between(Instant.parse("2000-01-01T00:00:00Z").toEpochMilli(),
                        Instant.parse("2100-01-01T00:00:00Z").toEpochMilli()));
    }

    @Example
    void theLastMillisecondOfALeapDay() {
        assertThat(StoredTimestamps.parse("2024-02-29T23:59:59.999Z"))
                .isEqualTo(Instant.parse("2024-02-29T23:59:59.999Z"));
    }

    @Example
    void textInOtherIsoFormsIsReadByAxonsParser() {
        for (String other : new String[] {"2026-11-27T18:37:45+01:00", "2026-11-27T18:37:45.123456789Z",
                "2026-11-27T18:37:45Z", "2026-11-27T19:37:45.024+01:00", "+12026-11-27T18:37:45.024Z"}) {
            assertThat(StoredTimestamps.parse(other)).as(other).isEqualTo(DateTimeUtils.parseInstant(other));
        }
    }

    @Example
    void textThatIsNoTimeFailsAsAxonsParserFails() {
        for (String invalid : new String[] {"2026-02-29T00:00:00.000Z", "2026-13-01T00:00:00.000Z",
                "2026-11-27T24:00:00.000Z", "2026-11-27T18:60:00.000Z", "2026-11-27T18:37:45.0a4Z",
                "2026-11-27 18:37:45.024Z", "not a time at all, 24 ch", ""}) {
            assertThatThrownBy(() -> DateTimeUtils.parseInstant(invalid)).as(invalid)
                    .isInstanceOf(DateTimeParseException.class);
            assertThatThrownBy(() -> StoredTimestamps.parse(invalid)).as(invalid)
                    .isInstanceOf(DateTimeParseException.class);
        }
    }
}
