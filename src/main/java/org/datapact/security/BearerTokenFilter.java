package org.datapact.security;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.datapact.organisation.AccountCredentials;
import org.datapact.organisation.UserAccounts;
import org.datapact.security.domain.ApiTokenService;
import org.datapact.security.domain.ApiTokenService.TokenOwner;
import org.datapact.shared.AuditEvent;
import org.datapact.shared.CurrentUser;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates API calls that carry {@code Authorization: Bearer <personal token>}. The
 * context lives for this request only and is never stored in a session. Every use is
 * audited.
 */
class BearerTokenFilter extends OncePerRequestFilter {

	private static final String BEARER = "Bearer ";

	private final ApiTokenService tokens;

	private final UserAccounts accounts;

	private final ApplicationEventPublisher events;

	private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

	BearerTokenFilter(ApiTokenService tokens, UserAccounts accounts, ApplicationEventPublisher events) {
		this.tokens = tokens;
		this.accounts = accounts;
		this.events = events;
	}

	static boolean hasBearer(HttpServletRequest request) {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		return header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!hasBearer(request)) {
			chain.doFilter(request, response);
			return;
		}
		String secret = request.getHeader(HttpHeaders.AUTHORIZATION).substring(BEARER.length()).strip();
		Optional<TokenOwner> owner = this.tokens.authenticate(secret);
		Optional<AccountCredentials> account = owner.flatMap((o) -> this.accounts.findById(o.userId()))
			.filter((a) -> a.canSignIn() && !a.mustChangePassword());
		if (account.isEmpty()) {
			this.events.publishEvent(new AuditEvent("API_TOKEN_REJECTED", "ApiToken",
					owner.map((o) -> o.tokenId().toString()).orElse(null), null, null, null, AuditEvent.Outcome.FAILURE,
					request.getMethod() + " " + request.getRequestURI()));
			response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
			return;
		}
		DataPactPrincipal principal = DataPactPrincipal.of(account.get());
		principal.eraseCredentials();
		CurrentUser user = principal.currentUser();
		SecurityContext context = this.contexts.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
		this.contexts.setContext(context);
		this.events.publishEvent(
				AuditEvent.success(user, "API_TOKEN_USED", "ApiToken", owner.get().tokenId(), user.organisationId())
					.withDetails(request.getMethod() + " " + request.getRequestURI()));
		try {
			chain.doFilter(request, response);
		}
		finally {
			this.contexts.clearContext();
		}
	}

}
