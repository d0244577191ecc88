package org.datapact.security;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Someone signed in with a temporary password may do nothing but replace it (or sign
 * out).
 */
class PasswordChangeRequiredFilter extends OncePerRequestFilter {

	static final String CHANGE_PAGE = "/profile/password";

	private static final Set<String> ALLOWED = Set.of(CHANGE_PAGE, "/logout", "/error", "/login");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (authentication != null && authentication.getPrincipal() instanceof DataPactPrincipal principal
				&& principal.mustChangePassword() && !ALLOWED.contains(path) && !isStatic(path)) {
			if (path.startsWith("/api/")) {
				response.sendError(HttpServletResponse.SC_FORBIDDEN);
			}
			else {
				response.sendRedirect(request.getContextPath() + CHANGE_PAGE);
			}
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean isStatic(String path) {
		return path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/webjars/")
				|| path.startsWith("/images/");
	}

}
