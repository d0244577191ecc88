package org.datapact.security;

import org.datapact.organisation.CredentialsChanged;
import org.datapact.security.domain.ApiTokenService;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Revokes every API token of an account whose credentials or access changed, in the
 * transaction that made the change: both happen or neither.
 */
@Component
class CredentialsChangeListener {

	private final ApiTokenService tokens;

	CredentialsChangeListener(ApiTokenService tokens) {
		this.tokens = tokens;
	}

	@EventListener
	void revokeTokens(CredentialsChanged change) {
		this.tokens.revokeAll(change.userId(), change.organisationId(), change.reason().name());
	}

}
