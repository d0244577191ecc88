package org.datapact.security;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session a fixed time after it began, however active it has been; the idle
 * timeout is the servlet container's.
 */
class AbsoluteSessionTimeoutFilter extends OncePerRequestFilter {

	static final String STARTED = AbsoluteSessionTimeoutFilter.class.getName() + ".STARTED";

	private final Clock clock;

	private final Duration maximum;

	AbsoluteSessionTimeoutFilter(Clock clock, Duration maximum) {
		this.clock = clock;
		this.maximum = maximum;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		if (session != null && this.clock.millis() - startOf(session) > this.maximum.toMillis()) {
			session.invalidate();
			SecurityContextHolder.clearContext();
			if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
				response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
			}
			else {
				response.sendRedirect(request.getContextPath() + "/login?expired");
			}
			return;
		}
		chain.doFilter(request, response);
	}

	/**
	 * When the session began by the application's clock, which is the one "now" is read
	 * from. The container stamps a session's creation with the system clock, which may
	 * differ from the application's (a test moves it), so the first time a session is
	 * seen its age by the system clock is carried over to the application's clock.
	 */
	private long startOf(HttpSession session) {
		if (session.getAttribute(STARTED) instanceof Long started) {
			return started;
		}
		long age = Math.max(0, System.currentTimeMillis() - session.getCreationTime());
		long started = this.clock.millis() - age;
		session.setAttribute(STARTED, started);
		return started;
	}

}
