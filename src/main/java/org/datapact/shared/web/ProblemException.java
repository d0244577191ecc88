package org.datapact.shared.web;

import org.springframework.http.ProblemDetail;

/**
 * Ends an API call with a problem the controller has built (a 409 with the current value,
 * a 422 naming what is missing), answered as {@code application/problem+json} by the
 * shared handler; lets the operation declare its success type.
 */
public class ProblemException extends RuntimeException {

	private final transient ProblemDetail problem;

	public ProblemException(ProblemDetail problem) {
		super(problem.getTitle(), null, false, false);
		this.problem = problem;
	}

	public ProblemDetail problem() {
		return this.problem;
	}

}
