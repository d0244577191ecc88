package org.datapact.plan.domain;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.datapact.organisation.AccountCredentials;
import org.datapact.organisation.UserAccounts;
import org.datapact.project.ProjectSummary;
import org.datapact.project.Projects;
import org.datapact.shared.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A plan in progress for the demo project of Hope Relief International, so that a
 * newcomer sees the feature at once: its hosting section written by the partner and then
 * refined by the scoper (two revisions after the starting text), with comment threads.
 */
@Component
@Profile("demo")
@Order(4)
class PlanDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(PlanDemoData.class);

	static final String PROJECT = "Displacement tracking dashboard";

	private final PlanService plans;

	private final PlanRepository planRows;

	private final Projects projects;

	private final UserAccounts accounts;

	private final PlanComments comments;

	PlanDemoData(PlanService plans, PlanRepository planRows, Projects projects, UserAccounts accounts,
			PlanComments comments) {
		this.plans = plans;
		this.comments = comments;
		this.planRows = planRows;
		this.projects = projects;
		this.accounts = accounts;
	}

	@Override
	public void run(ApplicationArguments args) {
		Optional<ProjectSummary> project = this.projects.all()
			.stream()
			.filter((p) -> p.title().equals(PROJECT))
			.findFirst();
		Optional<CurrentUser> partner = person("partner.hope");
		Optional<CurrentUser> scoper = person("scoper");
		if (project.isEmpty() || partner.isEmpty() || scoper.isEmpty()
				|| this.planRows.findByProjectId(project.get().id()).isPresent()) {
			return;
		}
		UUID projectId = project.get().id();
		this.plans.start(projectId, Locale.ENGLISH);
		SaveOutcome first = this.plans.save(projectId, "hosting", new SectionSave("""
				Hope Relief International hosts the data on its own cloud tenant and gives the volunteers
				temporary accounts for the length of the project.

				- Storage country: Kenya
				- Compute: paid by Hope Relief International
				""", 0), partner.get());
		if (first instanceof SaveOutcome.Saved saved) {
			this.plans.save(projectId, "hosting",
					new SectionSave(
							"""
									Hope Relief International hosts the data on its own cloud tenant and gives the volunteers
									temporary accounts for the length of the project.

									- Storage country: Kenya
									- Compute: paid by Hope Relief International
									- **Revocation:** the partner's administrator removes every volunteer account on the project's end date,
									  and confirms it to the scopers in writing.
									""",
							saved.version()),
					scoper.get());
		}
		UUID thread = this.comments.comment(projectId, "hosting",
				"@partner.hope which country is the tenant's storage in? Table B needs it for each dataset.",
				scoper.get());
		this.comments.reply(projectId, thread, "Kenya (Nairobi region). I added it to the section.", partner.get());
		this.comments.comment(projectId, "incident_response",
				"Who is told first at Hope Relief International: the data protection lead or the focal point?",
				scoper.get());
		log.info("Demo data: a plan in progress for '{}'", PROJECT);
	}

	private Optional<CurrentUser> person(String username) {
		Optional<AccountCredentials> account = this.accounts.findByUsername(username);
		return account
			.map((a) -> new CurrentUser(a.id(), a.username(), a.displayName(), a.organisationId(), a.roles()));
	}

}
