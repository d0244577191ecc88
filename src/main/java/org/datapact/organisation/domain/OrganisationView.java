package org.datapact.organisation.domain;

import java.time.Instant;
import java.util.UUID;

import org.datapact.organisation.OrganisationKind;
import org.jspecify.annotations.Nullable;

public record OrganisationView(UUID id, String name, OrganisationKind kind, @Nullable String countryCode,
		boolean active, long version, Instant createdAt, Instant updatedAt) {

	static OrganisationView of(Organisation organisation) {
		return new OrganisationView(organisation.getId(), organisation.getName(), organisation.getKind(),
				organisation.getCountryCode(), organisation.isActive(), organisation.getVersion(),
				organisation.getCreatedAt(), organisation.getUpdatedAt());
	}

}
