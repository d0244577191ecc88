package org.datapact.plan.domain;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One revision of a plan section: the section's version it recorded, who saved it (none
 * for the text the plan started with), when, and its text.
 */
public record RevisionView(int version, @Nullable UUID authorId, @Nullable String authorName, Instant savedAt,
		String body) {
}
