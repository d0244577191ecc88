package org.datapact.questionnaire.domain;

import java.time.Instant;
import java.util.UUID;

/** A template version as lists show it. */
public record TemplateSummary(UUID id, String templateKey, Integer version, TemplateStatus status, String title,
		UUID basedOn, Instant updatedAt, Instant publishedAt, long lockVersion, int questionCount) {
}
