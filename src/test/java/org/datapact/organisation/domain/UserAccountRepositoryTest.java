package org.datapact.organisation.domain;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.datapact.organisation.OrganisationKind;
import org.datapact.shared.Role;
import org.datapact.shared.crypto.PersonalDataCipher;
import org.datapact.support.TestDatabaseInitializer;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** JPA slice on real PostgreSQL with the Flyway schema. */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
@Import(PersonalDataCipher.class)
class UserAccountRepositoryTest {

	@Autowired
	OrganisationRepository organisations;

	@Autowired
	UserAccountRepository users;

	@Test
	void storesRolesAndFindsByOrganisationInNameOrder() {
		Organisation organisation = this.organisations.save(new Organisation("Slice " + java.util.UUID.randomUUID(),
				OrganisationKind.PARTNER, "ML", Instant.now()));
		this.users.save(account(organisation, "zed", "Zed", Set.of(Role.PARTNER, Role.VOLUNTEER)));
		this.users.save(account(organisation, "amy", "Amy", Set.of(Role.PARTNER)));
		this.users.flush();
		List<UserAccount> found = this.users.findByOrganisationIdOrderByDisplayNameAsc(organisation.getId());
		assertThat(found).extracting(UserAccount::getDisplayName).containsExactly("Amy", "Zed");
		assertThat(found.get(1).getRoles()).containsExactlyInAnyOrder(Role.PARTNER, Role.VOLUNTEER);
		assertThat(this.users.existsByUsername(found.get(0).getUsername())).isTrue();
	}

	@Test
	void organisationNamesAreUniqueWhateverTheCase() {
		String name = "Unique " + java.util.UUID.randomUUID();
		this.organisations.saveAndFlush(new Organisation(name, OrganisationKind.PARTNER, null, Instant.now()));
		assertThatThrownBy(() -> this.organisations
			.saveAndFlush(new Organisation(name.toUpperCase(), OrganisationKind.PARTNER, null, Instant.now())))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void usernamesAreUnique() {
		Organisation organisation = this.organisations.saveAndFlush(new Organisation(
				"Unique " + java.util.UUID.randomUUID(), OrganisationKind.PARTNER, null, Instant.now()));
		UserAccount first = account(organisation, "same", "First", Set.of(Role.PARTNER));
		this.users.saveAndFlush(first);
		UserAccount second = new UserAccount(organisation.getId(), first.getUsername(), "Second", "x@example.org",
				Set.of(Role.PARTNER), "{noop}x", false, Instant.now());
		assertThatThrownBy(() -> this.users.saveAndFlush(second)).isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void versionIncreasesOnEveryChange() {
		Organisation organisation = this.organisations.saveAndFlush(new Organisation(
				"Versioned " + java.util.UUID.randomUUID(), OrganisationKind.PARTNER, null, Instant.now()));
		long before = organisation.getVersion();
		organisation.update("Versioned again " + java.util.UUID.randomUUID(), "KE", Instant.now());
		this.organisations.saveAndFlush(organisation);
		assertThat(organisation.getVersion()).isEqualTo(before + 1);
	}

	private static UserAccount account(Organisation organisation, String prefix, String name, Set<Role> roles) {
		String username = prefix + "-" + java.util.UUID.randomUUID().toString().substring(0, 8);
		return new UserAccount(organisation.getId(), username, name, username + "@example.org", roles, "{noop}x", false,
				Instant.now());
	}

}
