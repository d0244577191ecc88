package org.datapact.classification.domain;

import java.time.Instant;
import java.util.UUID;

import org.datapact.definition.DefinitionStatus;

/** One rule set version as lists show it; {@code version} is null for a draft. */
public record RuleSetSummary(UUID id, String ruleSetKey, Integer version, DefinitionStatus status, String name,
		UUID basedOn, Instant updatedAt, Instant publishedAt, UUID publishedBy, String publishReason, long lockVersion,
		int rules, int combinationRules, boolean inForce) {

	public boolean isDraft() {
		return this.status == DefinitionStatus.DRAFT;
	}

}
