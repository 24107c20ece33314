package io.synq.adapter.rest.http;

import io.synq.application.port.in.Operation;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The operation a resource method performs: the caller must have its {@link
 * Operation#permission()}, checked before the request body is read.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface RequiresPermission {
  Operation value();
}
