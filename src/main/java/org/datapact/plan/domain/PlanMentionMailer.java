package org.datapact.plan.domain;

import java.util.HashMap;
import java.util.Map;

import org.datapact.notification.Mail;
import org.datapact.notification.Notifications;
import org.datapact.organisation.UserAccounts;
import org.datapact.plan.PlanCommentPosted;
import org.datapact.project.ProjectSummary;
import org.datapact.project.Projects;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells the people a plan comment mentions, in their language, once the comment has
 * committed: a comment that failed to save mails nobody.
 */
@Component
class PlanMentionMailer {

	private final Projects projects;

	private final UserAccounts accounts;

	private final Notifications notifications;

	PlanMentionMailer(Projects projects, UserAccounts accounts, Notifications notifications) {
		this.projects = projects;
		this.accounts = accounts;
		this.notifications = notifications;
	}

	@TransactionalEventListener
	void on(PlanCommentPosted posted) {
		String title = this.projects.get(posted.projectId()).map(ProjectSummary::title).orElse("");
		String author = this.accounts.labels(java.util.Set.of(posted.authorId())).getOrDefault(posted.authorId(), "");
		String path = "/projects/" + posted.projectId() + "/plan"
				+ ((posted.sectionKey() != null) ? "#section-" + posted.sectionKey() : "");
		this.accounts.recipients(posted.mentioned()).values().forEach((recipient) -> {
			Map<String, Object> variables = new HashMap<>();
			variables.put("recipientName", recipient.displayName());
			variables.put("projectTitle", title);
			variables.put("authorName", author);
			variables.put("path", path);
			this.notifications.send(new Mail(recipient.email(), recipient.language(), "plan-mention", variables));
		});
	}

}
