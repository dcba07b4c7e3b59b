package org.sapledger.app.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Spring MVC additions: the tenancy check of {@link OwnedProperty} controllers. */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    private final OwnedPropertyInterceptor ownedProperty;

    WebConfiguration(OwnedPropertyInterceptor ownedProperty) {
        this.ownedProperty = ownedProperty;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(ownedProperty).addPathPatterns("/api/properties/*/**");
    }
}
