package org.sapledger.app.health;

import java.util.LinkedHashMap;
import java.util.Map;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.sapledger.app.admin.ProjectionRebuilder;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

/**
 * Health of every Axon event processor, under {@code /actuator/health/eventProcessors}: for each processor whether
 * it is running, caught up with the event store, replaying, being rebuilt, and in error. DOWN when a processor is
 * stopped or in error; a processor that is merely behind or replaying is UP, with the details saying so, and so is
 * one stopped while a rebuild replays the store into its projection ({@link ProjectionRebuilder}).
 */
@Component("eventProcessors")
public class EventProcessorsHealthIndicator extends AbstractHealthIndicator {

    private final EventProcessingConfiguration eventProcessing;
    private final ProjectionRebuilder rebuilder;

    public EventProcessorsHealthIndicator(EventProcessingConfiguration eventProcessing,
                                          ProjectionRebuilder rebuilder) {
        super("Event processor health check failed");
        this.eventProcessing = eventProcessing;
        this.rebuilder = rebuilder;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        boolean allHealthy = true;
        boolean rebuilding = rebuilder.isRebuilding();
        Map<String, Object> details = new LinkedHashMap<>();
        for (Map.Entry<String, EventProcessor> entry : eventProcessing.eventProcessors().entrySet()) {
            EventProcessor processor = entry.getValue();
            boolean beingRebuilt = rebuilding && ProjectionRebuilder.PROJECTIONS.contains(entry.getKey());
            Map<String, Object> status = new LinkedHashMap<>();
            status.put("running", processor.isRunning());
            status.put("rebuilding", beingRebuilt);
            status.put("error", processor.isError());
            if (processor instanceof StreamingEventProcessor streaming) {
                Map<Integer, EventTrackerStatus> segments = streaming.processingStatus();
                status.put("caughtUp",
                        !segments.isEmpty() && segments.values().stream().allMatch(EventTrackerStatus::isCaughtUp));
                status.put("replaying", streaming.isReplaying());
                status.put("claimedSegments", segments.size());
                status.put("errorSegments",
                        segments.values().stream().filter(EventTrackerStatus::isErrorState).count());
            }
            allHealthy &= (processor.isRunning() || beingRebuilt) && !processor.isError();
            details.put(entry.getKey(), status);
        }
        (allHealthy ? builder.up() : builder.down()).withDetails(details);
    }
}
