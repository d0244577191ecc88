package org.datapact.questionnaire.domain;

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
 * Who may do what with a project's questionnaire. Anyone who may see the project reads
 * it; partner staff of the project (its own organisation's members) fill it in; scopers
 * review it.
 */
@Component
class QuestionnaireAccess {

	private final Projects projects;

	QuestionnaireAccess(Projects projects) {
		this.projects = projects;
	}

	/** The caller's standing on a project they may see; a 404 for any other project. */
	record Standing(ProjectSummary project, boolean editor, boolean reviewer) {

		void requireEditor() {
			if (!this.editor) {
				throw new ForbiddenException("questionnaire");
			}
		}

		void requireReviewer() {
			if (!this.reviewer) {
				throw new ForbiddenException("questionnaire");
			}
		}

		void requireParticipant() {
			if (!this.editor && !this.reviewer) {
				throw new ForbiddenException("questionnaire");
			}
		}

	}

	Standing of(UUID projectId, CurrentUser user) {
		VisibleProject visible = this.projects.findWithRole(projectId, user);
		ProjectSummary project = visible.project();
		Optional<ProjectRole> role = visible.viewerRole();
		boolean editor = user.has(Role.PARTNER) && user.organisationId().equals(project.organisationId())
				&& role.filter((r) -> r == ProjectRole.PARTNER_STAFF || r == ProjectRole.PROJECT_CHAMPION).isPresent();
		return new Standing(project, editor, user.has(Role.SCOPER));
	}

}
