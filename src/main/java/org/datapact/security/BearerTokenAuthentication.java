package org.datapact.security;

import java.util.UUID;

import org.datapact.security.domain.TokenScope;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * A request authenticated by a personal API token, for that request only: never kept in a
 * session, and limited to what the token's scope allows.
 */
final class BearerTokenAuthentication extends AbstractAuthenticationToken {

	private final DataPactPrincipal principal;

	private final UUID tokenId;

	private final TokenScope scope;

	BearerTokenAuthentication(DataPactPrincipal principal, UUID tokenId, TokenScope scope) {
		super(principal.getAuthorities());
		this.principal = principal;
		this.tokenId = tokenId;
		this.scope = scope;
		setAuthenticated(true);
	}

	static boolean isToken(Authentication authentication) {
		return authentication instanceof BearerTokenAuthentication;
	}

	@Override
	public Object getCredentials() {
		return null;
	}

	@Override
	public DataPactPrincipal getPrincipal() {
		return this.principal;
	}

	UUID tokenId() {
		return this.tokenId;
	}

	TokenScope scope() {
		return this.scope;
	}

}
