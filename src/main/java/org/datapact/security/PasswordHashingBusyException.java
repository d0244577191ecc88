package org.datapact.security;

import org.datapact.shared.BusyException;

/**
 * Too many passwords are being hashed at once: the request is refused (503 with
 * Retry-After, or a message on the sign-in page) instead of queueing without bound.
 */
class PasswordHashingBusyException extends BusyException {

	PasswordHashingBusyException() {
		super("Too many password checks at once");
	}

}
