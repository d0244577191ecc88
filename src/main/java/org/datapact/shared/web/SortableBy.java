package org.datapact.shared.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The orders a paged API operation offers, by the properties of its items as the API
 * names them; the first is the default. One declaration serves both the check of the
 * {@code sort} parameter ({@link PageRequestParamsResolver}) and its enumeration in the
 * OpenAPI document. A paged operation without it takes no {@code sort}.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface SortableBy {

	/** The properties, the default first. */
	String[] value();

	/** The direction of the default order. */
	boolean descendingByDefault() default false;

}
