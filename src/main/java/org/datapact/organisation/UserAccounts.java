package org.datapact.organisation;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.datapact.organisation.Recipient;
import org.datapact.organisation.domain.UserService;
import org.datapact.shared.Role;

import org.springframework.stereotype.Component;

/**
 * The organisation module's face towards authentication and display: look up credentials,
 * store a new password hash, and name people by id.
 */
@Component
public class UserAccounts {

	private final UserService users;

	UserAccounts(UserService users) {
		this.users = users;
	}

	public Optional<AccountCredentials> findByUsername(String username) {
		return this.users.credentialsByUsername(username);
	}

	public Optional<AccountCredentials> findById(UUID id) {
		return this.users.credentialsById(id);
	}

	/** Stores a new hash and clears the "must change password" flag. */
	public void changePassword(UUID userId, String newPasswordHash) {
		this.users.storeOwnNewPassword(userId, newPasswordHash);
	}

	/** Stores a stronger hash of the same password, computed at sign-in. */
	public void rehash(UUID userId, String newPasswordHash) {
		this.users.storeRehashedPassword(userId, newPasswordHash);
	}

	/** The organisation's active people, as id and display label, in name order. */
	public Map<UUID, String> membersOf(UUID organisationId) {
		return this.users.activeMemberLabels(organisationId);
	}

	/** Of the given people, those who can no longer sign in (deactivated, or unknown). */
	public Set<UUID> unableToSignIn(Collection<UUID> ids) {
		return this.users.unableToSignIn(ids);
	}

	/** Display labels ("Name (username)") for the given ids; unknown ids are left out. */
	public Map<UUID, String> labels(Collection<UUID> ids) {
		return this.users.labels(ids);
	}

	/**
	 * Active people's names and e-mail addresses, for notifications; others are left out.
	 */
	public Map<UUID, Recipient> recipients(Collection<UUID> ids) {
		return this.users.recipients(ids);
	}

	/** Active administrators' names and e-mail addresses, for notifications. */
	public Map<UUID, Recipient> administrators() {
		return this.users.recipients(this.users.activeWithRole(Role.ADMIN));
	}

	/** Remembers the language a person signed in with or chose, for their mails. */
	public void rememberLanguage(UUID id, Locale language) {
		this.users.rememberLanguage(id, language);
	}

	/**
	 * The e-mail address of an active person; empty for an unknown or deactivated one.
	 */
	public Optional<String> emailOf(UUID id) {
		return this.users.activeEmail(id);
	}

	/**
	 * Active people of the given organisations who hold the role, as id and display
	 * label, in name order.
	 */
	public Map<UUID, String> withRole(Role role, Collection<UUID> organisationIds) {
		return this.users.activeLabelsWithRole(role, organisationIds);
	}

}
