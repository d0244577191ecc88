package org.datapact.discussion.domain;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.datapact.discussion.Anchor;
import org.datapact.discussion.DiscussionStateException;

/**
 * A discussion thread: anchored in its owner, open until resolved, and reopened when
 * there is more to say. Messages are added through {@link #post}, which refuses a
 * resolved thread.
 */
@Entity
@Table(name = "discussion")
public class Discussion {

	/** Where a thread stands. */
	public enum Status {

		OPEN, RESOLVED

	}

	@Id
	private UUID id;

	@Column(nullable = false)
	private String ownerType;

	@Column(nullable = false)
	private UUID ownerId;

	@Column(nullable = false)
	private String anchorKey;

	private UUID anchorItem;

	private Integer anchorVersion;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Status status;

	@Column(nullable = false)
	private UUID openedBy;

	@Column(nullable = false)
	private Instant openedAt;

	private UUID resolvedBy;

	private Instant resolvedAt;

	private UUID reopenedBy;

	private Instant reopenedAt;

	@Version
	private Long version;

	protected Discussion() {
	}

	private Discussion(Anchor anchor, UUID by, Instant now) {
		this.id = UUID.randomUUID();
		this.ownerType = anchor.ownerType();
		this.ownerId = anchor.ownerId();
		this.anchorKey = anchor.key();
		this.anchorItem = anchor.item();
		this.anchorVersion = anchor.version();
		this.status = Status.OPEN;
		this.openedBy = by;
		this.openedAt = now;
	}

	/** A new open thread; its first message is {@link #post posted} next. */
	public static Discussion open(Anchor anchor, UUID by, Instant now) {
		return new Discussion(anchor, by, now);
	}

	/** A message for the thread, which must be open. */
	public DiscussionMessage post(UUID author, String body, Set<UUID> mentions, Instant now) {
		requireOpen();
		return new DiscussionMessage(this.id, author, body, mentions, now);
	}

	public void resolve(UUID by, Instant now) {
		requireOpen();
		this.status = Status.RESOLVED;
		this.resolvedBy = by;
		this.resolvedAt = now;
	}

	/** Opens a resolved thread again; who resolved it no longer stands. */
	public void reopen(UUID by, Instant now) {
		if (this.status != Status.RESOLVED) {
			throw new DiscussionStateException("discussion.error.open");
		}
		this.status = Status.OPEN;
		this.resolvedBy = null;
		this.resolvedAt = null;
		this.reopenedBy = by;
		this.reopenedAt = now;
	}

	private void requireOpen() {
		if (this.status != Status.OPEN) {
			throw new DiscussionStateException("discussion.error.resolved");
		}
	}

	/** Whether the thread belongs to the owner. */
	public boolean belongsTo(String type, UUID id) {
		return this.ownerType.equals(type) && this.ownerId.equals(id);
	}

	public UUID id() {
		return this.id;
	}

	public Anchor anchor() {
		return new Anchor(this.ownerType, this.ownerId, this.anchorKey, this.anchorItem, this.anchorVersion);
	}

	public Status status() {
		return this.status;
	}

	public UUID openedBy() {
		return this.openedBy;
	}

	public Instant openedAt() {
		return this.openedAt;
	}

	public UUID resolvedBy() {
		return this.resolvedBy;
	}

	public Instant resolvedAt() {
		return this.resolvedAt;
	}

	public UUID reopenedBy() {
		return this.reopenedBy;
	}

	public Instant reopenedAt() {
		return this.reopenedAt;
	}

}
