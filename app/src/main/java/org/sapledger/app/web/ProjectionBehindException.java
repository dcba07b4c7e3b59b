package org.sapledger.app.web;

/**
 * The read model has not yet reached the version the caller asked for (read-your-writes); answered with 503 and a
 * {@code Retry-After}.
 */
public class ProjectionBehindException extends RuntimeException {

    private final long reached;
    private final long wanted;

    public ProjectionBehindException(long reached, long wanted) {
        super("The read model has reached version " + reached + ", not yet " + wanted);
        this.reached = reached;
        this.wanted = wanted;
    }

    public long reached() {
        return reached;
    }

    public long wanted() {
        return wanted;
    }
}
