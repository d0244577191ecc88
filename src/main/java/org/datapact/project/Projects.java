package org.datapact.project;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.datapact.project.domain.ProjectService;
import org.datapact.shared.CurrentUser;
import org.datapact.shared.ListPage;
import org.datapact.shared.NotFoundException;
import org.datapact.shared.PageQuery;

import org.springframework.stereotype.Component;

/** The project module's face towards other modules. */
@Component
public class Projects {

	private final ProjectService projects;

	Projects(ProjectService projects) {
		this.projects = projects;
	}

	/**
	 * The project, when it exists and the viewer may see it; otherwise
	 * {@link NotFoundException}, the same for both.
	 */
	public ProjectSummary find(UUID projectId, CurrentUser viewer) {
		return this.projects.find(viewer, projectId);
	}

	/**
	 * Like {@link #find}, with the viewer's own role in the project (empty when they see
	 * it without being a member), in one look-up.
	 */
	public VisibleProject findWithRole(UUID projectId, CurrentUser viewer) {
		return this.projects.findWithRole(viewer, projectId);
	}

	/** The person's role in the project; empty when they are not a member. */
	public Optional<ProjectRole> roleOf(UUID projectId, UUID userId) {
		return this.projects.roleOf(projectId, userId);
	}

	/**
	 * One page of the projects the viewer may see that pass the filter, in the order the
	 * query asks for ({@code title} unless it says otherwise), with the viewer's role in
	 * each.
	 */
	public ListPage<VisibleProject> visibleTo(CurrentUser viewer, ProjectFilter filter, PageQuery query) {
		return this.projects.list(viewer, filter, query);
	}

	/**
	 * The projects among the given ones that are not closed, by id, for system jobs and
	 * for people who see every project (no viewer check).
	 */
	public Map<UUID, ProjectSummary> openAmong(Collection<UUID> ids) {
		return this.projects.openAmong(ids);
	}

	/**
	 * The project's members, by role then name; {@link NotFoundException} for an unknown
	 * project. No visibility check: callers decide who may see them.
	 */
	public List<ProjectMember> members(UUID projectId) {
		return this.projects.members(projectId);
	}

	/** The project, for system jobs (no viewer); empty when there is no such project. */
	public Optional<ProjectSummary> get(UUID projectId) {
		return this.projects.get(projectId);
	}

	/** Every project, for system jobs (no viewer). */
	public List<ProjectSummary> all() {
		return this.projects.all();
	}

}
