package org.datapact.project.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.datapact.project.ProjectRole;
import org.datapact.project.ProjectStatus;
import org.datapact.shared.InvalidRequestException;
import org.hibernate.annotations.OptimisticLock;

/**
 * A project with one partner organisation, and the people who work on it. The status
 * moves forward one step at a time (scoping, design, active, closed) and back one step,
 * except that a closed project stays closed and can no longer be changed. At most one
 * member is the project champion.
 */
@Entity
@Table(name = "project")
class Project {

	@Id
	private UUID id;

	@Column(nullable = false)
	private UUID organisationId;

	@Column(nullable = false)
	private String title;

	@Column(nullable = false)
	private String purpose;

	@Column(nullable = false)
	private String countryCode;

	@Column(nullable = false)
	private LocalDate startDate;

	@Column(nullable = false)
	private LocalDate endDate;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ProjectStatus status;

	/**
	 * Membership changes do not conflict with edits of the details: the database keeps
	 * one row per person and at most one champion.
	 */
	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "project_id", nullable = false, updatable = false)
	@OptimisticLock(excluded = true)
	private List<Membership> members = new ArrayList<>();

	private UUID createdBy;

	@Column(nullable = false)
	private Instant createdAt;

	@Column(nullable = false)
	private Instant updatedAt;

	@Version
	private Long version;

	protected Project() {
	}

	Project(UUID organisationId, ProjectDetails details, UUID createdBy, Instant now) {
		this.id = UUID.randomUUID();
		this.organisationId = organisationId;
		apply(details);
		this.status = ProjectStatus.SCOPING;
		this.createdBy = createdBy;
		this.createdAt = now;
		this.updatedAt = now;
	}

	/** The statuses a project may move to from the given one. */
	static Set<ProjectStatus> movesFrom(ProjectStatus from) {
		return switch (from) {
			case SCOPING -> EnumSet.of(ProjectStatus.DESIGN);
			case DESIGN -> EnumSet.of(ProjectStatus.SCOPING, ProjectStatus.ACTIVE);
			case ACTIVE -> EnumSet.of(ProjectStatus.DESIGN, ProjectStatus.CLOSED);
			case CLOSED -> EnumSet.noneOf(ProjectStatus.class);
		};
	}

	void update(ProjectDetails details, Instant now) {
		requireOpen();
		apply(details);
		this.updatedAt = now;
	}

	/** Moves one step forward or back; returns the status it left. */
	ProjectStatus moveTo(ProjectStatus target, Instant now) {
		if (target == null) {
			throw new InvalidRequestException("status", "project.status.required");
		}
		requireOpen();
		if (!movesFrom(this.status).contains(target)) {
			throw new InvalidRequestException("status", "project.status.notAllowed");
		}
		ProjectStatus from = this.status;
		this.status = target;
		this.updatedAt = now;
		return from;
	}

	void addMember(UUID userId, ProjectRole role, UUID addedBy, Instant now) {
		requireOpen();
		if (findMember(userId).isPresent()) {
			throw new InvalidRequestException("userId", "project.member.already");
		}
		requireChampionFree(role, userId);
		this.members.add(new Membership(userId, role, addedBy, now));
	}

	/** Gives a member another role; returns the role they had. */
	ProjectRole changeRole(UUID userId, ProjectRole role, Instant now) {
		requireOpen();
		Membership member = findMember(userId)
			.orElseThrow(() -> new InvalidRequestException("userId", "project.member.notMember"));
		requireChampionFree(role, userId);
		ProjectRole before = member.getRole();
		member.changeRole(role, now);
		return before;
	}

	/** Removes a member; returns the role they had. */
	ProjectRole removeMember(UUID userId) {
		requireOpen();
		Membership member = findMember(userId)
			.orElseThrow(() -> new InvalidRequestException("userId", "project.member.notMember"));
		this.members.remove(member);
		return member.getRole();
	}

	Optional<ProjectRole> roleOf(UUID userId) {
		return findMember(userId).map(Membership::getRole);
	}

	boolean isClosed() {
		return this.status == ProjectStatus.CLOSED;
	}

	private void requireOpen() {
		if (isClosed()) {
			throw new InvalidRequestException("status", "project.closed");
		}
	}

	private void requireChampionFree(ProjectRole role, UUID userId) {
		if (role == ProjectRole.PROJECT_CHAMPION && this.members.stream()
			.anyMatch((m) -> m.getRole() == ProjectRole.PROJECT_CHAMPION && !m.getUserId().equals(userId))) {
			throw new InvalidRequestException("role", "project.member.championTaken");
		}
	}

	private Optional<Membership> findMember(UUID userId) {
		return this.members.stream().filter((m) -> m.getUserId().equals(userId)).findFirst();
	}

	private void apply(ProjectDetails details) {
		if (details.endDate().isBefore(details.startDate())) {
			throw new InvalidRequestException("endDate", "project.endDate.beforeStart");
		}
		this.title = details.title();
		this.purpose = details.purpose();
		this.countryCode = details.countryCode();
		this.startDate = details.startDate();
		this.endDate = details.endDate();
	}

	UUID getId() {
		return this.id;
	}

	UUID getOrganisationId() {
		return this.organisationId;
	}

	String getTitle() {
		return this.title;
	}

	String getPurpose() {
		return this.purpose;
	}

	String getCountryCode() {
		return this.countryCode;
	}

	LocalDate getStartDate() {
		return this.startDate;
	}

	LocalDate getEndDate() {
		return this.endDate;
	}

	ProjectStatus getStatus() {
		return this.status;
	}

	List<Membership> getMembers() {
		return List.copyOf(this.members);
	}

	UUID getCreatedBy() {
		return this.createdBy;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

	Instant getUpdatedAt() {
		return this.updatedAt;
	}

	Long getVersion() {
		return this.version;
	}

}
