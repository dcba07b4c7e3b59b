package org.sapledger.loadtest;

import java.util.concurrent.locks.LockSupport;

/** VmRSS of the app every 100 ms: the peak over the whole run and over a resettable window. */
final class MemorySampler {
    private final AppProcess app;
    volatile String phase = "setup";
    volatile long peakWindow;
    volatile long peakAll;
    volatile String peakAllPhase = "";
    volatile long lastHwm;
    private volatile boolean running = true;
    private Thread thread;

    MemorySampler(AppProcess app) {
        this.app = app;
    }

    void start() {
        thread = new Thread(() -> {
            while (running && app.alive()) {
                long[] m = app.memory();
                if (m[0] > 0) {
                    peakWindow = Math.max(peakWindow, m[0]);
                    if (m[0] > peakAll) {
                        peakAll = m[0];
                        peakAllPhase = phase;
                    }
                    lastHwm = m[1];
                }
                LockSupport.parkNanos(100_000_000L);
            }
        }, "rss-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    void phase(String p) {
        phase = p;
    }

    void resetWindow() {
        peakWindow = 0;
    }

    void stop() throws InterruptedException {
        running = false;
        if (thread != null) {
            thread.join(1000);
        }
    }
}
