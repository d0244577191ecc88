package org.datapact.organisation.domain;

import java.util.Set;

import org.datapact.organisation.OrganisationKind;
import org.datapact.shared.InvalidRequestException;
import org.datapact.shared.Role;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UserRolesTest {

	@Test
	void operatorStaffMayBeAdminsScopersAndVolunteers() {
		assertThatCode(() -> UserService.checkRoles(OrganisationKind.OPERATOR, Set.of(Role.ADMIN, Role.SCOPER)))
			.doesNotThrowAnyException();
		assertThatCode(() -> UserService.checkRoles(OrganisationKind.OPERATOR, Set.of(Role.VOLUNTEER)))
			.doesNotThrowAnyException();
	}

	@Test
	void partnerStaffMayBePartnersAndVolunteersOnly() {
		assertThatCode(() -> UserService.checkRoles(OrganisationKind.PARTNER, Set.of(Role.PARTNER, Role.VOLUNTEER)))
			.doesNotThrowAnyException();
		assertThatThrownBy(() -> UserService.checkRoles(OrganisationKind.PARTNER, Set.of(Role.ADMIN)))
			.isInstanceOf(InvalidRequestException.class);
		assertThatThrownBy(() -> UserService.checkRoles(OrganisationKind.PARTNER, Set.of(Role.SCOPER)))
			.isInstanceOf(InvalidRequestException.class);
		assertThatThrownBy(() -> UserService.checkRoles(OrganisationKind.OPERATOR, Set.of(Role.PARTNER)))
			.isInstanceOf(InvalidRequestException.class);
	}

	@Test
	void atLeastOneRole() {
		assertThatThrownBy(() -> UserService.checkRoles(OrganisationKind.PARTNER, Set.of()))
			.isInstanceOf(InvalidRequestException.class);
	}

	@Test
	void usernamesAreNormalisedAndRestricted() {
		org.assertj.core.api.Assertions.assertThat(UserService.normaliseUsername("  Alice.Smith@Example.org "))
			.isEqualTo("alice.smith@example.org");
		assertThatThrownBy(() -> UserService.normaliseUsername("al")).isInstanceOf(InvalidRequestException.class);
		assertThatThrownBy(() -> UserService.normaliseUsername("bad name")).isInstanceOf(InvalidRequestException.class);
		assertThatThrownBy(() -> UserService.normaliseUsername("<script>")).isInstanceOf(InvalidRequestException.class);
	}

	@Test
	void temporaryPasswordsAreLongAndRandom() {
		String first = TemporaryPasswords.generate();
		org.assertj.core.api.Assertions.assertThat(first).hasSize(23).isNotEqualTo(TemporaryPasswords.generate());
	}

}
