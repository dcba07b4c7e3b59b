package org.sapledger.app.cluster;

import java.lang.management.ManagementFactory;
import java.util.UUID;

/**
 * This service instance's identity among those sharing the database: the owner name of its token claims and its
 * row in {@code cluster_node}. Unique per process start, readable in {@code token_entry.owner}.
 *
 * @param id the node id, {@code pid@host} plus a random suffix
 */
public record ClusterNode(String id) {

    /** A fresh identity for this process. */
    public static ClusterNode forThisProcess() {
        return new ClusterNode(ManagementFactory.getRuntimeMXBean().getName() + "/"
                + UUID.randomUUID().toString().substring(0, 8));
    }
}
