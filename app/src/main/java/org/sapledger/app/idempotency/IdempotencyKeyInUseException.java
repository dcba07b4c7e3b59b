package org.sapledger.app.idempotency;

/** Another request with the same idempotency key was committed while this one was being handled. */
public class IdempotencyKeyInUseException extends RuntimeException {

    public IdempotencyKeyInUseException(String key) {
        super("Idempotency-Key " + key + " is already used");
    }
}
