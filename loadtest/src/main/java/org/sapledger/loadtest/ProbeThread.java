package org.sapledger.loadtest;

/** A daemon thread that repeats one probe of the machine or the app until it is stopped. */
abstract class ProbeThread {

    private final Thread thread;
    private final long joinMillis;
    private volatile boolean running = true;

    /** {@code joinMillis}: how long {@link #stop} waits for the probe to finish its round. */
    ProbeThread(String name, long joinMillis) {
        this.thread = new Thread(this::probe, name);
        this.thread.setDaemon(true);
        this.joinMillis = joinMillis;
    }

    void start() {
        thread.start();
    }

    void stop() throws InterruptedException {
        running = false;
        thread.join(joinMillis);
    }

    /** Whether the probe should go on. */
    boolean running() {
        return running;
    }

    /** The probe's loop: repeats while {@link #running()}. */
    abstract void probe();
}
