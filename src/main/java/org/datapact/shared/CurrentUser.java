package org.datapact.shared;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The signed-in person as the service layer sees it. Tenancy decisions are made from this
 * record, never from URL patterns alone.
 */
public record CurrentUser(UUID id, String username, String displayName, UUID organisationId, Set<Role> roles) {

	public CurrentUser {
		roles = Set.copyOf(roles);
	}

	public boolean has(Role role) {
		return this.roles.contains(role);
	}

	public boolean isAdmin() {
		return has(Role.ADMIN);
	}

	/**
	 * Admins and scopers work across organisations; partners and volunteers see only
	 * their own.
	 */
	public boolean worksAcrossOrganisations() {
		return has(Role.ADMIN) || has(Role.SCOPER);
	}

	public boolean canSee(UUID organisationId) {
		return worksAcrossOrganisations() || this.organisationId.equals(organisationId);
	}

	public static Optional<CurrentUser> fromSecurityContext() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof AuthenticatedUser user) {
			return Optional.of(user.currentUser());
		}
		return Optional.empty();
	}

	public static CurrentUser required() {
		return fromSecurityContext().orElseThrow(() -> new IllegalStateException("No signed-in user"));
	}

}
