package org.sapledger.app.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.IntStream;

import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.MultiEventHandlerInvoker;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.Test;

/** The rebuild's single reading of the store: every event to every projection, in order, in committed batches. */
class BulkReplayTest {

    private final InMemoryEventStorageEngine store = new InMemoryEventStorageEngine();

    @Test
    void everyProjectionGetsEveryEventInOrderInBatchesOfAtMostTheBatchSize() throws Exception {
        append(25);
        RecordingProjection first = RecordingProjection.everything();
        RecordingProjection second = RecordingProjection.everything();

        BulkReplay.Outcome outcome = bulkReplay(10, 1).replay(List.of(first, second));

        List<String> all = payloads(25);
        assertThat(first.committed).isEqualTo(all);
        assertThat(second.committed).isEqualTo(all);
        assertThat(first.batchSizes).containsExactly(10, 10, 5);
        assertThat(outcome.events()).isEqualTo(25);
        assertThat(outcome.lastToken()).isEqualTo(new GlobalSequenceTrackingToken(24));
    }

    @Test
    void aProjectionOnlyGetsTheEventsItCanHandle() throws Exception {
        append(6);
        RecordingProjection evenOnly = RecordingProjection.evenNumbered();

        bulkReplay(4, 1).replay(List.of(evenOnly));

        assertThat(evenOnly.committed).containsExactly("event-0", "event-2", "event-4");
    }

    @Test
    void aProjectionWithNoHandlerForAPayloadTypeIsNotAskedAboutItsEvents() throws Exception {
        append(5);
        RecordingProjection stringsOnly = RecordingProjection.everything();
        RecordingProjection noStrings = RecordingProjection.withoutStringHandlers();

        bulkReplay(10, 1).replay(List.of(stringsOnly, noStrings));

        assertThat(stringsOnly.committed).hasSize(5);
        assertThat(noStrings.threads).isEmpty();
        assertThat(noStrings.committed).isEmpty();
    }

    /**
     * A processor's handlers come wrapped in Axon's multi-invoker; the replay hands events to the projections inside,
     * each of them only the payload types it has handlers for.
     */
    @Test
    void theProjectionsInsideAProcessorsMultiInvokerEachGetTheirEvents() throws Exception {
        append(5);
        RecordingProjection strings = RecordingProjection.everything();
        RecordingProjection noStrings = RecordingProjection.withoutStringHandlers();
        RecordingProjection evenOnly = RecordingProjection.evenNumbered();

        bulkReplay(10, 1).replay(List.of(
                new MultiEventHandlerInvoker(strings, new MultiEventHandlerInvoker(noStrings, evenOnly))));

        assertThat(strings.committed).isEqualTo(payloads(5));
        assertThat(evenOnly.committed).containsExactly("event-0", "event-2", "event-4");
        assertThat(noStrings.threads).isEmpty();
    }

    @Test
    void anEmptyStoreEndsAtOnceWithoutAPosition() throws Exception {
        RecordingProjection projection = RecordingProjection.everything();

        BulkReplay.Outcome outcome = bulkReplay(10, 1).replay(List.of(projection));

        assertThat(outcome.events()).isZero();
        assertThat(outcome.lastToken()).isNull();
        assertThat(projection.committed).isEmpty();
    }

    @Test
    void aFailingHandlerRollsItsBatchBackAndStopsTheReplayKeepingTheBatchesBefore() {
        append(25);
        RecordingProjection projection = RecordingProjection.everything();
        projection.failOn = "event-13";

        BulkReplay replay = bulkReplay(10, 1);

        assertThatThrownBy(() -> replay.replay(List.of(projection))).hasMessageContaining("event-13");

        assertThat(projection.committed).isEqualTo(payloads(10));
        assertThat(projection.rolledBackBatches).isEqualTo(1);
    }

    @Test
    void withSeveralLanesEachPropertysEventsStayInOrderAndEveryEventIsHandledOnce() throws Exception {
        append(300);
        RecordingProjection projection = RecordingProjection.everything();

        BulkReplay.Outcome outcome = bulkReplay(7, 2).replay(List.of(projection));

        List<String> handled;
        synchronized (projection) {
            handled = List.copyOf(projection.committed);
        }
        assertThat(handled).containsExactlyInAnyOrderElementsOf(payloads(300));
        for (int property = 0; property < 3; property++) {
            int p = property;
            List<Integer> ofProperty = handled.stream().map(e -> Integer.parseInt(e.substring("event-".length())))
                    .filter(i -> i % 3 == p).toList();
            assertThat(ofProperty).isSorted();
        }
        assertThat(projection.threads).hasSizeGreaterThan(1);
        assertThat(outcome.events()).isEqualTo(300);
        assertThat(outcome.lastToken()).isEqualTo(new GlobalSequenceTrackingToken(299));
    }

    @Test
    void aFailureInOneLaneStopsTheReplay() {
        append(300);
        RecordingProjection projection = RecordingProjection.everything();
        projection.failOn = "event-100";

        BulkReplay replay = bulkReplay(7, 2);

        assertThatThrownBy(() -> replay.replay(List.of(projection))).hasMessageContaining("event-100");
        assertThat(projection.rolledBackBatches).isEqualTo(1);
    }

    @Test
    void theBatchSizeAndTheLanesMustBePositive() {
        assertThatThrownBy(() -> bulkReplay(0, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> bulkReplay(1, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** A replay of the test's store in batches of {@code batchSize} on {@code lanes} lanes, without transactions. */
    private BulkReplay bulkReplay(int batchSize, int lanes) {
        return new BulkReplay(store, NoTransactionManager.INSTANCE, batchSize, lanes);
    }

    private void append(int events) {
        List<EventMessage<?>> messages = new ArrayList<>();
        for (int i = 0; i < events; i++) {
            messages.add(new GenericDomainEventMessage<>("Property", "property-" + (i % 3), i / 3, payload(i)));
        }
        store.appendEvents(messages);
    }

    /** The payloads of the first {@code count} events appended. */
    private static List<String> payloads(int count) {
        return IntStream.range(0, count).mapToObj(BulkReplayTest::payload).toList();
    }

    private static String payload(int i) {
        return "event-" + i;
    }

    /**
     * A projection that records the events it handled once their batch commits, as a read model's writes would land,
     * and the size of each batch it was handed (the unit of work's messages).
     */
    private static final class RecordingProjection implements EventHandlerInvoker {

        private final Predicate<String> handles;
        private final List<String> committed = new ArrayList<>();
        private final List<Integer> batchSizes = new ArrayList<>();
        private final java.util.Set<String> threads = java.util.concurrent.ConcurrentHashMap.newKeySet();
        private int rolledBackBatches;
        private String failOn;
        private final boolean takesStrings;

        private RecordingProjection(Predicate<String> handles, boolean takesStrings) {
            this.handles = handles;
            this.takesStrings = takesStrings;
        }

        /** Handles every event. */
        static RecordingProjection everything() {
            return new RecordingProjection(payload -> true, true);
        }

        /** Has handlers for the payload type, and takes only events 0, 2 and 4. */
        static RecordingProjection evenNumbered() {
            return new RecordingProjection(
                    payload -> payload.endsWith("0") || payload.endsWith("2") || payload.endsWith("4"), true);
        }

        /** Has no handler for the events' payload type. */
        static RecordingProjection withoutStringHandlers() {
            return new RecordingProjection(payload -> true, false);
        }

        @Override
        public boolean canHandleType(Class<?> payloadType) {
            return takesStrings && payloadType == String.class;
        }

        @Override
        public boolean canHandle(EventMessage<?> eventMessage, Segment segment) {
            return handles.test((String) eventMessage.getPayload());
        }

        @Override
        public synchronized void handle(EventMessage<?> message, Segment segment) {
            assertThat(segment).isEqualTo(Segment.ROOT_SEGMENT);
            threads.add(Thread.currentThread().getName());
            if (!handles.test((String) message.getPayload())) {
                return;
            }
            UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get();
            List<String> batch = unitOfWork.getOrComputeResource(this + ".batch", key -> {
                List<String> handled = new ArrayList<>();
                batchSizes.add(((BatchingUnitOfWork<?>) unitOfWork).getMessages().size());
                unitOfWork.onCommit(u -> {
                    synchronized (this) {
                        committed.addAll(handled);
                    }
                });
                unitOfWork.onRollback(u -> {
                    synchronized (this) {
                        rolledBackBatches++;
                    }
                });
                return handled;
            });
            if (message.getPayload().equals(failOn)) {
                throw new IllegalStateException("cannot handle " + failOn);
            }
            batch.add((String) message.getPayload());
        }
    }
}
