package org.datapact.organisation.domain;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.datapact.shared.Role;

public record UserView(UUID id, UUID organisationId, String organisationName, String username, String displayName,
		String email, Set<Role> roles, boolean active, boolean mustChangePassword, long version, Instant createdAt) {

	static UserView of(UserAccount user, String organisationName) {
		return new UserView(user.getId(), user.getOrganisationId(), organisationName, user.getUsername(),
				user.getDisplayName(), user.getEmail(), user.getRoles(), user.isActive(), user.isMustChangePassword(),
				user.getVersion(), user.getCreatedAt());
	}

}
