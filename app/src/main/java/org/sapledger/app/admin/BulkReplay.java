package org.sapledger.app.admin;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.MultiEventHandlerInvoker;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.GenericResultMessage;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.RollbackConfigurationType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replays the whole event store into several projections' event handlers in one reading, without their event
 * processors. The calling thread reads the store through the storage engine (the processors' own reading: the same
 * messages, upcasters and gap-aware tokens), decodes each payload and deals the events out to {@code lanes} handler
 * threads by aggregate, so each property's events stay in order on one lane, as a processor's segments keep them. A
 * lane hands batches of up to {@code batchSize} events to every projection's handlers, in one unit of work and one
 * transaction per batch, as a processor's batch would be handled: the handlers cannot tell the difference. They run
 * in a {@link BatchingUnitOfWork} over the batch's events, on the whole (root) segment.
 *
 * <p>What it saves against the processors' own replay: each processor reads and decodes every event for itself, and
 * its coordinator passes each one to a work package by way of a queue whose size it checks per event. Here the store
 * is read once for every projection, and nothing is handed over event by event. With two lanes one lane's handlers
 * run while the other waits for PostgreSQL to write its batch.
 */
final class BulkReplay {

    private static final Logger log = LoggerFactory.getLogger(BulkReplay.class);

    /** The batches each lane may have waiting. */
    private static final int BATCHES_AHEAD = 2;

    /**
     * What handling an event returns to the unit of work: the same for every event, where returning nothing would have
     * the unit of work wrap it in a new result message, with a new random identifier, for each event.
     */
    private static final ResultMessage<Void> HANDLED = GenericResultMessage.asResultMessage((Void) null);

    private final EventStorageEngine storage;
    private final TransactionManager transactions;
    private final int batchSize;
    private final int lanes;

    BulkReplay(EventStorageEngine storage, TransactionManager transactions, int batchSize, int lanes) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be at least 1, was " + batchSize);
        }
        if (lanes < 1) {
            throw new IllegalArgumentException("lanes must be at least 1, was " + lanes);
        }
        this.storage = storage;
        this.transactions = transactions;
        this.batchSize = batchSize;
        this.lanes = lanes;
    }

    /** How far a replay got: the events it handled and the token of the last one (null when the store was empty). */
    record Outcome(long events, TrackingToken lastToken) {
    }

    /**
     * Hands every event of the store, from its first, to each of {@code projections}, and returns when every lane has
     * committed the last event the store held when the reading reached it. Each batch commits on its own: if a
     * handler fails, its batch is rolled back, the replay stops and the failure is thrown; batches already committed
     * stay committed.
     */
    Outcome replay(List<EventHandlerInvoker> projections) throws Exception {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Projections byType = new Projections(projections);
        List<Lane> started = new ArrayList<>();
        for (int i = 0; i < lanes; i++) {
            Lane lane = new Lane(i, byType, failure);
            lane.thread.start();
            started.add(lane);
        }
        long events = 0;
        TrackingToken lastToken = null;
        try (Stream<? extends TrackedEventMessage<?>> stream = storage.readEvents(null, false)) {
            Iterator<? extends TrackedEventMessage<?>> store = stream.iterator();
            while (store.hasNext() && failure.get() == null) {
                TrackedEventMessage<?> event = store.next();
                event.getPayload();
                started.get(laneOf(event)).add(event);
                events++;
                lastToken = event.trackingToken();
            }
            for (Lane lane : started) {
                lane.finish();
            }
        } catch (RuntimeException | InterruptedException e) {
            failure.compareAndSet(null, e);
        } finally {
            // a lane ends after the end mark, or after its batch in hand once any part has failed
            awaitEnd(started);
        }
        Throwable failed = failure.get();
        if (failed != null) {
            throw failed instanceof Exception exception ? exception : new IllegalStateException(failed);
        }
        return new Outcome(events, lastToken);
    }

    private static void awaitEnd(List<Lane> lanes) throws InterruptedException {
        try {
            for (Lane lane : lanes) {
                lane.thread.join();
            }
        } catch (InterruptedException e) {
            lanes.forEach(lane -> lane.thread.interrupt());
            throw e;
        }
    }

    /** The lane of an event: by its aggregate, so a property's events are handled in order on one lane. */
    private int laneOf(EventMessage<?> event) {
        Object sequence = event instanceof DomainEventMessage<?> domainEvent
                && domainEvent.getAggregateIdentifier() != null
                ? domainEvent.getAggregateIdentifier() : event.getIdentifier();
        return Math.floorMod(Objects.hashCode(sequence), lanes);
    }

    /**
     * The projections with a handler for each payload type, asked once per type: most events concern one projection
     * only (a property summary's handlers take one event in a hundred), and asking a projection's handlers whether
     * they take an event costs as much as handling it. A projection that has a handler for the type still decides
     * for each event, as its processor would.
     *
     * <p>A processor's handlers come wrapped in Axon's {@link MultiEventHandlerInvoker}, which before handing an
     * event to the projection inside asks it, for each event, whether it supports a reset and whether it has a
     * handler for the event; its handlers then look for that handler again. The replay hands each event to the
     * projections inside directly: the answer is the same (the replay's events are not replays, and an event no
     * handler takes is not handled either way), without asking twice.
     */
    private static final class Projections {

        private final List<EventHandlerInvoker> all;
        private final Map<Class<?>, List<EventHandlerInvoker>> byPayloadType = new ConcurrentHashMap<>();

        Projections(List<EventHandlerInvoker> projections) {
            List<EventHandlerInvoker> unwrapped = new ArrayList<>();
            projections.forEach(projection -> unwrap(projection, unwrapped));
            this.all = List.copyOf(unwrapped);
        }

        private static void unwrap(EventHandlerInvoker projection, List<EventHandlerInvoker> into) {
            if (projection instanceof MultiEventHandlerInvoker multi) {
                multi.delegates().forEach(inner -> unwrap(inner, into));
            } else {
                into.add(projection);
            }
        }

        List<EventHandlerInvoker> handling(Class<?> payloadType) {
            List<EventHandlerInvoker> known = byPayloadType.get(payloadType);
            return known != null ? known : byPayloadType.computeIfAbsent(payloadType, type -> {
                List<EventHandlerInvoker> handling = all.stream().filter(p -> p.canHandleType(type)).toList();
                log.debug("Replay: {} events go to {} of the {} projections", type.getSimpleName(), handling.size(),
                        all.size());
                return handling;
            });
        }
    }

    /** One handler thread, with the batches dealt to it; an empty batch marks the end of the store. */
    private final class Lane implements Runnable {

        private final Projections projections;
        private final AtomicReference<Throwable> failure;
        private final BlockingQueue<List<TrackedEventMessage<?>>> batches = new ArrayBlockingQueue<>(BATCHES_AHEAD);
        private final Thread thread;
        private List<TrackedEventMessage<?>> open = new ArrayList<>();

        Lane(int number, Projections projections, AtomicReference<Throwable> failure) {
            this.projections = projections;
            this.failure = failure;
            this.thread = new Thread(this, "replay-lane-" + number);
            this.thread.setDaemon(true);
        }

        /** Adds an event to the lane's open batch, passing the batch on when full (reader's side). */
        void add(TrackedEventMessage<?> event) throws InterruptedException {
            open.add(event);
            if (open.size() == batchSize) {
                pass(open);
                open = new ArrayList<>(batchSize);
            }
        }

        /** Passes on the open batch and the end mark (reader's side). */
        void finish() throws InterruptedException {
            if (!open.isEmpty()) {
                pass(open);
            }
            pass(List.of());
        }

        /** Waits for room, unless some lane has failed: then the reading stops. */
        private void pass(List<TrackedEventMessage<?>> batch) throws InterruptedException {
            while (!batches.offer(batch, 50, TimeUnit.MILLISECONDS)) {
                if (failure.get() != null) {
                    throw new InterruptedException("a lane of the replay failed");
                }
            }
        }

        @Override
        public void run() {
            try {
                while (failure.get() == null) {
                    List<TrackedEventMessage<?>> batch = batches.poll(50, TimeUnit.MILLISECONDS);
                    if (batch != null && batch.isEmpty()) {
                        return;
                    }
                    if (batch != null) {
                        handle(batch);
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (Exception | Error e) {
                failure.compareAndSet(null, e);
            }
        }

        /** One batch, as a processor's work package handles one: a unit of work over its events, in a transaction. */
        private void handle(List<TrackedEventMessage<?>> events) throws Exception {
            BatchingUnitOfWork<TrackedEventMessage<?>> unitOfWork = new BatchingUnitOfWork<>(events);
            unitOfWork.attachTransaction(transactions);
            ResultMessage<?> result = unitOfWork.executeWithResult(() -> {
                EventMessage<?> event = unitOfWork.getMessage();
                for (EventHandlerInvoker projection : projections.handling(event.getPayloadType())) {
                    projection.handle(event, Segment.ROOT_SEGMENT);
                }
                return HANDLED;
            }, RollbackConfigurationType.ANY_THROWABLE);
            if (result.isExceptional()) {
                Throwable cause = result.exceptionResult();
                throw cause instanceof Exception exception ? exception : new IllegalStateException(cause);
            }
        }
    }
}
