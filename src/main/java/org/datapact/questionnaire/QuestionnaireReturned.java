package org.datapact.questionnaire;

import java.util.UUID;

/** A scoper returned a submitted revision for changes. */
public record QuestionnaireReturned(UUID questionnaireId, UUID projectId, int revision) {
}
