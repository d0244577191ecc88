package org.datapact.organisation.domain;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.datapact.organisation.OrganisationKind;
import org.datapact.shared.AuditEvent;
import org.datapact.shared.Role;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates organisations and accounts outside a signed-in session: first admin and demo
 * data.
 */
@Component
class AccountSetup {

	private final OrganisationRepository organisations;

	private final UserAccountRepository users;

	private final PasswordEncoder passwordEncoder;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AccountSetup(OrganisationRepository organisations, UserAccountRepository users, PasswordEncoder passwordEncoder,
			ApplicationEventPublisher events, Clock clock) {
		this.organisations = organisations;
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.events = events;
		this.clock = clock;
	}

	/** The named demo organisation, created (and marked as the demo's) when missing. */
	@Transactional
	Organisation demoOrganisation(String name, OrganisationKind kind, String country) {
		Organisation organisation = (kind == OrganisationKind.OPERATOR)
				? this.organisations.findFirstByKind(OrganisationKind.OPERATOR)
					.orElseGet(() -> organisation(name, kind, country))
				: organisation(name, kind, country);
		organisation.markDemo();
		return organisation;
	}

	/**
	 * An organisation that the demo did not create, if the database holds one: the demo's
	 * accounts have a published password and must never join real ones.
	 */
	@Transactional(readOnly = true)
	Optional<String> organisationOutsideTheDemo() {
		if (this.organisations.existsByDemoTrue()) {
			return Optional.empty();
		}
		return this.organisations.findFirstByDemoFalseOrderByCreatedAtAsc().map(Organisation::getName);
	}

	@Transactional
	Organisation organisation(String name, OrganisationKind kind, String country) {
		return this.organisations.findAllByOrderByNameAsc()
			.stream()
			.filter((o) -> o.getName().equalsIgnoreCase(name))
			.findFirst()
			.orElseGet(() -> {
				Organisation created = this.organisations
					.save(new Organisation(name, kind, country, this.clock.instant()));
				this.events
					.publishEvent(system("ORGANISATION_CREATED", OrganisationService.ENTITY, created.getId(), created));
				return created;
			});
	}

	@Transactional
	Organisation operator(String name) {
		return this.organisations.findFirstByKind(OrganisationKind.OPERATOR)
			.orElseGet(() -> organisation(name, OrganisationKind.OPERATOR, null));
	}

	/**
	 * Creates the account unless the username exists; returns whether it was created.
	 * With {@code mustChangePassword} the person replaces the password at first sign-in.
	 */
	@Transactional
	boolean account(Organisation organisation, String username, String displayName, Set<Role> roles, String password,
			boolean mustChangePassword) {
		String normalised = username.strip().toLowerCase(Locale.ROOT);
		if (this.users.existsByUsername(normalised)) {
			return false;
		}
		UserAccount account = this.users.save(new UserAccount(organisation.getId(), normalised, displayName,
				normalised.contains("@") ? normalised : normalised + "@example.org", roles,
				this.passwordEncoder.encode(password), mustChangePassword, this.clock.instant()));
		this.events.publishEvent(system("USER_CREATED", UserService.ENTITY, account.getId(), organisation));
		return true;
	}

	@Transactional(readOnly = true)
	boolean anyActiveAdmin() {
		return this.users.existsActiveWithRole(Role.ADMIN);
	}

	private static AuditEvent system(String action, String entity, Object id, Organisation organisation) {
		return new AuditEvent(action, entity, String.valueOf(id), organisation.getId(), null, "system",
				AuditEvent.Outcome.SUCCESS, null);
	}

}
