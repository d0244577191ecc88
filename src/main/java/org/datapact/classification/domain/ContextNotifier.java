package org.datapact.classification.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.datapact.classification.ContextDeclaration;
import org.datapact.notification.Mail;
import org.datapact.notification.Notifications;
import org.datapact.organisation.Recipient;
import org.datapact.organisation.UserAccounts;
import org.datapact.project.ProjectMember;
import org.datapact.project.ProjectRole;
import org.datapact.project.ProjectSummary;
import org.datapact.project.Projects;
import org.datapact.shared.AuditEvent;
import org.datapact.shared.Countries;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells the scopers of every project a context's start or end marked for re-assessment,
 * by e-mail in their language, once the change has committed.
 */
@Component
class ContextNotifier {

	private final ContextService contexts;

	private final Projects projects;

	private final UserAccounts accounts;

	private final Notifications notifications;

	private final ApplicationEventPublisher events;

	ContextNotifier(ContextService contexts, Projects projects, UserAccounts accounts, Notifications notifications,
			ApplicationEventPublisher events) {
		this.contexts = contexts;
		this.projects = projects;
		this.accounts = accounts;
		this.notifications = notifications;
		this.events = events;
	}

	@TransactionalEventListener
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void on(ContextApplied applied) {
		if (applied.projectIds().isEmpty()) {
			return;
		}
		ContextDeclaration declaration = this.contexts.find(applied.contextId());
		String template = (applied.change() == ContextApplied.Change.STARTED) ? "classification-context"
				: "classification-context-ended";
		int sent = 0;
		for (UUID projectId : applied.projectIds()) {
			ProjectSummary project = this.projects.get(projectId).orElse(null);
			if (project == null) {
				continue;
			}
			List<ProjectMember> scopers = this.projects.members(projectId)
				.stream()
				.filter((member) -> member.role() == ProjectRole.SCOPER)
				.toList();
			Map<UUID, Recipient> recipients = this.accounts
				.recipients(scopers.stream().map(ProjectMember::userId).toList());
			for (ProjectMember member : scopers) {
				Recipient recipient = recipients.get(member.userId());
				if (recipient != null && this.notifications.send(new Mail(recipient.email(), recipient.language(),
						template, variables(declaration, project, member.displayName(), recipient.language())))) {
					sent++;
				}
			}
		}
		this.events.publishEvent(new AuditEvent("CLASSIFICATION_CONTEXT_SCOPERS_NOTIFIED", ContextService.ENTITY,
				declaration.id().toString(), null, null, ClassificationService.SYSTEM, AuditEvent.Outcome.SUCCESS,
				"mails=" + sent));
	}

	private static Map<String, Object> variables(ContextDeclaration declaration, ProjectSummary project,
			String recipient, Locale language) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("recipientName", recipient);
		variables.put("projectTitle", project.title());
		variables.put("projectId", project.id());
		variables.put("countryName", Countries.name(declaration.country(), language));
		variables.put("contextKey", declaration.contextKey());
		variables.put("description", declaration.description());
		variables.put("effectiveFrom", declaration.effectiveFrom());
		if (declaration.effectiveTo() != null) {
			variables.put("effectiveTo", declaration.effectiveTo());
		}
		return variables;
	}

}
