package org.datapact.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Replaces the signed-in principal after a password change and gives the session a new
 * id.
 */
@Component
public class SessionPrincipals {

	private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();

	/** Whether the signed-in person still has to replace a temporary password. */
	public boolean passwordChangeRequired() {
		Authentication current = SecurityContextHolder.getContext().getAuthentication();
		return current != null && current.getPrincipal() instanceof DataPactPrincipal principal
				&& principal.mustChangePassword();
	}

	public void passwordChanged(HttpServletRequest request, HttpServletResponse response) {
		Authentication current = SecurityContextHolder.getContext().getAuthentication();
		if (current == null || !(current.getPrincipal() instanceof DataPactPrincipal principal)) {
			return;
		}
		DataPactPrincipal updated = principal.withPasswordChanged();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(updated, null, updated.getAuthorities()));
		SecurityContextHolder.setContext(context);
		if (request.getSession(false) != null) {
			request.changeSessionId();
			this.repository.saveContext(context, request, response);
		}
	}

}
