package org.sapledger.app.config;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded server's fixed port on the loopback address, checked before PostgreSQL starts.
 *
 * <p>Why: when PostgreSQL cannot bind its port, zonky reports only a server that never started, after the whole
 * startup timeout. The port can be held by another server, or, for up to a minute, by a connection that closed
 * moments ago (TIME_WAIT): 54320 lies in Linux's range of ports for outgoing connections (32768–60999), and right
 * after a test run, with thousands of connections just closed, the load harness met this twice. So the service
 * waits, saying so, while the port is taken, and fails with a message naming the setting when it stays taken.
 */
final class LoopbackPort {

    private static final Logger log = LoggerFactory.getLogger(LoopbackPort.class);
    private static final Duration POLL = Duration.ofMillis(250);

    private final int port;

    LoopbackPort(int port) {
        this.port = port;
    }

    /**
     * Returns once a server could bind the port on 127.0.0.1 (as PostgreSQL binds it, with address reuse); waits at
     * most {@code timeout}.
     *
     * @throws IllegalStateException when the port is still taken after {@code timeout}
     */
    void awaitFree(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        boolean warned = false;
        while (!bindable()) {
            if (System.nanoTime() - deadline >= 0) {
                throw new IllegalStateException("Port " + port + " on 127.0.0.1, where the embedded PostgreSQL"
                        + " listens, stayed in use for " + timeout.toSeconds() + " s: stop what holds it, or set"
                        + " sapledger.embedded-postgres.port (SAPLEDGER_EMBEDDED_POSTGRES_PORT) to a free port");
            }
            if (!warned) {
                log.warn("Port {} on 127.0.0.1 for the embedded PostgreSQL is in use (another server, or a"
                        + " connection closed moments ago); waiting up to {} s for it", port, timeout.toSeconds());
                warned = true;
            }
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for port " + port, e);
            }
        }
        if (warned) {
            log.info("Port {} on 127.0.0.1 is free again", port);
        }
    }

    private boolean bindable() {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
