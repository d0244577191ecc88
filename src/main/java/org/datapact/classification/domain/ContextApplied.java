package org.datapact.classification.domain;

import java.util.List;
import java.util.UUID;

/**
 * A context started (on declaration, or on its start date) or ended (on its end date) for
 * its country: the listed projects were classified again or are waiting for their
 * questionnaire, and are marked for re-assessment. Their scopers are told once this
 * commits.
 */
record ContextApplied(UUID contextId, Change change, List<UUID> projectIds) {

	enum Change {

		STARTED, ENDED

	}

}
