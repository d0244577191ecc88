package org.datapact.security;

import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.datapact.organisation.CredentialsChanged;
import org.datapact.organisation.UserAccounts;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The session that changed its own account's credentials (its password, or an
 * administrator's own roles) stays signed in: once the change is committed it takes the
 * account's new state and a new session id, while every other session of the account ends
 * at its next request ({@link AccountRefreshFilter}).
 */
@Component
public class SessionPrincipals {

	private final UserAccounts accounts;

	private final Clock clock;

	SessionPrincipals(UserAccounts accounts, Clock clock) {
		this.accounts = accounts;
		this.clock = clock;
	}

	/** Whether the signed-in person still has to replace a temporary password. */
	public boolean passwordChangeRequired() {
		Authentication current = SecurityContextHolder.getContext().getAuthentication();
		return current != null && current.getPrincipal() instanceof DataPactPrincipal principal
				&& principal.mustChangePassword();
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void credentialsChanged(CredentialsChanged change) {
		Authentication current = SecurityContextHolder.getContext().getAuthentication();
		if (current == null || BearerTokenAuthentication.isToken(current)
				|| !(current.getPrincipal() instanceof DataPactPrincipal principal)
				|| !principal.currentUser().id().equals(change.userId())
				|| !(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
			return;
		}
		HttpServletRequest request = attributes.getRequest();
		HttpSession session = request.getSession(false);
		if (session == null) {
			return;
		}
		this.accounts.findById(change.userId()).filter((account) -> account.canSignIn()).ifPresent((account) -> {
			DataPactPrincipal updated = DataPactPrincipal.of(account, this.clock.instant());
			updated.eraseCredentials();
			SecurityContext context = SecurityContextHolder.createEmptyContext();
			context.setAuthentication(
					UsernamePasswordAuthenticationToken.authenticated(updated, null, updated.getAuthorities()));
			SecurityContextHolder.setContext(context);
			request.changeSessionId();
			request.getSession()
				.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
		});
	}

}
