package org.datapact.questionnaire;

import java.util.UUID;

/** Partner staff submitted a revision of a project's questionnaire. */
public record QuestionnaireSubmitted(UUID questionnaireId, UUID projectId, int revision) {
}
