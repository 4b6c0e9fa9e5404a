package com.ks.platform.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a public service method that other modules call from inside their own work — an event listener, a scheduled
 * job, the demo seeder, another service's transaction — and that therefore checks nothing about the caller (it may
 * run with no one signed in). Views and API controllers must not call it: what people reach goes through a method
 * secured with {@code @PreAuthorize}. {@code ServiceDoorsTest} enforces both halves.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface ModuleHook {}
