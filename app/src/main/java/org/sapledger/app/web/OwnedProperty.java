package org.sapledger.app.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a controller whose every route has a {@code {propertyId}} path variable: before a request is read, the
 * property must belong to the caller's organisation, else 404 (see {@link OwnedPropertyInterceptor}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface OwnedProperty {
}
