package cn.gov.zj.cloud.publicportal.interconnect.rest;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Art. 24: a resource that only the private zone's service account may call. {@link ZoneGuard} is
 * bound to it by name, so the guard runs for whatever path routed the request to the resource,
 * never by comparing the path as a string.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface ZoneOnly {}
