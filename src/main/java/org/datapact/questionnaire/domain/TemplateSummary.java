package org.datapact.questionnaire.domain;

import java.time.Instant;
import java.util.UUID;

import org.datapact.definition.DefinitionStatus;

/** A template version as lists show it. */
public record TemplateSummary(UUID id, String templateKey, Integer version, DefinitionStatus status, String title,
		UUID basedOn, UUID updatedBy, Instant updatedAt, UUID publishedBy, Instant publishedAt, long lockVersion,
		int questionCount) {

	public boolean isDraft() {
		return this.status == DefinitionStatus.DRAFT;
	}

}
