package org.datapact.plan.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import org.springframework.data.domain.Persistable;

/**
 * What a section held at one of its versions, who saved it (none for the text DataPact
 * started it with) and when. Never changed once written.
 */
@Entity
@Table(name = "plan_revision")
class PlanRevision implements Persistable<UUID> {

	@Id
	private UUID id;

	@Column(nullable = false, updatable = false)
	private UUID sectionId;

	@Column(nullable = false, updatable = false)
	private int sectionVersion;

	@Column(nullable = false, updatable = false)
	private String body;

	@Column(updatable = false)
	private UUID authorId;

	@Column(nullable = false, updatable = false)
	private Instant createdAt;

	/** Revisions are only ever inserted: no look-up before writing one. */
	@Transient
	private boolean fresh;

	protected PlanRevision() {
	}

	PlanRevision(UUID sectionId, int sectionVersion, String body, UUID authorId, Instant createdAt) {
		this.id = UUID.randomUUID();
		this.sectionId = sectionId;
		this.sectionVersion = sectionVersion;
		this.body = body;
		this.authorId = authorId;
		this.createdAt = createdAt;
		this.fresh = true;
	}

	@Override
	public UUID getId() {
		return this.id;
	}

	@Override
	public boolean isNew() {
		return this.fresh;
	}

	@PostLoad
	@PostPersist
	void stored() {
		this.fresh = false;
	}

	UUID id() {
		return this.id;
	}

	UUID sectionId() {
		return this.sectionId;
	}

	int sectionVersion() {
		return this.sectionVersion;
	}

	String body() {
		return this.body;
	}

	UUID authorId() {
		return this.authorId;
	}

	Instant createdAt() {
		return this.createdAt;
	}

}
