package org.datapact.security;

import java.io.IOException;
import java.time.Clock;

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
import org.springframework.security.authentication.CredentialsExpiredException;
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

	private final Clock clock;

	SignInHandlers(LoginHistory history, UserAccounts accounts, ApplicationEventPublisher events,
			LocaleResolver locales, Clock clock) {
		this.history = history;
		this.accounts = accounts;
		this.events = events;
		this.locales = locales;
		this.clock = clock;
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

	/**
	 * Tells the person why the sign-in failed, never whether the account exists. Wrong
	 * passwords of known accounts are audited one by one (the throttle bounds them);
	 * attempts refused before any password was checked, and attempts at names nobody has,
	 * are noise: counted and sampled.
	 */
	AuthenticationFailureHandler failure() {
		return (request, response, exception) -> {
			String attempted = request.getParameter("username");
			boolean checked = !(exception instanceof SignInRefusedException refused)
					|| refused.reason() == SignInRefusedException.Reason.LOCKED;
			AccountCredentials account = this.accounts.findByUsername(attempted).orElse(null);
			if (account != null && checked) {
				this.history.record(account.id(), ClientAddress.of(request), request.getHeader("User-Agent"), false);
			}
			AuditEvent event = new AuditEvent("LOGIN_FAILURE", "User",
					(account != null) ? account.id().toString() : null,
					(account != null) ? account.organisationId() : null, (account != null) ? account.id() : null,
					label(attempted), AuditEvent.Outcome.FAILURE, reason(exception));
			this.events.publishEvent((account != null && checked) ? event : event.noise());
			response.sendRedirect(request.getContextPath() + target(exception));
		};
	}

	private String target(AuthenticationException exception) {
		if (exception instanceof CredentialsExpiredException) {
			return "/login?temporaryExpired";
		}
		if (!(exception instanceof SignInRefusedException refused)) {
			return "/login?error";
		}
		return switch (refused.reason()) {
			case WAIT -> "/login?wait=" + refused.secondsToWait(this.clock.instant());
			case NETWORK -> "/login?network=" + (refused.secondsToWait(this.clock.instant()) + 59) / 60;
			case LOCKED -> "/login?locked";
			case BUSY -> "/login?busy";
		};
	}

	private static String reason(AuthenticationException exception) {
		if (exception instanceof SignInRefusedException refused) {
			return "throttled-" + refused.reason().name().toLowerCase(java.util.Locale.ROOT);
		}
		return (exception instanceof CredentialsExpiredException) ? "temporary-password-expired" : "bad-credentials";
	}

	private static String label(String attempted) {
		if (attempted == null) {
			return null;
		}
		String clean = attempted.strip().replaceAll("\\p{Cntrl}", "");
		return (clean.length() > MAX_LABEL) ? clean.substring(0, MAX_LABEL) : clean;
	}

}
