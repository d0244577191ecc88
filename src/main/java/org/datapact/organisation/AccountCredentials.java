package org.datapact.organisation;

import java.util.Set;
import java.util.UUID;

import org.datapact.shared.Role;

/** What the security module needs to sign a person in. */
public record AccountCredentials(UUID id, String username, String displayName, UUID organisationId, String passwordHash,
		Set<Role> roles, boolean active, boolean organisationActive, boolean mustChangePassword) {

	public boolean canSignIn() {
		return this.active && this.organisationActive;
	}

}
