package org.sapledger.command;

/**
 * An id names nothing known: a command names a part of the aggregate (an element, a plan, a scenario, a measure)
 * that it does not have, or a request names a property, plan or scenario that does not exist. Answered with 404;
 * nothing is stored.
 */
public class UnknownEntityException extends RuntimeException {

    private final String kind;
    private final String id;

    public UnknownEntityException(String kind, String id) {
        super("No " + kind + " with id " + id);
        this.kind = kind;
        this.id = id;
    }

    public String kind() {
        return kind;
    }

    public String id() {
        return id;
    }
}
