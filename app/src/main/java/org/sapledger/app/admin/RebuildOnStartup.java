package org.sapledger.app.admin;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The command-line switch {@code --sapledger.projections.rebuild=true}: rebuild every projection once the service
 * has started (it keeps serving while the replay runs).
 */
@Component
@ConditionalOnProperty(name = "sapledger.projections.rebuild", havingValue = "true")
public class RebuildOnStartup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(RebuildOnStartup.class);

    private final ProjectionRebuilder rebuilder;

    public RebuildOnStartup(ProjectionRebuilder rebuilder) {
        this.rebuilder = rebuilder;
    }

    @Override
    public void run(ApplicationArguments args) {
        log.info("sapledger.projections.rebuild=true: rebuilding {}", ProjectionRebuilder.PROJECTIONS);
        rebuilder.rebuild();
    }
}
