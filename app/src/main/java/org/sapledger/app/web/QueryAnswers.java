package org.sapledger.app.web;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** Waiting for a query's answer. */
final class QueryAnswers {

    private QueryAnswers() {
    }

    /** The answer, with the handler's own exception (not a CompletionException) when it failed. */
    static <T> T join(CompletableFuture<T> answer) {
        try {
            return answer.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }
}
