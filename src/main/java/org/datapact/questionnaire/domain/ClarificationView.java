package org.datapact.questionnaire.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A clarification thread on one answer. */
public record ClarificationView(UUID id, String questionKey, @Nullable UUID entryId, int revision, boolean open,
		List<Message> messages) {

	public record Message(String author, String body, Instant at) {
	}

}
