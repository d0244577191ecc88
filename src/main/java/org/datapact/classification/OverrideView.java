package org.datapact.classification;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A change of a dataset's level by a person: the computed level it was asked against, the
 * level asked for, why, who asked and when, and who decided and when (for a lowering).
 */
public record OverrideView(UUID id, String datasetId, String datasetName, Level computedLevel, Level requestedLevel,
		String justification, OverrideStatus status, UUID requestedBy, String requestedByLabel, Instant requestedAt,
		@Nullable UUID decidedBy, @Nullable String decidedByLabel, @Nullable Instant decidedAt) {

	/** Whether it lowers the level below the computed one (needs a second person). */
	public boolean lowering() {
		return this.requestedLevel.compareTo(this.computedLevel) < 0;
	}

}
