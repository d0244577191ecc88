package org.datapact.shared.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * Builds RFC 9457 problem bodies whose title and detail come from the message bundles.
 * Their extra members are the ones the OpenAPI document's {@code Problem} schema names:
 * {@code errors} (each field at fault with its message), {@code missing} and
 * {@code current}.
 */
public final class Problems {

	/**
	 * A request attribute naming the message key that says why a request was refused
	 * before it reached a controller (a filter's {@code sendError}); the error page and
	 * problem+json then give it as the detail.
	 */
	public static final String DETAIL_KEY = Problems.class.getName() + ".DETAIL_KEY";

	private Problems() {
	}

	public static ProblemDetail of(HttpStatus status, MessageSource messages, Locale locale) {
		String key = switch (status.value()) {
			case 400, 401, 403, 404, 405, 406, 409, 413, 415, 429 -> "error." + status.value();
			default -> status.is4xxClientError() ? "error.4xx" : "error.5xx";
		};
		ProblemDetail problem = ProblemDetail.forStatus(status);
		problem.setTitle(messages.getMessage(key + ".title", null, status.getReasonPhrase(), locale));
		problem.setDetail(messages.getMessage(key + ".detail", null, null, locale));
		return problem;
	}

	/** Names the fields at fault, each with its message, in the given order. */
	public static ProblemDetail withErrors(ProblemDetail problem, Map<String, String> messagesByField) {
		problem.setProperty("errors",
				messagesByField.entrySet()
					.stream()
					.map((error) -> new FieldError(error.getKey(), error.getValue()))
					.toList());
		return problem;
	}

	/** One field at fault. */
	public record FieldError(String path, String message) {
	}

}
