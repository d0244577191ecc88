package org.datapact.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.datapact.organisation.AccountCredentials;
import org.datapact.organisation.UserAccounts;
import org.datapact.security.domain.LoginHistory;
import org.datapact.shared.AuditEvent;
import org.datapact.shared.CurrentUser;
import org.datapact.shared.web.ClientAddress;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/** Records every sign-in, successful or not, in the login history and the audit log. */
@Component
class SignInHandlers {

	private static final int MAX_LABEL = 100;

	private final LoginHistory history;

	private final UserAccounts accounts;

	private final ApplicationEventPublisher events;

	private final LocaleResolver locales;

	SignInHandlers(LoginHistory history, UserAccounts accounts, ApplicationEventPublisher events,
			LocaleResolver locales) {
		this.history = history;
		this.accounts = accounts;
		this.events = events;
		this.locales = locales;
	}

	SavedRequestAwareAuthenticationSuccessHandler success() {
		SavedRequestAwareAuthenticationSuccessHandler handler = new SavedRequestAwareAuthenticationSuccessHandler() {

			@Override
			public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
					Authentication authentication) throws ServletException, IOException {
				DataPactPrincipal principal = (DataPactPrincipal) authentication.getPrincipal();
				CurrentUser user = principal.currentUser();
				SignInHandlers.this.history.record(user.id(), ClientAddress.of(request),
						request.getHeader("User-Agent"), true);
				SignInHandlers.this.events
					.publishEvent(AuditEvent.success(user, "LOGIN_SUCCESS", "User", user.id(), user.organisationId()));
				SignInHandlers.this.accounts.rememberLanguage(user.id(),
						SignInHandlers.this.locales.resolveLocale(request));
				if (principal.mustChangePassword()) {
					getRedirectStrategy().sendRedirect(request, response, PasswordChangeRequiredFilter.CHANGE_PAGE);
					return;
				}
				super.onAuthenticationSuccess(request, response, authentication);
			}

		};
		handler.setDefaultTargetUrl("/");
		return handler;
	}

	AuthenticationFailureHandler failure() {
		return (request, response, exception) -> {
			String attempted = request.getParameter("username");
			AccountCredentials account = this.accounts.findByUsername(attempted).orElse(null);
			if (account != null) {
				this.history.record(account.id(), ClientAddress.of(request), request.getHeader("User-Agent"), false);
			}
			this.events.publishEvent(new AuditEvent("LOGIN_FAILURE", "User",
					(account != null) ? account.id().toString() : null,
					(account != null) ? account.organisationId() : null, (account != null) ? account.id() : null,
					label(attempted), AuditEvent.Outcome.FAILURE, reason(exception)));
			String target = (exception instanceof LoginThrottledException) ? "/login?locked" : "/login?error";
			response.sendRedirect(request.getContextPath() + target);
		};
	}

	private static String reason(AuthenticationException exception) {
		return (exception instanceof LoginThrottledException) ? "throttled" : "bad-credentials";
	}

	private static String label(String attempted) {
		if (attempted == null) {
			return null;
		}
		String clean = attempted.strip().replaceAll("\\p{Cntrl}", "");
		return (clean.length() > MAX_LABEL) ? clean.substring(0, MAX_LABEL) : clean;
	}

}
