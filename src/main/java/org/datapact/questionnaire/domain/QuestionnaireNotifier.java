package org.datapact.questionnaire.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.datapact.notification.Mail;
import org.datapact.notification.Notifications;
import org.datapact.organisation.Recipient;
import org.datapact.organisation.UserAccounts;
import org.datapact.project.ProjectMember;
import org.datapact.project.ProjectRole;
import org.datapact.project.Projects;
import org.datapact.questionnaire.ClarificationAsked;
import org.datapact.questionnaire.QuestionnaireReturned;
import org.datapact.questionnaire.QuestionnaireSubmitted;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells the people who act next, once the step has committed: the project's scopers that
 * a revision waits for review; its partner staff that it came back, or that a scoper
 * asked about an answer.
 */
@Component
class QuestionnaireNotifier {

	private static final Set<ProjectRole> PARTNER_STAFF = Set.of(ProjectRole.PARTNER_STAFF,
			ProjectRole.PROJECT_CHAMPION);

	private final Projects projects;

	private final UserAccounts accounts;

	private final Notifications notifications;

	QuestionnaireNotifier(Projects projects, UserAccounts accounts, Notifications notifications) {
		this.projects = projects;
		this.accounts = accounts;
		this.notifications = notifications;
	}

	@TransactionalEventListener
	void on(QuestionnaireSubmitted submitted) {
		send(submitted.projectId(), Set.of(ProjectRole.SCOPER), "questionnaire-submitted",
				Map.of("revision", submitted.revision()));
	}

	@TransactionalEventListener
	void on(QuestionnaireReturned returned) {
		send(returned.projectId(), PARTNER_STAFF, "questionnaire-returned", Map.of("revision", returned.revision()));
	}

	@TransactionalEventListener
	void on(ClarificationAsked asked) {
		send(asked.projectId(), PARTNER_STAFF, "clarification-asked", Map.of());
	}

	private void send(UUID projectId, Collection<ProjectRole> roles, String template, Map<String, Object> extra) {
		String title = this.projects.get(projectId).map(org.datapact.project.ProjectSummary::title).orElse("");
		List<UUID> people = this.projects.members(projectId)
			.stream()
			.filter((member) -> roles.contains(member.role()))
			.map(ProjectMember::userId)
			.toList();
		this.accounts.recipients(people)
			.values()
			.forEach((recipient) -> mail(recipient, template, title, projectId, extra));
	}

	private void mail(Recipient recipient, String template, String title, UUID projectId, Map<String, Object> extra) {
		Map<String, Object> variables = new java.util.HashMap<>(extra);
		variables.put("recipientName", recipient.displayName());
		variables.put("projectTitle", title);
		variables.put("path", "/projects/" + projectId + "/questionnaire");
		this.notifications.send(new Mail(recipient.email(), recipient.language(), template, variables));
	}

}
