package io.synq.adapter.rest.http;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The resource acts on the caller's account as it stands now, not as the token remembers it: the
 * caller is re-read, and its current role checked, before the request body is read.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RequiresCurrentAccount {}
