package org.datapact.classification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A change of context for a country declared by an administrator (e.g. an active
 * conflict): while in force, its key is one of the named contexts the rules see for the
 * country's projects. It applies from its start date and stops applying on its end date.
 */
public record ContextDeclaration(UUID id, String country, String contextKey, String description,
		LocalDate effectiveFrom, @Nullable LocalDate effectiveTo, UUID declaredBy, String declaredByLabel,
		Instant declaredAt, int projectsMarked) {

	public boolean inForceOn(LocalDate day) {
		return !this.effectiveFrom.isAfter(day) && (this.effectiveTo == null || this.effectiveTo.isAfter(day));
	}

}
