package org.sapledger.app.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.LongStream;
import java.util.stream.Stream;

import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.Test;
import org.sapledger.app.messaging.SharedTailPosition;

class BoundedReadAheadStorageEngineTest {

    private final InMemoryEventStorageEngine storage = new InMemoryEventStorageEngine();

    BoundedReadAheadStorageEngineTest() {
        storage.appendEvents(LongStream.range(0, 5_000)
                .mapToObj(i -> GenericEventMessage.asEventMessage("event " + i)).toList());
    }

    @Test
    void theTailProducersBlockingReadsEndAfterTheReadAhead() {
        BoundedReadAheadStorageEngine engine = engineReadingAhead(1_000);

        Stream<? extends TrackedEventMessage<?>> pass = engine.readEvents(null, true);

        assertThat(pass.count()).isEqualTo(1_000);
    }

    @Test
    void theNextPassStartsWhereTheLastEnded() {
        BoundedReadAheadStorageEngine engine = engineReadingAhead(1_000);

        TrackedEventMessage<?> next = engine.readEvents(new GlobalSequenceTrackingToken(999), true)
                .findFirst().orElseThrow();

        assertThat(next.getPayload()).isEqualTo("event 1000");
    }

    @Test
    void privateStreamsAreNotLimited() {
        BoundedReadAheadStorageEngine engine = engineReadingAhead(1_000);

        assertThat(engine.readEvents(null, false).count()).isEqualTo(5_000);
    }

    private BoundedReadAheadStorageEngine engineReadingAhead(int readAhead) {
        return new BoundedReadAheadStorageEngine(storage, readAhead, new SharedTailPosition());
    }
}
