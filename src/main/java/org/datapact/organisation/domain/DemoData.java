package org.datapact.organisation.domain;

import java.util.Set;

import org.datapact.organisation.OrganisationKind;
import org.datapact.shared.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo organisations and one account per role for trying DataPact out. Only with the
 * {@code demo} profile, which {@code ./mvnw spring-boot:run} turns on and the packaged
 * jar does not.
 */
@Component
@Profile("demo")
@Order(0)
class DemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private final AccountSetup setup;

	private final String password;

	DemoData(AccountSetup setup, @Value("${datapact.demo.password}") String password) {
		this.setup = setup;
		this.password = password;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.setup.organisationOutsideTheDemo().ifPresent((name) -> {
			throw new IllegalStateException("The demo profile refuses to start: this database already holds "
					+ "organisations that the demo did not create (for example \"" + name + "\"), and the demo adds "
					+ "accounts whose password is published in the README. Start without the demo profile "
					+ "(java -jar, or SPRING_PROFILES_ACTIVE without 'demo'), or point DATABASE_URL at an empty "
					+ "database.");
		});
		Organisation operator = this.setup.demoOrganisation("DataPact Operations", OrganisationKind.OPERATOR, null);
		Organisation hope = this.setup.demoOrganisation("Hope Relief International", OrganisationKind.PARTNER, "KE");
		Organisation sahel = this.setup.demoOrganisation("Sahel Data Network", OrganisationKind.PARTNER, "ML");
		int created = 0;
		created += account(operator, "admin", "Ada Admin", Role.ADMIN);
		created += account(operator, "scoper", "Sam Scoper", Role.SCOPER);
		created += account(operator, "volunteer", "Val Volunteer", Role.VOLUNTEER);
		created += account(hope, "partner.hope", "Pat Partner (Hope)", Role.PARTNER);
		created += account(hope, "volunteer.hope", "Vic Volunteer (Hope)", Role.VOLUNTEER);
		created += account(sahel, "partner.sahel", "Paz Partner (Sahel)", Role.PARTNER);
		created += account(sahel, "volunteer.sahel", "Vera Volunteer (Sahel)", Role.VOLUNTEER);
		if (created > 0) {
			log.info("Demo data: created {} demo accounts (see README for their names)", created);
		}
	}

	private int account(Organisation organisation, String username, String name, Role role) {
		return this.setup.account(organisation, username, name, Set.of(role), this.password, false) ? 1 : 0;
	}

}
