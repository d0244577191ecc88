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
import org.datapact.questionnaire.QuestionnaireStatus;

/**
 * A project's Data Security Questionnaire. It keeps the template version it was started
 * with; its answers live beside it, one row per question. Every transition is guarded
 * here.
 */
@Entity
@Table(name = "questionnaire")
class Questionnaire {

	@Id
	private UUID id;

	@Column(nullable = false)
	private UUID projectId;

	@Column(nullable = false)
	private UUID organisationId;

	@Column(nullable = false)
	private UUID templateId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private QuestionnaireStatus status;

	@Column(nullable = false)
	private int revision;

	@Column(nullable = false)
	private Instant createdAt;

	@Column(nullable = false)
	private Instant updatedAt;

	@Version
	private Long version;

	protected Questionnaire() {
	}

	Questionnaire(UUID projectId, UUID organisationId, UUID templateId, Instant now) {
		this.id = UUID.randomUUID();
		this.projectId = projectId;
		this.organisationId = organisationId;
		this.templateId = templateId;
		this.status = QuestionnaireStatus.IN_PROGRESS;
		this.createdAt = now;
		this.updatedAt = now;
	}

	void requireEditable() {
		if (!this.status.isEditable()) {
			throw new QuestionnaireStateException("questionnaire.error.notEditable");
		}
	}

	/** Freezes the answers as a new revision and returns its number. */
	int submit(Instant now) {
		requireEditable();
		this.status = QuestionnaireStatus.SUBMITTED;
		this.revision++;
		this.updatedAt = now;
		return this.revision;
	}

	void accept(Instant now) {
		requireSubmitted();
		this.status = QuestionnaireStatus.ACCEPTED;
		this.updatedAt = now;
	}

	void returnForChanges(Instant now) {
		requireSubmitted();
		this.status = QuestionnaireStatus.RETURNED;
		this.updatedAt = now;
	}

	private void requireSubmitted() {
		if (this.status != QuestionnaireStatus.SUBMITTED) {
			throw new QuestionnaireStateException("questionnaire.error.notSubmitted");
		}
	}

	void touch(Instant now) {
		this.updatedAt = now;
	}

	UUID id() {
		return this.id;
	}

	UUID projectId() {
		return this.projectId;
	}

	UUID organisationId() {
		return this.organisationId;
	}

	UUID templateId() {
		return this.templateId;
	}

	QuestionnaireStatus status() {
		return this.status;
	}

	int revision() {
		return this.revision;
	}

	Instant updatedAt() {
		return this.updatedAt;
	}

}
