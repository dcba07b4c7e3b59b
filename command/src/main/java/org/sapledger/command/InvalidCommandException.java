package org.sapledger.command;

import java.util.List;

/**
 * A command was rejected because some of its values are invalid. Names every offending field, so that the HTTP
 * layer can answer with a problem that points at each of them. Nothing is stored when it is thrown.
 */
public class InvalidCommandException extends RuntimeException {

    private final transient List<FieldError> errors;

    public InvalidCommandException(List<FieldError> errors) {
        super(describe(errors));
        this.errors = List.copyOf(errors);
    }

    /** The offending fields, in the order they were checked. */
    public List<FieldError> errors() {
        return errors;
    }

    private static String describe(List<FieldError> errors) {
        StringBuilder text = new StringBuilder("invalid command:");
        for (FieldError error : errors) {
            text.append(' ').append(error.field()).append(": ").append(error.message()).append(';');
        }
        return text.toString();
    }

    /**
     * One offending field.
     *
     * @param field   the field's name as the caller sent it (JSON property name)
     * @param message what is wrong with it
     */
    public record FieldError(String field, String message) {
    }
}
