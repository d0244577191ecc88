package org.datapact.definition;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.springframework.context.MessageSource;

/**
 * A problem as a page lists it: where it is, what is wrong in the reader's language, and
 * a link to what fixes it (a form, or {@code #id} of a field on the page), if there is
 * one.
 */
public record ProblemLine(String path, String message, String link) {

	/**
	 * The problem in the reader's language, its message key standing in for a missing
	 * text.
	 */
	public static ProblemLine of(Problem problem, String link, MessageSource messages, Locale locale) {
		return new ProblemLine(problem.path(), message(problem, messages, locale), link);
	}

	/** Each problem with the link the function finds for it (or null). */
	public static List<ProblemLine> of(List<Problem> problems, Function<Problem, String> links, MessageSource messages,
			Locale locale) {
		return problems.stream().map((problem) -> of(problem, links.apply(problem), messages, locale)).toList();
	}

	public static String message(Problem problem, MessageSource messages, Locale locale) {
		return messages.getMessage(problem.messageKey(), problem.argumentArray(), problem.messageKey(), locale);
	}

	/** The id of the field the link points to on the same page, or null. */
	public String fieldId() {
		return (this.link != null && this.link.startsWith("#")) ? this.link.substring(1) : null;
	}

}
