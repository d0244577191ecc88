package org.datapact.questionnaire.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.datapact.questionnaire.domain.TemplateDefinition;
import org.datapact.questionnaire.domain.TemplateProblem;

import org.springframework.context.MessageSource;

/**
 * A template problem as a page lists it: where it is, what is wrong in the reader's
 * language, and, for a question or section of a draft, a link to the form that fixes it.
 */
record ProblemLine(String path, String message, String link) {

	static List<ProblemLine> of(List<TemplateProblem> problems, TemplateDefinition template, UUID draftId,
			MessageSource messages, Locale locale) {
		return problems.stream().map((problem) -> of(problem, template, draftId, messages, locale)).toList();
	}

	static ProblemLine of(TemplateProblem problem, TemplateDefinition template, UUID draftId, MessageSource messages,
			Locale locale) {
		String message = messages.getMessage(problem.messageKey(), problem.arguments().toArray(), problem.messageKey(),
				locale);
		String path = String.valueOf(problem.path());
		String link = null;
		if (template != null && draftId != null && !path.isEmpty()) {
			String[] parts = path.split("/");
			String last = parts[parts.length - 1];
			if (parts.length > 1 && template.question(last).isPresent()) {
				link = "/admin/templates/" + draftId + "/questions/" + last;
			}
			else if (parts.length == 1 && template.section(last).isPresent()) {
				link = "/admin/templates/" + draftId + "/sections/" + last;
			}
		}
		return new ProblemLine(path, message, link);
	}

}
