package org.sapledger.app.web;

/** A request body member has the wrong shape; answered with a 400 problem naming the member. */
public class InvalidBodyException extends RuntimeException {

    private final String field;
    private final String detail;

    public InvalidBodyException(String field, String detail) {
        super(field + ": " + detail);
        this.field = field;
        this.detail = detail;
    }

    public String field() {
        return field;
    }

    public String detail() {
        return detail;
    }
}
