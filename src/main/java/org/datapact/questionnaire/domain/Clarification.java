package org.datapact.questionnaire.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A scoper's question about one answer, with its thread of messages; open until the
 * scoper marks it resolved.
 */
@Entity
@Table(name = "questionnaire_clarification")
class Clarification {

	enum Status {

		OPEN, RESOLVED

	}

	@Id
	private UUID id;

	@Column(nullable = false)
	private UUID questionnaireId;

	@Column(nullable = false)
	private String questionKey;

	private UUID entryId;

	@Column(nullable = false)
	private int revision;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Status status;

	@Column(nullable = false)
	private UUID createdBy;

	@Column(nullable = false)
	private Instant createdAt;

	private UUID resolvedBy;

	private Instant resolvedAt;

	@Version
	private Long version;

	protected Clarification() {
	}

	Clarification(UUID questionnaireId, String questionKey, UUID entryId, int revision, UUID createdBy, Instant now) {
		this.id = UUID.randomUUID();
		this.questionnaireId = questionnaireId;
		this.questionKey = questionKey;
		this.entryId = entryId;
		this.revision = revision;
		this.status = Status.OPEN;
		this.createdBy = createdBy;
		this.createdAt = now;
	}

	void resolve(UUID by, Instant now) {
		requireOpen();
		this.status = Status.RESOLVED;
		this.resolvedBy = by;
		this.resolvedAt = now;
	}

	void requireOpen() {
		if (this.status != Status.OPEN) {
			throw new QuestionnaireStateException("clarification.error.resolved");
		}
	}

	UUID id() {
		return this.id;
	}

	UUID questionnaireId() {
		return this.questionnaireId;
	}

	String questionKey() {
		return this.questionKey;
	}

	UUID entryId() {
		return this.entryId;
	}

	int revision() {
		return this.revision;
	}

	Status status() {
		return this.status;
	}

	UUID createdBy() {
		return this.createdBy;
	}

	Instant createdAt() {
		return this.createdAt;
	}

}
