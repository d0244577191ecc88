package org.datapact.security;

import java.io.IOException;
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
 * Keeps a session in step with the account behind it. A deactivated person, or one whose
 * organisation was deactivated, is signed out at their next request; changed roles or a
 * reset password apply at once instead of at the next sign-in.
 */
class AccountRefreshFilter extends OncePerRequestFilter {

	private final UserAccounts accounts;

	private final SecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

	AccountRefreshFilter(UserAccounts accounts) {
		this.accounts = accounts;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (BearerTokenFilter.hasBearer(request) || authentication == null
				|| !(authentication.getPrincipal() instanceof DataPactPrincipal principal)) {
			chain.doFilter(request, response);
			return;
		}
		Optional<AccountCredentials> account = this.accounts.findById(principal.currentUser().id());
		if (account.isEmpty() || !account.get().canSignIn()) {
			signOut(request, response);
			return;
		}
		DataPactPrincipal fresh = DataPactPrincipal.of(account.get());
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
