package org.sapledger.loadtest;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

/** What the scenarios of one run share: the app, its API and database, the setup's properties, the report. */
final class Harness {

    final Config cfg;
    final Report report;
    final AppProcess app;
    final Api api;
    final MemorySampler memory;
    final JitWarmUp jit;
    /** Filled by the setup. */
    final List<Api.Property> properties = new ArrayList<>();
    Api.Property rebuildSource;
    Api.Property historySource;

    Harness(Config cfg, Report report, AppProcess app, Api api, MemorySampler memory) {
        this.cfg = cfg;
        this.report = report;
        this.app = app;
        this.api = api;
        this.memory = memory;
        this.jit = new JitWarmUp(this);
    }

    /** A new connection to the app's PostgreSQL. */
    Connection db() throws Exception {
        return cfg.connectToPostgres();
    }

    /** Waits until every projection has processed every event and is idle; the time it took in ms, or -1. */
    long waitProjections(int timeoutSec) throws Exception {
        return ProjectionProgress.awaitCaughtUp(this::db, api, timeoutSec);
    }

    /** The setup's properties client {@code client} of {@code clients} owns: client, client + clients, … */
    List<Api.Property> shareOf(int client, int clients) {
        List<Api.Property> share = new ArrayList<>();
        for (int j = client; j < properties.size(); j += clients) {
            share.add(properties.get(j));
        }
        return share;
    }
}
