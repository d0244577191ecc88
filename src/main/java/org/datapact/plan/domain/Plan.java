package org.datapact.plan.domain;

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
 * A project's Data Management Plan: made once per project from a published plan template
 * version, which it keeps; its sections are {@link PlanSection}s.
 */
@Entity
@Table(name = "plan")
class Plan {

	@Id
	private UUID id;

	@Column(nullable = false, updatable = false)
	private UUID projectId;

	@Column(nullable = false, updatable = false)
	private UUID templateId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private PlanStatus status;

	@Column(nullable = false, updatable = false)
	private Instant createdAt;

	@Version
	private Long version;

	protected Plan() {
	}

	Plan(UUID projectId, UUID templateId, Instant now) {
		this.id = UUID.randomUUID();
		this.projectId = projectId;
		this.templateId = templateId;
		this.status = PlanStatus.DRAFT;
		this.createdAt = now;
	}

	/**
	 * The section this plan starts with for a template section, holding its starter text.
	 */
	PlanSection startSection(String sectionKey, int position, String starter, Instant now) {
		return new PlanSection(this.id, sectionKey, position, starter, now);
	}

	UUID id() {
		return this.id;
	}

	UUID projectId() {
		return this.projectId;
	}

	UUID templateId() {
		return this.templateId;
	}

	PlanStatus status() {
		return this.status;
	}

	Instant createdAt() {
		return this.createdAt;
	}

}
