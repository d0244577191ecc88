package org.datapact.organisation;

import java.util.Optional;

/**
 * The rules every password meets, provided by the security module: the message key of the
 * rule a password breaks, or empty when it is acceptable.
 */
public interface PasswordPolicy {

	Optional<String> check(String password, String username);

}
