package org.sapledger.app.web;

/** A request header has an unusable value; answered with a 400 problem naming the header. */
public class InvalidHeaderException extends RuntimeException {

    private final String header;

    public InvalidHeaderException(String header, String message) {
        super(header + " " + message);
        this.header = header;
    }

    public String header() {
        return header;
    }

    public String detail() {
        return getMessage().substring(header.length() + 1);
    }
}
