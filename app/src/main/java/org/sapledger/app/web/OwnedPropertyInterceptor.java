package org.sapledger.app.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * The tenancy check of {@link OwnedProperty} controllers, before the handler reads anything: an unknown property,
 * or another organisation's, is a 404 problem (thrown here, answered by the API's exception handler). An
 * interceptor rather than a {@code @ModelAttribute} method, which Spring MVC re-inspects by reflection on every
 * request (a measurable share of a command's CPU).
 */
@Component
class OwnedPropertyInterceptor implements HandlerInterceptor {

    private static final String PROPERTY_ID = "propertyId";

    private final Ownership ownership;

    OwnedPropertyInterceptor(Ownership ownership) {
        this.ownership = ownership;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (handler instanceof HandlerMethod method && method.getBeanType().isAnnotationPresent(OwnedProperty.class)) {
            @SuppressWarnings("unchecked")
            Map<String, String> variables = (Map<String, String>) request.getAttribute(
                    HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
            String propertyId = variables == null ? null : variables.get(PROPERTY_ID);
            if (propertyId == null) {
                throw new IllegalStateException(method + " has no {propertyId} in its path");
            }
            ownership.property(propertyId);
        }
        return true;
    }
}
