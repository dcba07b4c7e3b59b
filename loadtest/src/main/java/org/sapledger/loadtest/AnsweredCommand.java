package org.sapledger.loadtest;

/**
 * A command the service answered with a 2xx status in the crash scenario: a promise that its event is stored, which
 * a crash must not break.
 *
 * @param idempotencyKey the request's {@code Idempotency-Key} (also its {@code X-Correlation-Id})
 * @param propertyId     the property whose event stream the command appends to
 * @param version        the version the answer reports: the sequence number of the event it appended
 * @param answeredId     the answer's {@code id} (the property, or the plan or measure it created)
 * @param request        method and path, for the report
 * @param status         the answer's status
 */
record AnsweredCommand(String idempotencyKey, String propertyId, long version, String answeredId, String request,
                       int status) {
}
