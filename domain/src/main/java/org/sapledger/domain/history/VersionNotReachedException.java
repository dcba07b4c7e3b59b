package org.sapledger.domain.history;

/** An as-of query named a version the property has not reached. */
public class VersionNotReachedException extends RuntimeException {

    private final long requested;
    private final long latest;

    public VersionNotReachedException(long requested, long latest) {
        super("version " + requested + " is beyond the latest version " + latest);
        this.requested = requested;
        this.latest = latest;
    }

    public long requested() {
        return requested;
    }

    public long latest() {
        return latest;
    }
}
