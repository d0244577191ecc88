package org.datapact.project.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.datapact.project.ProjectRole;

/** One person's role in a project; part of the {@link Project} aggregate. */
@Entity
@Table(name = "project_member")
class Membership {

	@Id
	private UUID id;

	@Column(nullable = false)
	private UUID userId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ProjectRole role;

	private UUID addedBy;

	@Column(nullable = false)
	private Instant addedAt;

	@Column(nullable = false)
	private Instant updatedAt;

	protected Membership() {
	}

	Membership(UUID userId, ProjectRole role, UUID addedBy, Instant now) {
		this.id = UUID.randomUUID();
		this.userId = userId;
		this.role = role;
		this.addedBy = addedBy;
		this.addedAt = now;
		this.updatedAt = now;
	}

	void changeRole(ProjectRole role, Instant now) {
		this.role = role;
		this.updatedAt = now;
	}

	UUID getId() {
		return this.id;
	}

	UUID getUserId() {
		return this.userId;
	}

	ProjectRole getRole() {
		return this.role;
	}

	UUID getAddedBy() {
		return this.addedBy;
	}

	Instant getAddedAt() {
		return this.addedAt;
	}

}
