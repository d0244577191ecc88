package org.datapact.organisation;

import java.util.UUID;

import org.datapact.organisation.domain.OrganisationCommand;
import org.datapact.organisation.domain.OrganisationService;
import org.datapact.organisation.domain.OrganisationView;
import org.datapact.organisation.domain.UserCommand;
import org.datapact.organisation.domain.UserFilter;
import org.datapact.organisation.domain.UserService;
import org.datapact.organisation.domain.UserView;
import org.datapact.shared.ForbiddenException;
import org.datapact.shared.NotFoundException;
import org.datapact.shared.PageQuery;
import org.datapact.shared.Role;
import org.datapact.support.Fixtures;
import org.datapact.support.Fixtures.TestUser;
import org.datapact.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Tenancy is enforced by the services themselves, whatever the URL rules say. */
@IntegrationTest
class OrganisationTenancyTest {

	@Autowired
	Fixtures fixtures;

	@Autowired
	OrganisationService organisations;

	@Autowired
	UserService users;

	UUID ownOrganisation;

	UUID otherOrganisation;

	TestUser partner;

	TestUser otherPartner;

	@BeforeEach
	void setUp() {
		this.ownOrganisation = this.fixtures.partner();
		this.otherOrganisation = this.fixtures.partner();
		this.partner = this.fixtures.user(this.ownOrganisation, Role.PARTNER);
		this.otherPartner = this.fixtures.user(this.otherOrganisation, Role.PARTNER);
	}

	@Test
	void partnerListsOnlyTheirOwnOrganisation() {
		assertThat(this.organisations.list(this.partner.current(), null, PageQuery.firstOf(PageQuery.MAX_SIZE)).items())
			.extracting(OrganisationView::id)
			.containsExactly(this.ownOrganisation);
	}

	@Test
	void partnerGetsNotFoundForAnotherOrganisationAndItsPeople() {
		assertThatThrownBy(() -> this.organisations.get(this.partner.current(), this.otherOrganisation))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.users.list(this.partner.current(), new UserFilter(this.otherOrganisation, null),
				PageQuery.firstOf(20)))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.users.get(this.partner.current(), this.otherPartner.id()))
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	void anotherOrganisationLooksExactlyLikeOneThatDoesNotExist() {
		Throwable other = org.assertj.core.api.Assertions
			.catchThrowable(() -> this.organisations.get(this.partner.current(), this.otherOrganisation));
		Throwable missing = org.assertj.core.api.Assertions
			.catchThrowable(() -> this.organisations.get(this.partner.current(), UUID.randomUUID()));
		assertThat(other).isExactlyInstanceOf(missing.getClass());
	}

	@Test
	void partnerCannotChangeEvenTheirOwnOrganisationOrAnother() {
		OrganisationCommand rename = new OrganisationCommand("Renamed " + Fixtures.unique(), null, null);
		assertThatThrownBy(() -> this.organisations.update(this.partner.current(), this.ownOrganisation, 0, rename))
			.isInstanceOf(ForbiddenException.class);
		assertThatThrownBy(() -> this.organisations.update(this.partner.current(), this.otherOrganisation, 0, rename))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.organisations.setActive(this.partner.current(), this.otherOrganisation, false))
			.isInstanceOf(NotFoundException.class);
		assertThat(this.organisations.get(this.otherPartner.current(), this.otherOrganisation).active()).isTrue();
	}

	@Test
	void partnerSeesOnlyColleagues() {
		assertThat(this.users
			.list(this.partner.current(), new UserFilter(null, null), PageQuery.firstOf(PageQuery.MAX_SIZE))
			.items()).extracting(UserView::organisationId).containsOnly(this.ownOrganisation);
	}

	@Test
	void scoperReadsAcrossOrganisationsButChangesNothing() {
		TestUser scoper = this.fixtures.scoper();
		assertThat(this.organisations.get(scoper.current(), this.otherOrganisation).id())
			.isEqualTo(this.otherOrganisation);
		assertThatThrownBy(() -> this.users.resetPassword(scoper.current(), this.otherPartner.id()))
			.isInstanceOf(ForbiddenException.class);
	}

	@Test
	void partnerRoleOnlyInPartnerOrganisations() {
		TestUser admin = this.fixtures.admin();
		UserCommand wrong = new UserCommand(this.fixtures.operator(), "x" + Fixtures.unique(), "X", "x@example.org",
				java.util.Set.of(Role.PARTNER));
		assertThatThrownBy(() -> this.users.create(admin.current(), wrong))
			.isInstanceOf(org.datapact.shared.InvalidRequestException.class);
	}

}
