package org.sapledger.loadtest;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.LockSupport;

/**
 * A thread of the harness's own JVM that asks for 1 ms sleeps: when it wakes more than 20 ms late, the whole VM
 * stalled, whatever the app was doing.
 */
final class VmStallProbe extends ProbeThread {

    private final List<long[]> stalls = new CopyOnWriteArrayList<>();

    VmStallProbe() {
        super("stall-probe", 1000);
    }

    /** The stalls, {start, duration} in nanoseconds. */
    List<long[]> stalls() {
        return stalls;
    }

    @Override
    void probe() {
        long before = System.nanoTime();
        while (running()) {
            LockSupport.parkNanos(1_000_000L);
            long now = System.nanoTime();
            if (now - before > 20_000_000L) {
                stalls.add(new long[] {before, now - before});
            }
            before = now;
        }
    }
}
