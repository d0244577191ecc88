package org.datapact.discussion;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A discussion thread with its messages in order: who started it and when, and who
 * resolved or reopened it last and when.
 */
public record DiscussionView(UUID id, Anchor anchor, boolean open, UUID openedBy, Instant openedAt, UUID resolvedBy,
		Instant resolvedAt, UUID reopenedBy, Instant reopenedAt, List<Message> messages) {

	public DiscussionView {
		messages = List.copyOf(messages);
	}

	/** One message: its author, text, time and the people it mentions. */
	public record Message(UUID id, UUID authorId, String body, Instant at, Set<UUID> mentions) {

		public Message {
			mentions = Set.copyOf(mentions);
		}

	}

}
