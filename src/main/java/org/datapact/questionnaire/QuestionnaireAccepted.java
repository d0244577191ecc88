package org.datapact.questionnaire;

import java.util.UUID;

/**
 * A scoper accepted a submitted revision: its answers are what the next steps build on.
 */
public record QuestionnaireAccepted(UUID questionnaireId, UUID projectId, int revision) {
}
