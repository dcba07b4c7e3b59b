package org.sapledger.app.web;

/** No resource of the given kind has the given id; answered with 404 problem+json. */
public class ResourceNotFoundException extends RuntimeException {

    private final String kind;
    private final String id;

    public ResourceNotFoundException(String kind, String id) {
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
