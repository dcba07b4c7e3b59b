package org.sapledger.app.cluster;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Shares the event processors' segments among the service instances on one database.
 *
 * <p>Axon (without Axon Server) lets any instance claim any unclaimed segment through the token store and never
 * takes a claimed one away, so the first instance to start would keep every segment. Each instance therefore
 * heartbeats into {@code cluster_node}, and every few seconds it counts the live instances and, for each streaming
 * processor, releases the segments it holds beyond its fair share ({@code ceil(segments / live instances)}); the
 * others claim them on their next pass. A segment is only ever processed by the instance whose claim is in
 * {@code token_entry}, and the hand-over goes through the stored token, so no event is handled twice. An instance
 * that dies stops heartbeating: after {@code sapledger.cluster.node-timeout} it no longer counts, and once its
 * claims expire (Axon's claim timeout) the survivors take its segments.
 */
public class SegmentBalancer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SegmentBalancer.class);

    private final ClusterNode node;
    private final JdbcTemplate jdbc;
    private final EventProcessingConfiguration processing;
    private final Duration interval;
    private final Duration nodeTimeout;
    private volatile Thread thread;

    public SegmentBalancer(ClusterNode node, JdbcTemplate jdbc, EventProcessingConfiguration processing,
                           Duration interval, Duration nodeTimeout) {
        this.node = node;
        this.jdbc = jdbc;
        this.processing = processing;
        this.interval = interval;
        this.nodeTimeout = nodeTimeout;
    }

    /** One heartbeat and one balancing pass; called every {@code heartbeat-interval}. */
    void balanceOnce() {
        jdbc.update("""
                INSERT INTO cluster_node (node_id, heartbeat_at, started_at) VALUES (?, now(), now())
                ON CONFLICT (node_id) DO UPDATE SET heartbeat_at = now()""", node.id());
        jdbc.update("DELETE FROM cluster_node WHERE heartbeat_at < now() - make_interval(secs => ?) * 10",
                nodeTimeout.toMillis() / 1000.0);
        Integer live = jdbc.queryForObject(
                "SELECT count(*) FROM cluster_node WHERE heartbeat_at >= now() - make_interval(secs => ?)",
                Integer.class, nodeTimeout.toMillis() / 1000.0);
        int liveNodes = Math.max(1, live == null ? 1 : live);
        for (Map.Entry<String, EventProcessor> entry : processing.eventProcessors().entrySet()) {
            if (entry.getValue() instanceof StreamingEventProcessor streaming) {
                balance(entry.getKey(), streaming, liveNodes);
            }
        }
    }

    private void balance(String name, StreamingEventProcessor processor, int liveNodes) {
        if (!processor.isRunning() || processor.isError()) {
            return;
        }
        Integer segments = jdbc.queryForObject("SELECT count(*) FROM token_entry WHERE processor_name = ?",
                Integer.class, name);
        if (segments == null || segments == 0) {
            return;
        }
        int fairShare = (segments + liveNodes - 1) / liveNodes;
        List<Integer> held = processor.processingStatus().values().stream()
                .filter(status -> !status.isErrorState())
                .map(EventTrackerStatus::getSegment)
                .map(segment -> segment.getSegmentId())
                .sorted()
                .toList();
        for (int i = fairShare; i < held.size(); i++) {
            int segment = held.get(held.size() - 1 - (i - fairShare));
            log.info("Releasing segment {} of {} ({} live nodes, fair share {}, held {})", segment, name,
                    liveNodes, fairShare, held.size());
            processor.releaseSegment(segment, interval.toMillis() * 3, TimeUnit.MILLISECONDS);
        }
    }

    private void run() {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                balanceOnce();
            } catch (RuntimeException e) {
                log.warn("Segment balancing failed; trying again in {}", interval, e);
            }
            try {
                Thread.sleep(interval.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public void start() {
        Thread worker = new Thread(this::run, "segment-balancer");
        worker.setDaemon(true);
        thread = worker;
        worker.start();
    }

    @Override
    public void stop() {
        Thread worker = thread;
        thread = null;
        if (worker != null) {
            worker.interrupt();
            try {
                worker.join(interval.toMillis() * 2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try {
            jdbc.update("DELETE FROM cluster_node WHERE node_id = ?", node.id());
        } catch (RuntimeException e) {
            log.debug("Could not remove this node from cluster_node on stop", e);
        }
    }

    @Override
    public boolean isRunning() {
        return thread != null;
    }

    /** Starts after, and so stops before, the event processors (Axon's lifecycle phases are lower). */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 100;
    }
}
