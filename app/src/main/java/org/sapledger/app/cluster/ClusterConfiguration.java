package org.sapledger.app.cluster;

import java.time.Duration;

import org.axonframework.config.EventProcessingConfiguration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** Several service instances on one PostgreSQL: who this one is, and how the processors' work is shared. */
@Configuration(proxyBeanMethods = false)
public class ClusterConfiguration {

    @Bean
    public ClusterNode clusterNode() {
        return ClusterNode.forThisProcess();
    }

    @Bean
    public SegmentBalancer segmentBalancer(ClusterNode node, JdbcTemplate jdbc, EventProcessingConfiguration processing,
            @Value("${sapledger.cluster.heartbeat-interval:2s}") Duration interval,
            @Value("${sapledger.cluster.node-timeout:10s}") Duration nodeTimeout) {
        return new SegmentBalancer(node, jdbc, processing, interval, nodeTimeout);
    }
}
