package org.datapact.security;

import java.io.IOException;
import java.time.Clock;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.datapact.organisation.AccountCredentials;
import org.datapact.organisation.UserAccounts;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps a session in step with the account behind it, with one query per request. A
 * deactivated person, one whose organisation was deactivated, and every session from
 * before the account's credentials last changed (a password change or reset, new roles)
 * are signed out at their next request, on whichever instance it arrives: the state is
 * read from the database, not from the instance that made the change. A changed name
 * applies at once.
 */
class AccountRefreshFilter extends OncePerRequestFilter {

	private final UserAccounts accounts;

	private final Clock clock;

	private final SecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

	AccountRefreshFilter(UserAccounts accounts, Clock clock) {
		this.accounts = accounts;
		this.clock = clock;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (BearerTokenAuthentication.isToken(authentication) || authentication == null
				|| !(authentication.getPrincipal() instanceof DataPactPrincipal principal)) {
			chain.doFilter(request, response);
			return;
		}
		Optional<AccountCredentials> account = this.accounts.findById(principal.currentUser().id());
		if (account.isEmpty() || !account.get().canSignIn() || principal.outdatedBy(account.get())) {
			signOut(request, response);
			return;
		}
		DataPactPrincipal fresh = DataPactPrincipal.of(account.get(), this.clock.instant());
		fresh.eraseCredentials();
		if (!fresh.sameAccess(principal)) {
			SecurityContext context = SecurityContextHolder.createEmptyContext();
			context.setAuthentication(
					UsernamePasswordAuthenticationToken.authenticated(fresh, null, fresh.getAuthorities()));
			SecurityContextHolder.setContext(context);
			this.sessions.saveContext(context, request, response);
		}
		chain.doFilter(request, response);
	}

	private static void signOut(HttpServletRequest request, HttpServletResponse response) throws IOException {
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.invalidate();
		}
		SecurityContextHolder.clearContext();
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
		}
		else {
			response.sendRedirect(request.getContextPath() + "/login?expired");
		}
	}

}
