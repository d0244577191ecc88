package org.datapact.shared;

/**
 * Implemented by the security module's principals so that any module can find the current
 * user without depending on the security module.
 */
public interface AuthenticatedUser {

	CurrentUser currentUser();

}
