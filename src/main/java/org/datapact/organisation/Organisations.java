package org.datapact.organisation;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

	public Optional<OrganisationSummary> find(UUID id) {
		return this.organisations.summary(id);
	}

	/** The names of the given organisations, in one look-up; unknown ids are left out. */
	public Map<UUID, String> names(Collection<UUID> ids) {
		return this.organisations.names(ids);
	}

	public record OrganisationSummary(UUID id, String name, OrganisationKind kind, String countryCode, boolean active) {
	}

}
