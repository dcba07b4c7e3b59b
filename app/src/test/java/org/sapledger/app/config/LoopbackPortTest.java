package org.sapledger.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** The embedded server's port is checked before PostgreSQL starts, so a taken port gives a clear wait or error. */
class LoopbackPortTest {

    private static ServerSocket listeningOnLoopback() throws Exception {
        ServerSocket socket = new ServerSocket();
        socket.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0));
        return socket;
    }

    @Test
    void aFreePortIsFreeAtOnce() throws Exception {
        int port;
        try (ServerSocket socket = listeningOnLoopback()) {
            port = socket.getLocalPort();
        }
        new LoopbackPort(port).awaitFree(Duration.ofSeconds(5));
    }

    @Test
    void aPortThatStaysTakenFailsNamingTheSettingToChange() throws Exception {
        try (ServerSocket taken = listeningOnLoopback()) {
            int port = taken.getLocalPort();
            assertThatThrownBy(() -> new LoopbackPort(port).awaitFree(Duration.ofMillis(600)))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("Port " + port)
                    .hasMessageContaining("sapledger.embedded-postgres.port");
        }
    }

    @Test
    void aPortReleasedWhileWaitingIsUsed() throws Exception {
        ServerSocket taken = listeningOnLoopback();
        int port = taken.getLocalPort();
        CompletableFuture<Void> release = CompletableFuture.runAsync(() -> {
            try {
                Thread.sleep(500);
                taken.close();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        new LoopbackPort(port).awaitFree(Duration.ofSeconds(30));
        release.get(5, TimeUnit.SECONDS);
        assertThat(taken.isClosed()).isTrue();
    }
}
