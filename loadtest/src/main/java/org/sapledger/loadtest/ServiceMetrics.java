package org.sapledger.loadtest;

/**
 * The app's Hikari, command bus and HTTP server timers at one instant ({count, total seconds} each), for the means
 * over a window.
 */
record ServiceMetrics(double[] acquire, double[] commandBus, double[] http) {

    static ServiceMetrics read(Api api) throws Exception {
        return new ServiceMetrics(api.metric("hikaricp.connections.acquire", null),
                api.metric("commandBus.allTimer", null), api.metric("http.server.requests", null));
    }
}
