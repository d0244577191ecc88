package org.datapact.organisation;

import java.time.Instant;
import java.util.UUID;

/**
 * An account's credentials or access changed: its own password change, an administrator's
 * reset, deactivation or a change of roles. Published inside the transaction that made
 * the change; every session and API token of the account from before {@code changedAt}
 * ends (the session that made its own change carries on).
 */
public record CredentialsChanged(UUID userId, UUID organisationId, Instant changedAt, Reason reason) {

	public enum Reason {

		PASSWORD_CHANGED, PASSWORD_RESET, DEACTIVATED, ROLES_CHANGED

	}

}
