package org.sapledger.app.admin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.sapledger.query.property.PropertySummaryProjection;
import org.sapledger.query.worksheet.WorksheetProjection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Rebuilds the read models from the event store: each projection's processor is stopped, its tokens reset (its
 * {@code @ResetHandler} empties its tables) and started again, so it replays every event in batches with its pooled
 * streaming processor. The plan directory is not rebuilt: it is written in the commands' own transactions.
 */
@Component
public class ProjectionRebuilder {

    /** The processors whose read models can be rebuilt, in the order they are reset. */
    public static final List<String> PROJECTIONS = List.of(PropertySummaryProjection.PROCESSING_GROUP,
            WorksheetProjection.PROCESSING_GROUP);

    private static final Logger log = LoggerFactory.getLogger(ProjectionRebuilder.class);

    private final EventProcessingConfiguration eventProcessing;
    private volatile boolean rebuilding;

    public ProjectionRebuilder(EventProcessingConfiguration eventProcessing) {
        this.eventProcessing = eventProcessing;
    }

    /**
     * Resets every projection and starts its replay, in the background: stopping a processor waits for the batch
     * it is handling, which may take a while under load. Returns the status at the moment of the call.
     */
    public Map<String, ProcessorStatus> rebuild() {
        rebuilding = true;
        Map<String, ProcessorStatus> before = status();
        Thread rebuild = new Thread(this::resetAndReplay, "projection-rebuild");
        rebuild.setDaemon(true);
        rebuild.start();
        return before;
    }

    private synchronized void resetAndReplay() {
        for (String name : PROJECTIONS) {
            StreamingEventProcessor processor = processor(name);
            log.info("Rebuilding projection {}: stopping, resetting tokens, replaying the event store", name);
            processor.shutDown();
            processor.resetTokens();
            processor.start();
        }
        rebuilding = false;
    }

    /** Each projection's processor: running, replaying (a rebuild still being set up counts), caught up. */
    public Map<String, ProcessorStatus> status() {
        Map<String, ProcessorStatus> status = new LinkedHashMap<>();
        for (String name : PROJECTIONS) {
            StreamingEventProcessor processor = processor(name);
            Map<Integer, EventTrackerStatus> segments = processor.processingStatus();
            status.put(name, new ProcessorStatus(processor.isRunning(), rebuilding || processor.isReplaying(),
                    !rebuilding && !segments.isEmpty()
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
