package org.datapact.questionnaire;

import java.util.UUID;

/** A scoper asked partner staff about one answer of a submitted questionnaire. */
public record ClarificationAsked(UUID questionnaireId, UUID projectId, String questionKey) {
}
