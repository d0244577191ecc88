package org.datapact.organisation.domain;

import java.util.Set;

import org.datapact.organisation.PasswordPolicy;
import org.datapact.shared.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * A production start never creates accounts on its own. When no active administrator
 * exists and the operator supplies {@code DATAPACT_BOOTSTRAP_ADMIN_USERNAME} and
 * {@code DATAPACT_BOOTSTRAP_ADMIN_PASSWORD}, this creates the operating organisation and
 * the first administrator once. The password is never logged.
 */
@Component
@Order(1)
class FirstAdminBootstrap implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstAdminBootstrap.class);

	private final AccountSetup setup;

	private final String username;

	private final String password;

	private final String operatorName;

	private final PasswordPolicy policy;

	FirstAdminBootstrap(AccountSetup setup, PasswordPolicy policy,
			@Value("${datapact.bootstrap.admin-username:}") String username,
			@Value("${datapact.bootstrap.admin-password:}") String password,
			@Value("${datapact.bootstrap.operator-name:DataPact operator}") String operatorName) {
		this.setup = setup;
		this.policy = policy;
		this.username = username;
		this.password = password;
		this.operatorName = operatorName;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.setup.anyActiveAdmin()) {
			return;
		}
		if (!StringUtils.hasText(this.username) || !StringUtils.hasText(this.password)) {
			log.warn("No administrator exists yet. Set DATAPACT_BOOTSTRAP_ADMIN_USERNAME and "
					+ "DATAPACT_BOOTSTRAP_ADMIN_PASSWORD and restart to create the first one.");
			return;
		}
		String normalised = UserService.normaliseUsername(this.username);
		this.policy.check(this.password, normalised).ifPresent((rule) -> {
			throw new IllegalStateException("DATAPACT_BOOTSTRAP_ADMIN_PASSWORD breaks the password rules (" + rule
					+ "): use 12 to 128 characters, not a common password and not containing the username");
		});
		Organisation operator = this.setup.operator(this.operatorName);
		this.setup.account(operator, normalised, "Administrator", Set.of(Role.ADMIN), this.password, true);
		log.info("Created the first administrator '{}', who must choose a new password at first sign-in. "
				+ "Remove the bootstrap variables now.", normalised);
	}

}
