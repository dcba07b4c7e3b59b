package org.sapledger.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The sapledger service: command and query API over the event-sourced SAP 10.2 model. */
@SpringBootApplication(scanBasePackages = "org.sapledger")
public class SapledgerApplication {

    /** JVM property that switches off Axon's check for updates, which would call out to the internet. */
    static final String AXON_UPDATE_CHECK_DISABLED = "axoniq.update-checker.disabled";

    public static void main(String[] args) {
        if (System.getProperty(AXON_UPDATE_CHECK_DISABLED) == null) {
            System.setProperty(AXON_UPDATE_CHECK_DISABLED, "true");
        }
        SpringApplication.run(SapledgerApplication.class, args);
    }
}
