package org.sapledger.app;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole service on a random port, with its default embedded PostgreSQL started as a Spring bean in a temporary
 * data directory on a free port. Every test class with this annotation shares one application context and so one
 * database: tests must not assume an empty event store. Metrics export stays on, as in production.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@AutoConfigureObservability
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "sapledger.embedded-postgres.data-directory=",
                "sapledger.embedded-postgres.port=0",
                // every few events, so that the as-of tests replay through checkpoints too
                "sapledger.history.checkpoint-interval=3"
        })
public @interface SapledgerIntegrationTest {
}
