package org.sapledger.app.web;

import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Makes the answers Tomcat gives on its own problem+json too.
 *
 * <ul>
 *   <li>The host's error report valve becomes {@link ProblemJsonErrorReportValve}. Spring Boot adds Tomcat's HTML
 *       one from its own customizer, so this runs after it ({@link Ordered#LOWEST_PRECEDENCE}) and replaces it; the
 *       host is told the class too, or it would add a default one again when it starts.</li>
 *   <li>TRACE is let through to Spring MVC ({@code allowTrace} here, {@code spring.mvc.dispatch-trace-request}),
 *       which has no TRACE mapping and answers 405 with a problem. Tomcat's own refusal of TRACE is written before
 *       any valve runs and has no body at all. Nothing echoes the request: that would take a handler for TRACE.</li>
 * </ul>
 */
@Component
public class TomcatErrorResponses implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addConnectorCustomizers(connector -> connector.setAllowTrace(true));
        factory.addContextCustomizers(context -> {
            StandardHost host = (StandardHost) context.getParent();
            for (Valve valve : host.getPipeline().getValves()) {
                if (valve instanceof ErrorReportValve) {
                    host.getPipeline().removeValve(valve);
                }
            }
            host.setErrorReportValveClass(ProblemJsonErrorReportValve.class.getName());
            host.getPipeline().addValve(new ProblemJsonErrorReportValve());
        });
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
