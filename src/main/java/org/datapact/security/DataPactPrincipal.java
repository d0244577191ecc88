package org.datapact.security;

import java.util.Collection;
import java.util.List;

import org.datapact.organisation.AccountCredentials;
import org.datapact.shared.AuthenticatedUser;
import org.datapact.shared.CurrentUser;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The principal kept in the session or built per API call from a token. */
final class DataPactPrincipal implements UserDetails, CredentialsContainer, AuthenticatedUser {

	private final CurrentUser user;

	private String passwordHash;

	private final boolean enabled;

	private final boolean mustChangePassword;

	private DataPactPrincipal(CurrentUser user, String passwordHash, boolean enabled, boolean mustChangePassword) {
		this.user = user;
		this.passwordHash = passwordHash;
		this.enabled = enabled;
		this.mustChangePassword = mustChangePassword;
	}

	static DataPactPrincipal of(AccountCredentials account) {
		CurrentUser user = new CurrentUser(account.id(), account.username(), account.displayName(),
				account.organisationId(), account.roles());
		return new DataPactPrincipal(user, account.passwordHash(), account.canSignIn(), account.mustChangePassword());
	}

	DataPactPrincipal withPasswordChanged() {
		return new DataPactPrincipal(this.user, null, this.enabled, false);
	}

	/** Same person with the same organisation, roles, name and password state. */
	boolean sameAccess(DataPactPrincipal other) {
		return this.user.equals(other.user) && this.mustChangePassword == other.mustChangePassword;
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

	@Override
	public void eraseCredentials() {
		this.passwordHash = null;
	}

	@Override
	public String toString() {
		return "DataPactPrincipal[" + this.user.username() + "]";
	}

}
