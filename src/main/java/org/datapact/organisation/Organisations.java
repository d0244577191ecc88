package org.datapact.organisation;

import java.util.List;
import java.util.UUID;

import org.datapact.organisation.domain.OrganisationService;

import org.springframework.stereotype.Component;

/** The organisation module's face towards other modules. */
@Component
public class Organisations {

	private final OrganisationService organisations;

	Organisations(OrganisationService organisations) {
		this.organisations = organisations;
	}

	public List<OrganisationSummary> all() {
		return this.organisations.summaries();
	}

	public record OrganisationSummary(UUID id, String name, OrganisationKind kind, boolean active) {
	}

}
