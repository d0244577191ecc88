package org.datapact.plan.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.datapact.project.ProjectSummary;

/**
 * A project's plan as one person sees it: its sections in template order, whether they
 * may edit it, and the parts generated from the questionnaire, the classification and the
 * focal points as they stand now.
 */
public record PlanView(UUID planId, ProjectSummary project, PlanStatus status, UUID templateId, Instant createdAt,
		boolean canEdit, List<SectionView> sections, GeneratedParts generated) {

	public PlanView {
		sections = List.copyOf(sections);
	}

	public Optional<SectionView> section(String key) {
		return this.sections.stream().filter((s) -> s.key().equals(key)).findFirst();
	}

}
