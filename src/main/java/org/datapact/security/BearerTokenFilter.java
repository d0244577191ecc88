package org.datapact.security;

import java.io.IOException;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.datapact.organisation.AccountCredentials;
import org.datapact.organisation.UserAccounts;
import org.datapact.security.domain.ApiTokenService;
import org.datapact.security.domain.ApiTokenService.TokenOwner;
import org.datapact.security.domain.TokenScope;
import org.datapact.shared.AuditEvent;
import org.datapact.shared.CurrentUser;
import org.datapact.shared.api.ApiWrites;
import org.datapact.shared.web.Problems;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates API calls that carry {@code Authorization: Bearer <personal token>}. The
 * context lives for this request only and is never stored in a session. Tokens work on
 * the API and the actuator only, never on pages; they cannot make, list or revoke tokens
 * nor change the password (a stolen token must not mint a longer-lived one); a read-only
 * token cannot change anything; a token made before its owner's credentials last changed
 * no longer works. Every use is audited; rejected tokens are sampled, not written one row
 * each.
 */
class BearerTokenFilter extends OncePerRequestFilter {

	private static final String BEARER = "Bearer ";

	/** Only a signed-in session may manage tokens or change the password. */
	private static final Set<String> SESSION_ONLY = Set.of("/api/v1/me/tokens", "/api/v1/me/password");

	private final ApiTokenService tokens;

	private final UserAccounts accounts;

	private final ApplicationEventPublisher events;

	private final java.time.Clock clock;

	private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

	BearerTokenFilter(ApiTokenService tokens, UserAccounts accounts, ApplicationEventPublisher events,
			java.time.Clock clock) {
		this.tokens = tokens;
		this.accounts = accounts;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Whether a call may change something: what a read-only token may not do, and what
	 * the API's write limits count.
	 */
	static boolean isWrite(String method, String path) {
		return ApiWrites.isWrite(method, path);
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
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (!path.startsWith("/api/") && !path.startsWith("/actuator/")) {
			refuse(request, response, HttpServletResponse.SC_UNAUTHORIZED, "token.pagesNeedSession");
			return;
		}
		String secret = request.getHeader(HttpHeaders.AUTHORIZATION).substring(BEARER.length()).strip();
		Optional<TokenOwner> owner = this.tokens.authenticate(secret);
		Optional<AccountCredentials> account = owner.flatMap((o) -> this.accounts.findById(o.userId()))
			.filter((a) -> a.canSignIn() && !a.mustChangePassword()
					&& !owner.get().createdAt().isBefore(a.credentialsChangedAt()));
		if (account.isEmpty()) {
			this.events.publishEvent(new AuditEvent("API_TOKEN_REJECTED", "ApiToken",
					owner.map((o) -> o.tokenId().toString()).orElse(null), null, null, null, AuditEvent.Outcome.FAILURE,
					request.getMethod() + " " + path)
				.noise());
			refuse(request, response, HttpServletResponse.SC_UNAUTHORIZED, null);
			return;
		}
		DataPactPrincipal principal = DataPactPrincipal.of(account.get(), this.clock.instant());
		principal.eraseCredentials();
		CurrentUser user = principal.currentUser();
		TokenScope scope = owner.get().scope();
		if (SESSION_ONLY.stream().anyMatch((p) -> path.equals(p) || path.startsWith(p + "/"))) {
			refuse(request, response, HttpServletResponse.SC_FORBIDDEN, "token.sessionOnly");
			return;
		}
		if (scope != TokenScope.READ_WRITE && isWrite(request.getMethod(), path)) {
			this.events.publishEvent(new AuditEvent("API_TOKEN_SCOPE_REFUSED", "ApiToken",
					owner.get().tokenId().toString(), user.organisationId(), user.id(), null, AuditEvent.Outcome.DENIED,
					request.getMethod() + " " + path));
			refuse(request, response, HttpServletResponse.SC_FORBIDDEN, "token.readOnly");
			return;
		}
		SecurityContext context = this.contexts.createEmptyContext();
		context.setAuthentication(new BearerTokenAuthentication(principal, owner.get().tokenId(), scope));
		this.contexts.setContext(context);
		this.events.publishEvent(
				AuditEvent.success(user, "API_TOKEN_USED", "ApiToken", owner.get().tokenId(), user.organisationId())
					.withDetails(request.getMethod() + " " + path));
		try {
			chain.doFilter(request, response);
		}
		finally {
			this.contexts.clearContext();
		}
	}

	/** Answers with the error page or problem+json, saying why when there is a reason. */
	private static void refuse(HttpServletRequest request, HttpServletResponse response, int status, String reason)
			throws IOException {
		if (reason != null) {
			request.setAttribute(Problems.DETAIL_KEY, reason);
		}
		response.sendError(status);
	}

}
