package org.datapact.organisation.domain;

import java.time.Clock;

import org.datapact.organisation.PasswordPolicy;
import org.datapact.support.Fixtures;
import org.datapact.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The first administrator's password meets the same rules as everyone's and is replaced
 * at first sign-in; the demo refuses a database holding real organisations.
 */
@IntegrationTest
class BootstrapAndDemoTest {

	@Autowired
	OrganisationRepository organisations;

	@Autowired
	UserAccountRepository users;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	Clock clock;

	@Autowired
	PasswordPolicy policy;

	@Autowired
	AccountSetup setup;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aBootstrapPasswordThatBreaksTheRulesStopsTheStartAndCreatesNobody() {
		for (String weak : new String[] { "short", "password1234", "qwertyuiop!!!", "aaaaaaaaaaaaaaaa" }) {
			String username = "boot" + Fixtures.unique();
			FirstAdminBootstrap bootstrap = new FirstAdminBootstrap(withoutAdministrators(), this.policy, username,
					weak, "DataPact operator");
			assertThatThrownBy(() -> bootstrap.run(null)).as(weak)
				.isInstanceOf(IllegalStateException.class)
				.hasMessageContaining("password rules")
				.hasMessageNotContaining(weak);
			assertThat(this.users.existsByUsername(username)).isFalse();
		}
		String username = "boot" + Fixtures.unique();
		FirstAdminBootstrap containsName = new FirstAdminBootstrap(withoutAdministrators(), this.policy, username,
				username + " is my password", "DataPact operator");
		assertThatThrownBy(() -> containsName.run(null)).isInstanceOf(IllegalStateException.class);
	}

	@Test
	void theFirstAdministratorMustChooseANewPasswordAtFirstSignIn() {
		String username = "Boot" + Fixtures.unique();
		new FirstAdminBootstrap(withoutAdministrators(), this.policy, username, "a long operator passphrase here",
				"DataPact operator")
			.run(null);
		UserAccount admin = this.users.findByUsername(username.toLowerCase()).orElseThrow();
		assertThat(admin.isMustChangePassword()).isTrue();
		assertThat(admin.getRoles()).containsExactly(org.datapact.shared.Role.ADMIN);
		assertThat(this.encoder.matches("a long operator passphrase here", admin.getPasswordHash())).isTrue();
	}

	@Test
	void theDemoRefusesToStartBesideOrganisationsItDidNotCreate() {
		this.fixtures.partner();
		assertThat(this.jdbc.queryForObject("select count(*) from organisation where demo", Integer.class)).isZero();
		DemoData demo = new DemoData(this.setup, "datapact-demo-2026");
		assertThatThrownBy(() -> demo.run(null)).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("demo profile refuses to start")
			.hasMessageContaining("organisations that the demo did not create");
		assertThat(this.users.existsByUsername("partner.hope")).isFalse();
	}

	/** The real account set-up, on a database where no administrator exists yet. */
	private AccountSetup withoutAdministrators() {
		return new AccountSetup(this.organisations, this.users, this.encoder, this.events, this.clock) {
			@Override
			boolean anyActiveAdmin() {
				return false;
			}
		};
	}

}
