package org.sapledger.app.idempotency;

import java.util.HashMap;
import java.util.Map;

/**
 * Command metadata that asks the {@link IdempotencyRecordingInterceptor} to record the answer under a key. Not
 * copied onto events.
 */
public final class IdempotencyMetadataKeys {

    static final String KEY = "idempotencyKey";
    static final String FINGERPRINT = "idempotencyFingerprint";
    static final String STATUS = "idempotencyResponseStatus";
    static final String LOCATION = "idempotencyResponseLocation";

    private IdempotencyMetadataKeys() {
    }

    /** The metadata asking for the answer ({@code status}, {@code location}, result) to be kept under {@code key}. */
    public static Map<String, Object> of(String key, String fingerprint, int status, String location) {
        Map<String, Object> values = new HashMap<>();
        values.put(KEY, key);
        values.put(FINGERPRINT, fingerprint);
        values.put(STATUS, status);
        values.put(LOCATION, location);
        return values;
    }
}
