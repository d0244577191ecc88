package org.datapact.plan.domain;

import java.util.Optional;
import java.util.UUID;

import org.datapact.project.ProjectRole;
import org.datapact.project.ProjectSummary;
import org.datapact.project.Projects;
import org.datapact.project.VisibleProject;
import org.datapact.shared.CurrentUser;
import org.datapact.shared.ForbiddenException;
import org.datapact.shared.Role;

import org.springframework.stereotype.Component;

/**
 * Who may do what with a project's plan. Anyone who may see the project reads it (another
 * organisation's plan answers 404 like a missing one); scopers and the partner's staff on
 * the project co-write it; volunteers and admins read it.
 */
@Component
class PlanAccess {

	private final Projects projects;

	PlanAccess(Projects projects) {
		this.projects = projects;
	}

	record Standing(ProjectSummary project, boolean editor) {

		void requireEditor() {
			if (!this.editor) {
				throw new ForbiddenException("plan");
			}
		}

	}

	Standing of(UUID projectId, CurrentUser user) {
		VisibleProject visible = this.projects.findWithRole(projectId, user);
		ProjectSummary project = visible.project();
		Optional<ProjectRole> role = visible.viewerRole();
		boolean partnerEditor = user.has(Role.PARTNER) && user.organisationId().equals(project.organisationId())
				&& role.filter((r) -> r == ProjectRole.PARTNER_STAFF || r == ProjectRole.PROJECT_CHAMPION).isPresent();
		return new Standing(project, partnerEditor || user.has(Role.SCOPER));
	}

}
