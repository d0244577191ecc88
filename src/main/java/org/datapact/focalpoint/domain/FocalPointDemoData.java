package org.datapact.focalpoint.domain;

import java.util.Set;
import java.util.UUID;

import org.datapact.focalpoint.FocalPointRole;
import org.datapact.organisation.Organisations;
import org.datapact.organisation.Organisations.OrganisationSummary;
import org.datapact.shared.CurrentUser;
import org.datapact.shared.Role;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo focal points: complete for the operating organisation and Hope Relief, one missing
 * for Sahel Data Network so that the dashboard has something to flag.
 */
@Component
@Profile("demo")
@Order(2)
class FocalPointDemoData implements ApplicationRunner {

	private static final CurrentUser SETUP = new CurrentUser(UUID.randomUUID(), "demo-setup", "Demo set-up",
			UUID.randomUUID(), Set.of(Role.ADMIN));

	private final FocalPointService focalPoints;

	private final Organisations organisations;

	FocalPointDemoData(FocalPointService focalPoints, Organisations organisations) {
		this.focalPoints = focalPoints;
		this.organisations = organisations;
	}

	@Override
	public void run(ApplicationArguments args) {
		for (OrganisationSummary organisation : this.organisations.all()) {
			switch (organisation.name()) {
				case "DataPact Operations" -> {
					appoint(organisation, FocalPointRole.PRIMARY, "Odile Operations", "Data protection lead",
							"+41 79 123 45 67", "odile@operations.example.org", "fr");
					appoint(organisation, FocalPointRole.SECONDARY, "Omar Operations", "Programme manager",
							"+41 78 765 43 21", "omar@operations.example.org", "en");
				}
				case "Hope Relief International" -> {
					appoint(organisation, FocalPointRole.PRIMARY, "Halima Hope", "Information manager", "0712 345678",
							"halima@hope.example.org", "en");
					appoint(organisation, FocalPointRole.SECONDARY, "Henry Hope", "Protection officer", "0723 456789",
							"henry@hope.example.org", "en");
				}
				case "Sahel Data Network" -> appoint(organisation, FocalPointRole.PRIMARY, "Salif Sahel",
						"Coordinateur données", "76 12 34 56", "salif@sahel.example.org", "fr");
				default -> {
				}
			}
		}
	}

	private void appoint(OrganisationSummary organisation, FocalPointRole role, String name, String title,
			String mobile, String email, String language) {
		if (this.focalPoints.currentHolder(organisation.id(), role).isEmpty()) {
			this.focalPoints.appoint(SETUP, organisation.id(), role,
					new ContactDetailsInput(name, title, mobile, email, null, language, null));
		}
	}

}
