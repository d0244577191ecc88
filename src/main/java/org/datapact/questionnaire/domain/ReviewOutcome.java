package org.datapact.questionnaire.domain;

import io.swagger.v3.oas.annotations.media.Schema;

/** How a scoper decided on a submitted revision. */
@Schema(description = "How a scoper decided on a submitted revision")
public enum ReviewOutcome {

	ACCEPTED, RETURNED

}
