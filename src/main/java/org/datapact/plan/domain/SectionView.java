package org.datapact.plan.domain;

import java.time.Instant;
import java.util.UUID;

import org.datapact.definition.LocalizedText;
import org.jspecify.annotations.Nullable;

/**
 * One section of a plan as a reader sees it: the template's title, guidance and flags,
 * the text people wrote, its version and who saved it last (none while it holds the text
 * it started with).
 */
public record SectionView(String key, LocalizedText title, LocalizedText guidance, Prefill prefill, boolean required,
		boolean restricted, String body, int version, @Nullable UUID updatedBy, @Nullable String updatedByName,
		Instant updatedAt) {

	public boolean filled() {
		return !this.body.isBlank();
	}

}
