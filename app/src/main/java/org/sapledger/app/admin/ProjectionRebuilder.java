package org.sapledger.app.admin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.sapledger.app.messaging.SharedTailCatchUp;
import org.sapledger.query.property.PropertySummaryProjection;
import org.sapledger.query.worksheet.WorksheetProjection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Rebuilds the read models from the event store. Every projection's processor is stopped and its tokens reset, which
 * empties its tables (its {@code @ResetHandler}) and moves its position back to the start of the store, in one
 * transaction. Then one {@link BulkReplay} reads the store once and hands every event to all the projections'
 * handlers, in batches on parallel lanes ({@code sapledger.projections.rebuild-batch-size} and {@code -lanes}). Each
 * processor's tokens are then set to where the replay ended, and the processors start again from there: they handle
 * what was appended meanwhile, and what a transaction still open during the reading commits later (the tokens keep
 * the gaps the reading found). Last, the event store's shared tail is brought forward to that position
 * ({@link SharedTailCatchUp}).
 *
 * <p>If the replay fails, or the service stops during it, the tokens are still at the start of the store: the
 * processors then replay it themselves, event by event, skipping what the batches already committed (every projection
 * applies an event once; see their Javadoc). The plan directory is not rebuilt: it is written in the commands' own
 * transactions.
 */
@Component
public class ProjectionRebuilder {

    /** The processors whose read models can be rebuilt, in the order they are reset. */
    public static final List<String> PROJECTIONS = List.of(PropertySummaryProjection.PROCESSING_GROUP,
            WorksheetProjection.PROCESSING_GROUP);

    private static final Logger log = LoggerFactory.getLogger(ProjectionRebuilder.class);

    private final EventProcessingConfiguration eventProcessing;
    private final BulkReplay replay;
    private final TransactionManager transactions;
    private final SharedTailCatchUp sharedTailCatchUp;
    /** Rebuilds asked for and not yet done (a second request waits for the first, then runs). */
    private final AtomicInteger rebuilding = new AtomicInteger();

    public ProjectionRebuilder(EventProcessingConfiguration eventProcessing, EventStorageEngine storage,
                               TransactionManager transactions, SharedTailCatchUp sharedTailCatchUp,
                               @Value("${sapledger.projections.rebuild-batch-size:1000}") int batchSize,
                               @Value("${sapledger.projections.rebuild-lanes:2}") int lanes) {
        this.eventProcessing = eventProcessing;
        this.replay = new BulkReplay(storage, transactions, batchSize, lanes);
        this.transactions = transactions;
        this.sharedTailCatchUp = sharedTailCatchUp;
    }

    /**
     * Resets every projection and starts its replay, in the background: stopping a processor waits for the batch
     * it is handling, which may take a while under load. Returns the status at the moment of the call.
     */
    public Map<String, ProcessorStatus> rebuild() {
        rebuilding.incrementAndGet();
        Map<String, ProcessorStatus> before = status();
        Thread rebuild = new Thread(this::resetAndReplay, "projection-rebuild");
        rebuild.setDaemon(true);
        rebuild.start();
        return before;
    }

    private synchronized void resetAndReplay() {
        TrackingToken replayedUpTo = null;
        try {
            for (String name : PROJECTIONS) {
                log.info("Rebuilding projection {}: stopping its processor, resetting its tokens", name);
                processor(name).shutDown();
                processor(name).resetTokens();
            }
            replayedUpTo = replayAndMoveTokens();
        } catch (RuntimeException e) {
            log.error("Rebuilding the projections failed; their processors start again from their tokens", e);
        } finally {
            PROJECTIONS.forEach(name -> processor(name).start());
            rebuilding.decrementAndGet();
        }
        if (replayedUpTo != null) {
            // the event store's shared tail stood still while the processors were stopped (its producer reads only
            // while some processor follows it): without this, the processors could not find their position in it
            // and would read on their own streams, a query each on every poll
            sharedTailCatchUp.catchUpTo(replayedUpTo);
        }
    }

    /**
     * Replays the store into every projection in one reading, then moves each processor's tokens to its end. Returns
     * the token of the last event replayed; null when the store was empty or the replay failed (the processors then
     * replay from the start of the store themselves).
     */
    private TrackingToken replayAndMoveTokens() {
        long start = System.nanoTime();
        BulkReplay.Outcome outcome;
        try {
            outcome = replay.replay(PROJECTIONS.stream()
                    .map(name -> ((AbstractEventProcessor) processor(name)).eventHandlerInvoker()).toList());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            log.warn("The projections' replay was interrupted; their processors replay the rest themselves");
            return null;
        } catch (Exception e) {
            log.error("The projections' replay failed; their processors replay the rest themselves", e);
            return null;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        log.info("Replayed {} events into {} in {} s ({} events/s)", outcome.events(), PROJECTIONS,
                String.format("%.1f", seconds), String.format("%.0f", outcome.events() / Math.max(seconds, 1e-9)));
        if (outcome.lastToken() != null) {
            transactions.executeInTransaction(() -> PROJECTIONS.forEach(name -> moveTokens(name, outcome.lastToken())));
        }
        return outcome.lastToken();
    }

    /** Sets every segment's token of a stopped processor (claiming it for the moment) to {@code position}. */
    private void moveTokens(String name, TrackingToken position) {
        TokenStore tokens = eventProcessing.tokenStore(name);
        for (int segment : tokens.fetchSegments(name)) {
            tokens.fetchToken(name, segment);
            tokens.storeToken(position, name, segment);
            tokens.releaseClaim(name, segment);
        }
    }

    /** Whether a rebuild is under way: from the request until the processors have started again. */
    public boolean isRebuilding() {
        return rebuilding.get() > 0;
    }

    /** Each projection's processor: running, replaying (a rebuild still being set up counts), caught up. */
    public Map<String, ProcessorStatus> status() {
        Map<String, ProcessorStatus> status = new LinkedHashMap<>();
        for (String name : PROJECTIONS) {
            StreamingEventProcessor processor = processor(name);
            Map<Integer, EventTrackerStatus> segments = processor.processingStatus();
            boolean beingRebuilt = isRebuilding();
            status.put(name, new ProcessorStatus(processor.isRunning(), beingRebuilt || processor.isReplaying(),
                    !beingRebuilt && !segments.isEmpty()
                            && segments.values().stream().allMatch(EventTrackerStatus::isCaughtUp)));
        }
        return status;
    }

    private StreamingEventProcessor processor(String name) {
        return eventProcessing.eventProcessor(name, StreamingEventProcessor.class)
                .orElseThrow(() -> new IllegalStateException("no streaming event processor " + name));
    }

    /**
     * A projection's processor.
     *
     * @param running   whether it runs
     * @param replaying whether it is replaying after a reset
     * @param caughtUp  whether every segment has reached the head of the event store
     */
    public record ProcessorStatus(boolean running, boolean replaying, boolean caughtUp) {
    }
}
