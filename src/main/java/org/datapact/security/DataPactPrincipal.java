package org.datapact.security;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.datapact.organisation.AccountCredentials;
import org.datapact.shared.AuthenticatedUser;
import org.datapact.shared.CurrentUser;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The principal kept in the session or built per API call from a token. It remembers when
 * the account's credentials last changed as of sign-in: once the account says otherwise,
 * the session ends.
 */
final class DataPactPrincipal implements UserDetails, CredentialsContainer, AuthenticatedUser {

	private final CurrentUser user;

	private String passwordHash;

	private final boolean enabled;

	private final boolean mustChangePassword;

	private final boolean temporaryPasswordExpired;

	private final Instant credentialsStamp;

	private DataPactPrincipal(CurrentUser user, String passwordHash, boolean enabled, boolean mustChangePassword,
			boolean temporaryPasswordExpired, Instant credentialsStamp) {
		this.user = user;
		this.passwordHash = passwordHash;
		this.enabled = enabled;
		this.mustChangePassword = mustChangePassword;
		this.temporaryPasswordExpired = temporaryPasswordExpired;
		this.credentialsStamp = credentialsStamp;
	}

	/** The account as it is {@code now} (a temporary password may have run out). */
	static DataPactPrincipal of(AccountCredentials account, Instant now) {
		CurrentUser user = new CurrentUser(account.id(), account.username(), account.displayName(),
				account.organisationId(), account.roles());
		return new DataPactPrincipal(user, account.passwordHash(), account.canSignIn(), account.mustChangePassword(),
				account.temporaryPasswordExpired(now), account.credentialsChangedAt());
	}

	/** Same person with the same organisation, roles, name and password state. */
	boolean sameAccess(DataPactPrincipal other) {
		return this.user.equals(other.user) && this.mustChangePassword == other.mustChangePassword;
	}

	/**
	 * Whether the account's credentials changed since this principal was made: then every
	 * session made before ends.
	 */
	boolean outdatedBy(AccountCredentials account) {
		return !this.credentialsStamp.equals(account.credentialsChangedAt());
	}

	boolean mustChangePassword() {
		return this.mustChangePassword;
	}

	@Override
	public CurrentUser currentUser() {
		return this.user;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return this.user.roles().stream().map((role) -> new SimpleGrantedAuthority(role.authority())).toList();
	}

	List<String> roleNames() {
		return this.user.roles().stream().map(Enum::name).sorted().toList();
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.user.username();
	}

	@Override
	public boolean isEnabled() {
		return this.enabled;
	}

	/**
	 * A temporary password that ran out no longer signs in (checked after the password).
	 */
	@Override
	public boolean isCredentialsNonExpired() {
		return !this.temporaryPasswordExpired;
	}

	@Override
	public void eraseCredentials() {
		this.passwordHash = null;
	}

	@Override
	public String toString() {
		return "DataPactPrincipal[" + this.user.username() + "]";
	}

}
