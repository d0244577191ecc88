package org.datapact.plan.domain;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** What became of a section save. */
public sealed interface SaveOutcome {

	/** Saved as the section's new version. */
	record Saved(String sectionKey, int version, Instant savedAt) implements SaveOutcome {
	}

	/**
	 * Refused, since someone saved the section after the version the text was based on;
	 * nothing was written. Carries what a merge needs: the text the caller started from
	 * ({@code base}, empty when that version is unknown), theirs ({@code mine}) and the
	 * current one with its version, author and time.
	 */
	record Conflict(String sectionKey, String base, String mine, String current, int currentVersion,
			@Nullable UUID currentAuthor, @Nullable String currentAuthorName,
			Instant currentSavedAt) implements SaveOutcome {
	}

}
