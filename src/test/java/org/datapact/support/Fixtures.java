package org.datapact.support;

import java.util.Set;
import java.util.UUID;

import org.datapact.organisation.OrganisationKind;
import org.datapact.organisation.Organisations;
import org.datapact.organisation.UserAccounts;
import org.datapact.organisation.domain.CreatedUser;
import org.datapact.organisation.domain.OrganisationCommand;
import org.datapact.organisation.domain.OrganisationService;
import org.datapact.organisation.domain.UserCommand;
import org.datapact.organisation.domain.UserService;
import org.datapact.shared.CurrentUser;
import org.datapact.shared.Role;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Creates organisations and people through the application's own services, each with
 * unique names so that tests sharing one database never collide.
 */
@TestComponent
public class Fixtures {

	public static final String PASSWORD = "a long enough test passphrase";

	/** Acts for fixture set-up only: the services check the role, nothing else. */
	private static final CurrentUser SYSTEM_ADMIN = new CurrentUser(UUID.randomUUID(), "fixtures", "Fixtures",
			UUID.randomUUID(), Set.of(Role.ADMIN));

	private final OrganisationService organisationService;

	private final Organisations organisations;

	private final UserService users;

	private final UserAccounts accounts;

	private final PasswordEncoder encoder;

	public Fixtures(OrganisationService organisationService, Organisations organisations, UserService users,
			UserAccounts accounts, PasswordEncoder encoder) {
		this.organisationService = organisationService;
		this.organisations = organisations;
		this.users = users;
		this.accounts = accounts;
		this.encoder = encoder;
	}

	public UUID operator() {
		return this.organisations.all()
			.stream()
			.filter((o) -> o.kind() == OrganisationKind.OPERATOR)
			.findFirst()
			.map(Organisations.OrganisationSummary::id)
			.orElseGet(() -> this.organisationService
				.create(SYSTEM_ADMIN, new OrganisationCommand("Operator " + unique(), OrganisationKind.OPERATOR, null))
				.id());
	}

	public UUID partner() {
		return this.organisationService
			.create(SYSTEM_ADMIN, new OrganisationCommand("Partner " + unique(), OrganisationKind.PARTNER, "KE"))
			.id();
	}

	/** A signed-in-able person with {@link #PASSWORD}, no password change pending. */
	public TestUser user(UUID organisationId, Role... roles) {
		String username = "u" + unique();
		CreatedUser created = this.users.create(SYSTEM_ADMIN, new UserCommand(organisationId, username,
				"Test " + username, username + "@example.org", Set.of(roles)));
		this.accounts.changePassword(created.user().id(), this.encoder.encode(PASSWORD));
		return new TestUser(created.user().id(), username, PASSWORD, organisationId, Set.of(roles));
	}

	public TestUser admin() {
		return user(operator(), Role.ADMIN);
	}

	public TestUser scoper() {
		return user(operator(), Role.SCOPER);
	}

	public static String unique() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

	public record TestUser(UUID id, String username, String password, UUID organisationId, Set<Role> roles) {

		public CurrentUser current() {
			return new CurrentUser(this.id, this.username, "Test " + this.username, this.organisationId, this.roles);
		}

	}

}
