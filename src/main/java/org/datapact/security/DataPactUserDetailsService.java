package org.datapact.security;

import java.time.Clock;

import org.datapact.organisation.UserAccounts;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

@Component
class DataPactUserDetailsService implements UserDetailsService, UserDetailsPasswordService {

	private final UserAccounts accounts;

	private final Clock clock;

	DataPactUserDetailsService(UserAccounts accounts, Clock clock) {
		this.accounts = accounts;
		this.clock = clock;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		return this.accounts.findByUsername(username)
			.map((account) -> DataPactPrincipal.of(account, this.clock.instant()))
			.orElseThrow(() -> new UsernameNotFoundException("Unknown user"));
	}

	/**
	 * Re-hashes a password whose stored hash used weaker parameters than today's encoder.
	 */
	@Override
	public UserDetails updatePassword(UserDetails user, String newPassword) {
		DataPactPrincipal principal = (DataPactPrincipal) user;
		this.accounts.rehash(principal.currentUser().id(), newPassword);
		return principal;
	}

}
