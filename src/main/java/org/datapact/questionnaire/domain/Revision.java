package org.datapact.questionnaire.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
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

	@Embedded
	private Review review;

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

	/** A scoper's decision on a submitted revision: who, when, and the note sent back. */
	@Embeddable
	record Review(@Enumerated(EnumType.STRING) ReviewOutcome outcome, UUID reviewedBy, Instant reviewedAt,
			String reviewNote) {
	}

	void review(ReviewOutcome outcome, UUID reviewer, String note, Instant now) {
		if (this.review != null) {
			throw new QuestionnaireStateException("questionnaire.error.notSubmitted");
		}
		this.review = new Review(outcome, reviewer, now, note);
	}

	boolean accepted() {
		return this.review != null && this.review.outcome() == ReviewOutcome.ACCEPTED;
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

	RevisionRepository.Listed listed() {
		Review done = this.review;
		return new RevisionRepository.Listed(this.number, this.submittedAt, this.submittedBy,
				(done != null) ? done.outcome() : null, (done != null) ? done.reviewedAt() : null,
				(done != null) ? done.reviewedBy() : null, (done != null) ? done.reviewNote() : null);
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

	/** The review; null until a scoper reviewed the revision. */
	Review review() {
		return this.review;
	}

}
