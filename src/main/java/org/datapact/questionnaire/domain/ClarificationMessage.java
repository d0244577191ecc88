package org.datapact.questionnaire.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One message in a clarification thread. */
@Entity
@Table(name = "questionnaire_clarification_message")
class ClarificationMessage {

	@Id
	private UUID id;

	@Column(nullable = false)
	private UUID clarificationId;

	@Column(nullable = false)
	private UUID authorId;

	@Column(nullable = false)
	private String body;

	@Column(nullable = false)
	private Instant createdAt;

	protected ClarificationMessage() {
	}

	ClarificationMessage(UUID clarificationId, UUID authorId, String body, Instant now) {
		this.id = UUID.randomUUID();
		this.clarificationId = clarificationId;
		this.authorId = authorId;
		this.body = body;
		this.createdAt = now;
	}

	UUID clarificationId() {
		return this.clarificationId;
	}

	UUID authorId() {
		return this.authorId;
	}

	String body() {
		return this.body;
	}

	Instant createdAt() {
		return this.createdAt;
	}

}
