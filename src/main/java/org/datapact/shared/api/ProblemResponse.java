package org.datapact.shared.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An error an operation answers beyond those its shape implies (see
 * {@link ErrorResponses}): a 403 on a read, a 422. Documented as
 * {@code application/problem+json} with the one {@code Problem} schema. Springdoc's own
 * {@code @ApiResponse} is not used for this, since an operation that declares one loses
 * the success response springdoc derives from its return type.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Repeatable(ProblemResponse.List.class)
public @interface ProblemResponse {

	/** The HTTP status, 400 to 599. */
	int status();

	/** When and why the operation answers it. */
	String description();

	/** Several errors of one operation. */
	@Documented
	@Retention(RetentionPolicy.RUNTIME)
	@Target(ElementType.METHOD)
	@interface List {

		ProblemResponse[] value();

	}

}
