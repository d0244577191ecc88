package org.datapact.project.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.datapact.project.ProjectMember;
import org.datapact.project.ProjectStatus;
import org.datapact.project.ProjectSummary;

/**
 * A project with its members, and the statuses it may move to next
 * ({@code allowedStatuses}; none once closed).
 */
public record ProjectView(UUID id, UUID organisationId, String organisationName, String title, String purpose,
		String countryCode, LocalDate startDate, LocalDate endDate, ProjectStatus status, long version,
		Instant createdAt, Instant updatedAt, List<ProjectMember> members, List<ProjectStatus> allowedStatuses) {

	public ProjectSummary summary() {
		return new ProjectSummary(this.id, this.organisationId, this.organisationName, this.title, this.purpose,
				this.countryCode, this.startDate, this.endDate, this.status);
	}

	public boolean closed() {
		return this.status == ProjectStatus.CLOSED;
	}

}
