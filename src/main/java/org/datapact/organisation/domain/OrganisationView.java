package org.datapact.organisation.domain;

import java.time.Instant;
import java.util.UUID;

import org.datapact.organisation.OrganisationKind;

public record OrganisationView(UUID id, String name, OrganisationKind kind, String countryCode, boolean active,
		long version, Instant createdAt, Instant updatedAt) {

	static OrganisationView of(Organisation organisation) {
		return new OrganisationView(organisation.getId(), organisation.getName(), organisation.getKind(),
				organisation.getCountryCode(), organisation.isActive(), organisation.getVersion(),
				organisation.getCreatedAt(), organisation.getUpdatedAt());
	}

}
