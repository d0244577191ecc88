package org.datapact.discussion.domain;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One message of a discussion thread, never changed once written. */
@Entity
@Table(name = "discussion_message")
public class DiscussionMessage {

	/** Longest message. */
	public static final int MAX_BODY = 5000;

	@Id
	private UUID id;

	@Column(nullable = false)
	private UUID discussionId;

	@Column(nullable = false)
	private UUID authorId;

	@Column(nullable = false)
	private String body;

	/** The people the message mentions, to be told. */
	@Column(nullable = false)
	private UUID[] mentions;

	@Column(nullable = false)
	private Instant createdAt;

	protected DiscussionMessage() {
	}

	DiscussionMessage(UUID discussionId, UUID authorId, String body, Set<UUID> mentions, Instant now) {
		if (body == null || body.isBlank() || body.length() > MAX_BODY) {
			throw new IllegalArgumentException("A message has a text of at most " + MAX_BODY + " characters");
		}
		this.id = UUID.randomUUID();
		this.discussionId = discussionId;
		this.authorId = authorId;
		this.body = body;
		this.mentions = (mentions != null) ? mentions.toArray(UUID[]::new) : new UUID[0];
		this.createdAt = now;
	}

	public UUID id() {
		return this.id;
	}

	public UUID discussionId() {
		return this.discussionId;
	}

	public UUID authorId() {
		return this.authorId;
	}

	public String body() {
		return this.body;
	}

	public Set<UUID> mentions() {
		return Set.of(this.mentions);
	}

	public Instant createdAt() {
		return this.createdAt;
	}

}
