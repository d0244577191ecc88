package org.datapact.plan.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One section of a plan: what people wrote in it and its version. A save names the
 * version it was based on; a save based on an older one is refused rather than allowed to
 * overwrite what someone saved in between ({@link #edit}), and the database refuses the
 * second of two saves that raced past that check (the version is an optimistic lock).
 */
@Entity
@Table(name = "plan_section")
class PlanSection {

	/** Longest text of a section, in characters (a hundred pages of plain text). */
	static final int MAX_BODY = 100_000;

	@Id
	private UUID id;

	@Column(nullable = false, updatable = false)
	private UUID planId;

	@Column(nullable = false, updatable = false)
	private String sectionKey;

	@Column(nullable = false)
	private int position;

	@Column(nullable = false)
	private String body;

	@Version
	private Integer version;

	private UUID updatedBy;

	@Column(nullable = false)
	private Instant updatedAt;

	protected PlanSection() {
	}

	PlanSection(UUID planId, String sectionKey, int position, String body, Instant now) {
		this.id = UUID.randomUUID();
		this.planId = planId;
		this.sectionKey = sectionKey;
		this.position = position;
		this.body = body;
		this.updatedAt = now;
	}

	/**
	 * Replaces the text, when the caller's text was based on the current version; the
	 * revision that records it, numbered as the version the section takes.
	 * @throws StaleSectionException when someone saved since the caller's version
	 */
	PlanRevision edit(String newBody, int basedOn, UUID author, Instant now) {
		if (basedOn != version()) {
			throw new StaleSectionException();
		}
		this.body = newBody;
		this.updatedBy = author;
		this.updatedAt = now;
		return new PlanRevision(this.id, version() + 1, newBody, author, now);
	}

	/** The revision recording the text the section starts with, as version 0. */
	PlanRevision firstRevision() {
		return new PlanRevision(this.id, 0, this.body, null, this.updatedAt);
	}

	UUID id() {
		return this.id;
	}

	UUID planId() {
		return this.planId;
	}

	String sectionKey() {
		return this.sectionKey;
	}

	int position() {
		return this.position;
	}

	String body() {
		return this.body;
	}

	int version() {
		return (this.version != null) ? this.version : 0;
	}

	UUID updatedBy() {
		return this.updatedBy;
	}

	Instant updatedAt() {
		return this.updatedAt;
	}

}
