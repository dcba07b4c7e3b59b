package org.sapledger.command;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the field errors of one command and throws them together, so a caller learns of every bad field at once.
 */
public final class Validation {

    private final List<InvalidCommandException.FieldError> errors = new ArrayList<>();

    /** Records an error for {@code field} when {@code valid} is false. */
    public Validation check(boolean valid, String field, String message) {
        if (!valid) {
            errors.add(new InvalidCommandException.FieldError(field, message));
        }
        return this;
    }

    /** Throws an {@link InvalidCommandException} naming every recorded field, if there is any. */
    public void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw new InvalidCommandException(errors);
        }
    }
}
