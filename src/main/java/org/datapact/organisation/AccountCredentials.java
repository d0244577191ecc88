package org.datapact.organisation;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.datapact.shared.Role;

/**
 * What the security module needs to sign a person in and to keep their sessions in step
 * with the account: sessions and tokens older than {@code credentialsChangedAt} end.
 */
public record AccountCredentials(UUID id, String username, String displayName, UUID organisationId, String passwordHash,
		Set<Role> roles, boolean active, boolean organisationActive, boolean mustChangePassword,
		Instant credentialsChangedAt, Instant temporaryPasswordExpiresAt) {

	public boolean canSignIn() {
		return this.active && this.organisationActive;
	}

	/** A temporary password that has run out: it no longer signs anyone in. */
	public boolean temporaryPasswordExpired(Instant now) {
		return this.mustChangePassword && this.temporaryPasswordExpiresAt != null
				&& !this.temporaryPasswordExpiresAt.isAfter(now);
	}

}
