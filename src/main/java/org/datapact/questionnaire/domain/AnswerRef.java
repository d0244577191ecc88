package org.datapact.questionnaire.domain;

import java.util.UUID;

/** Names one answer: a question, and the group entry for questions asked per entry. */
public record AnswerRef(UUID entryId, String questionKey) {
}
