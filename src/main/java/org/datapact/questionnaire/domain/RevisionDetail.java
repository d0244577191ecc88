package org.datapact.questionnaire.domain;

import org.datapact.project.ProjectSummary;

/**
 * A set of answers to show or export: a frozen revision (with its summary), or the
 * current answers that count (summary {@code null}).
 */
public record RevisionDetail(ProjectSummary project, RevisionSummary summary, TemplateDefinition template,
		AnswerSet answers) {
}
