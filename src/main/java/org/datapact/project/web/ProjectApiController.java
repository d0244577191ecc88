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

	private static final String PROJECT_ID = "The project's id";

	private static final String MEMBER_ID = "The member's user id";

	private final ProjectService projects;

	ProjectApiController(ProjectService projects) {
		this.projects = projects;
	}

	@GetMapping
	@Operation(operationId = "listProjects", summary = "List the projects the caller may see",
			description = "A page of them. Scopers and admins see every project; partner staff the projects of "
					+ "their organisation they belong to; volunteers the projects they belong to. Optionally only "
					+ "those in one status or of one organisation.")
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
	@Operation(operationId = "getProject", summary = "Read a project with its members",
			description = "A project the caller may not see answers 404, as a missing one does.")
	ProjectView get(CurrentUser me, @Parameter(description = PROJECT_ID) @PathVariable UUID id) {
		return this.projects.get(me, id);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(operationId = "createProject", summary = "Create a project for a partner organisation",
			description = "Scopers and admins only. The project starts in scoping, with its creator as scoper.")
	ProjectView create(CurrentUser me, @Valid @RequestBody ProjectForm body) {
		return this.projects.create(me, body.command());
	}

	@PutMapping("/{id}")
	@Operation(operationId = "updateProject", summary = "Change a project's details",
			description = "Scopers and admins only. Send the version last read: 409 when someone changed the "
					+ "project meanwhile, or when it is closed.")
	ProjectView update(CurrentUser me, @Parameter(description = PROJECT_ID) @PathVariable UUID id,
			@Valid @RequestBody ProjectUpdateForm body) {
		return this.projects.update(me, id, body.version(), body.command());
	}

	@PostMapping("/{id}/status")
	@Operation(operationId = "changeProjectStatus", summary = "Move a project one step forward or back",
			description = "Scopers and admins only; `allowedStatuses` of the project lists the steps it can take. "
					+ "A closed project stays closed. 409 when the version is stale.")
	ProjectView changeStatus(CurrentUser me, @Parameter(description = PROJECT_ID) @PathVariable UUID id,
			@Valid @RequestBody StatusForm body) {
		return this.projects.changeStatus(me, id, body.version(), body.status());
	}

	@GetMapping("/{id}/members")
	@Operation(operationId = "listProjectMembers", summary = "List a project's members with their roles",
			description = "A page of them, by role then name. Everyone who may see the project may see its members.")
	PageResponse<ProjectMember> members(CurrentUser me, @Parameter(description = PROJECT_ID) @PathVariable UUID id,
			@Paged PageQuery query) {
		return PageResponse.of(query.slice(this.projects.get(me, id).members()));
	}

	@PostMapping("/{id}/members")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(operationId = "addProjectMember", summary = "Add a person to a project with a role",
			description = "Scopers and admins only. Partner staff and the one project champion come from the "
					+ "project's organisation; scopers and volunteers from the operating organisation.")
	ProjectMember addMember(CurrentUser me, @Parameter(description = PROJECT_ID) @PathVariable UUID id,
			@Valid @RequestBody MemberForm body) {
		return member(this.projects.addMember(me, id, body.userId(), body.role()), body.userId());
	}

	@PutMapping("/{id}/members/{userId}")
	@Operation(operationId = "changeProjectMemberRole", summary = "Give a member another project role",
			description = "Scopers and admins only; the same rules as for adding a member apply.")
	ProjectMember changeRole(CurrentUser me, @Parameter(description = PROJECT_ID) @PathVariable UUID id,
			@Parameter(description = MEMBER_ID) @PathVariable UUID userId, @Valid @RequestBody RoleForm body) {
		return member(this.projects.changeMemberRole(me, id, userId, body.role()), userId);
	}

	@DeleteMapping("/{id}/members/{userId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(operationId = "removeProjectMember", summary = "Remove a member from a project",
			description = "Scopers and admins only. The member keeps their account.")
	void removeMember(CurrentUser me, @Parameter(description = PROJECT_ID) @PathVariable UUID id,
			@Parameter(description = MEMBER_ID) @PathVariable UUID userId) {
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
