package org.datapact.project.web;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.datapact.project.ProjectFilter;
import org.datapact.project.ProjectMember;
import org.datapact.project.ProjectStatus;
import org.datapact.project.ProjectSummary;
import org.datapact.project.VisibleProject;
import org.datapact.project.domain.ProjectService;
import org.datapact.project.domain.ProjectView;
import org.datapact.shared.CurrentUser;
import org.datapact.shared.NotFoundException;
import org.datapact.shared.PageQuery;
import org.datapact.shared.web.PageResponse;
import org.datapact.shared.web.Paged;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/projects")
@Tag(name = "Projects", description = "Projects with partner organisations, their status and their members")
class ProjectApiController {

	private final ProjectService projects;

	ProjectApiController(ProjectService projects) {
		this.projects = projects;
	}

	@GetMapping
	@Operation(operationId = "listProjects",
			summary = "A page of the projects the caller may see, optionally in one status or of one organisation",
			description = "Administrators and scopers see every project; partner staff their organisation's "
					+ "projects they belong to; volunteers the projects they belong to.")
	PageResponse<ProjectSummary> list(CurrentUser me,
			@Parameter(description = "Only projects in this status") @RequestParam(
					required = false) ProjectStatus status,
			@Parameter(description = "Only this organisation's projects") @RequestParam(
					required = false) UUID organisationId,
			@Paged(sort = { "title", "startDate", "endDate", "updatedAt" }) PageQuery query) {
		return PageResponse
			.of(this.projects.list(me, ProjectFilter.of(status, organisationId), query).map(VisibleProject::project));
	}

	@GetMapping("/{id}")
	@Operation(summary = "One project with its members; a project the caller may not see answers 404")
	ProjectView get(CurrentUser me, @PathVariable UUID id) {
		return this.projects.get(me, id);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Create a project for a partner organisation (scopers and admins); it starts in scoping")
	ProjectView create(CurrentUser me, @Valid @RequestBody ProjectForm body) {
		return this.projects.create(me, body.command());
	}

	@PutMapping("/{id}")
	@Operation(summary = "Change a project's details (scopers and admins); 409 when the version is stale, "
			+ "400 when the project is closed")
	ProjectView update(CurrentUser me, @PathVariable UUID id, @Valid @RequestBody ProjectUpdateForm body) {
		return this.projects.update(me, id, body.version(), body.command());
	}

	@PostMapping("/{id}/status")
	@Operation(summary = "Move a project one step forward or back (scopers and admins); a closed project "
			+ "stays closed; 409 when the version is stale")
	ProjectView changeStatus(CurrentUser me, @PathVariable UUID id, @Valid @RequestBody StatusForm body) {
		return this.projects.changeStatus(me, id, body.version(), body.status());
	}

	@GetMapping("/{id}/members")
	@Operation(operationId = "listProjectMembers",
			summary = "A page of a project's members with their project roles, by role then name")
	PageResponse<ProjectMember> members(CurrentUser me, @PathVariable UUID id, @Paged PageQuery query) {
		return PageResponse.of(query.slice(this.projects.get(me, id).members()));
	}

	@PostMapping("/{id}/members")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add a person with a project role (scopers and admins): partner staff and the one "
			+ "project champion of the project's organisation, scopers, volunteers")
	ProjectMember addMember(CurrentUser me, @PathVariable UUID id, @Valid @RequestBody MemberForm body) {
		return member(this.projects.addMember(me, id, body.userId(), body.role()), body.userId());
	}

	@PutMapping("/{id}/members/{userId}")
	@Operation(summary = "Give a member another project role (scopers and admins)")
	ProjectMember changeRole(CurrentUser me, @PathVariable UUID id, @PathVariable UUID userId,
			@Valid @RequestBody RoleForm body) {
		return member(this.projects.changeMemberRole(me, id, userId, body.role()), userId);
	}

	@DeleteMapping("/{id}/members/{userId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Remove a member from a project (scopers and admins)")
	void removeMember(CurrentUser me, @PathVariable UUID id, @PathVariable UUID userId) {
		this.projects.removeMember(me, id, userId);
	}

	private static ProjectMember member(ProjectView project, UUID userId) {
		return project.members()
			.stream()
			.filter((m) -> m.userId().equals(userId))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("ProjectMember", userId));
	}

}
