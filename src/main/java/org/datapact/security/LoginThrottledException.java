package org.datapact.security;

import org.springframework.security.core.AuthenticationException;

/** Too many failed sign-ins for this account name or from this address. */
class LoginThrottledException extends AuthenticationException {

	LoginThrottledException() {
		super("Too many failed sign-ins");
	}

}
