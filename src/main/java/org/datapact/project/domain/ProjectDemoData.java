package org.datapact.project.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.datapact.organisation.AccountCredentials;
import org.datapact.organisation.Organisations;
import org.datapact.organisation.Organisations.OrganisationSummary;
import org.datapact.organisation.UserAccounts;
import org.datapact.project.ProjectRole;
import org.datapact.shared.CurrentUser;
import org.datapact.shared.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo projects, once the demo organisations and accounts exist: one for Hope Relief
 * International with its partner as champion, a scoper and a volunteer, and one for Sahel
 * Data Network.
 */
@Component
@Profile("demo")
@Order(3)
class ProjectDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(ProjectDemoData.class);

	private static final CurrentUser SETUP = new CurrentUser(UUID.randomUUID(), "demo-setup", "Demo set-up",
			UUID.randomUUID(), Set.of(Role.ADMIN));

	private final ProjectService projects;

	private final Organisations organisations;

	private final UserAccounts accounts;

	private final Clock clock;

	ProjectDemoData(ProjectService projects, Organisations organisations, UserAccounts accounts, Clock clock) {
		this.projects = projects;
		this.organisations = organisations;
		this.accounts = accounts;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		int created = 0;
		created += project("Hope Relief International", "Displacement tracking dashboard",
				"A dashboard of displacement in the camps of northern Kenya, so that aid reaches families sooner.",
				"KE", Map.of("partner.hope", ProjectRole.PROJECT_CHAMPION, "scoper", ProjectRole.SCOPER, "volunteer",
						ProjectRole.VOLUNTEER));
		created += project("Sahel Data Network", "Water point monitoring",
				"Predict which water points in the Mopti region will fail next dry season.", "ML",
				Map.of("partner.sahel", ProjectRole.PARTNER_STAFF));
		if (created > 0) {
			log.info("Demo data: created {} demo projects", created);
		}
	}

	private int project(String organisationName, String title, String purpose, String country,
			Map<String, ProjectRole> members) {
		Optional<OrganisationSummary> organisation = this.organisations.all()
			.stream()
			.filter((o) -> o.name().equals(organisationName))
			.findFirst();
		if (organisation.isEmpty() || this.projects.all()
			.stream()
			.anyMatch((p) -> p.organisationId().equals(organisation.get().id()) && p.title().equals(title))) {
			return 0;
		}
		LocalDate start = LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC).withDayOfMonth(1);
		ProjectView project = this.projects.create(SETUP,
				new ProjectCommand(organisation.get().id(), title, purpose, country, start, start.plusMonths(9)));
		members.forEach((username, role) -> this.accounts.findByUsername(username)
			.map(AccountCredentials::id)
			.ifPresent((id) -> this.projects.addMember(SETUP, project.id(), id, role)));
		return 1;
	}

}
