package org.datapact.questionnaire.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A submitted revision: the answers that counted at submission, frozen, and its review.
 */
@Entity
@Table(name = "questionnaire_revision")
class Revision {

	enum Outcome {

		ACCEPTED, RETURNED

	}

	@Id
	private UUID id;

	@Column(nullable = false)
	private UUID questionnaireId;

	@Column(nullable = false)
	private int number;

	@Column(nullable = false)
	private UUID templateId;

	@JdbcTypeCode(SqlTypes.JSON)
	@Column(nullable = false)
	private String answers;

	@Column(nullable = false)
	private UUID submittedBy;

	@Column(nullable = false)
	private Instant submittedAt;

	@Enumerated(EnumType.STRING)
	private Outcome outcome;

	private UUID reviewedBy;

	private Instant reviewedAt;

	private String reviewNote;

	protected Revision() {
	}

	Revision(UUID questionnaireId, int number, UUID templateId, String answers, UUID submittedBy, Instant now) {
		this.id = UUID.randomUUID();
		this.questionnaireId = questionnaireId;
		this.number = number;
		this.templateId = templateId;
		this.answers = answers;
		this.submittedBy = submittedBy;
		this.submittedAt = now;
	}

	void review(Outcome outcome, UUID reviewer, String note, Instant now) {
		if (this.outcome != null) {
			throw new QuestionnaireStateException("questionnaire.error.notSubmitted");
		}
		this.outcome = outcome;
		this.reviewedBy = reviewer;
		this.reviewNote = note;
		this.reviewedAt = now;
	}

	UUID id() {
		return this.id;
	}

	int number() {
		return this.number;
	}

	UUID templateId() {
		return this.templateId;
	}

	String answers() {
		return this.answers;
	}

	UUID submittedBy() {
		return this.submittedBy;
	}

	Instant submittedAt() {
		return this.submittedAt;
	}

	Outcome outcome() {
		return this.outcome;
	}

	UUID reviewedBy() {
		return this.reviewedBy;
	}

	Instant reviewedAt() {
		return this.reviewedAt;
	}

	String reviewNote() {
		return this.reviewNote;
	}

}
