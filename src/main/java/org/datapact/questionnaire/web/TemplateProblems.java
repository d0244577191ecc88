package org.datapact.questionnaire.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.datapact.definition.Problem;
import org.datapact.definition.ProblemLine;
import org.datapact.questionnaire.domain.TemplateDefinition;

import org.springframework.context.MessageSource;

/**
 * Template problems as pages list them: on a draft, a problem of a question or section
 * links to the form that fixes it.
 */
final class TemplateProblems {

	private TemplateProblems() {
	}

	static List<ProblemLine> lines(List<Problem> problems, TemplateDefinition template, UUID draftId,
			MessageSource messages, Locale locale) {
		return ProblemLine.of(problems, (problem) -> link(problem, template, draftId), messages, locale);
	}

	private static String link(Problem problem, TemplateDefinition template, UUID draftId) {
		String path = problem.path();
		if (template == null || draftId == null || path.isEmpty()) {
			return null;
		}
		String[] parts = path.split("/");
		String last = parts[parts.length - 1];
		if (parts.length > 1 && template.question(last).isPresent()) {
			return TemplateAdminController.BASE + draftId + "/questions/" + last;
		}
		if (parts.length == 1 && template.section(last).isPresent()) {
			return TemplateAdminController.BASE + draftId + "/sections/" + last;
		}
		return null;
	}

}
