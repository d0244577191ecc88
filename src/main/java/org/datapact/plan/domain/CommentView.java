package org.datapact.plan.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A comment thread on a plan section: open or resolved, its messages in order with their
 * authors' names.
 */
public record CommentView(UUID id, String sectionKey, boolean open, @Nullable String resolvedByName,
		List<Message> messages) {

	public CommentView {
		messages = List.copyOf(messages);
	}

	/** One message of a thread. */
	public record Message(UUID id, UUID authorId, String authorName, Instant at, String body) {
	}

}
