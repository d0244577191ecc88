package org.datapact.shared.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.datapact.shared.PageQuery;

/**
 * Describes how a {@link PageQuery} parameter of a page or API method is read from the
 * query string: {@code page} (from 0), {@code size} (1 to {@value PageQuery#MAX_SIZE},
 * {@value PageQuery#DEFAULT_SIZE} unless said otherwise) and {@code sort} (one of the
 * keys named here, optionally followed by {@code ,asc} or {@code ,desc}). Without this
 * annotation a {@code PageQuery} parameter takes the list's one fixed order.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface Paged {

	/** The orders the list offers, by key; the first is the default. */
	String[] sort() default {};

	/** Whether the default order runs from the largest value (newest first). */
	boolean descending() default false;

	/** Rows per page when the caller does not say. */
	int size() default PageQuery.DEFAULT_SIZE;

	/**
	 * Distinguishes this list's parameters when one page shows several lists:
	 * {@code "tokens"} reads {@code tokensPage}, {@code tokensSize} and
	 * {@code tokensSort}.
	 */
	String prefix() default "";

}
