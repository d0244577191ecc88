package org.datapact.organisation.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.datapact.organisation.AccountCredentials;
import org.datapact.organisation.CredentialsChanged;
import org.datapact.organisation.OrganisationKind;
import org.datapact.organisation.Recipient;
import org.datapact.shared.AuditEvent;
import org.datapact.shared.CurrentUser;
import org.datapact.shared.InvalidRequestException;
import org.datapact.shared.Languages;
import org.datapact.shared.ListPage;
import org.datapact.shared.Listing;
import org.datapact.shared.NotFoundException;
import org.datapact.shared.PageQuery;
import org.datapact.shared.Role;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.JpaSort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * User accounts. Admins manage everyone; scopers read everyone; partners and volunteers
 * read only their own organisation's people. Another organisation's user answers like one
 * that does not exist.
 */
@Service
@Transactional(readOnly = true)
public class UserService {

	static final String ENTITY = "User";

	private final UserAccountRepository users;

	private final OrganisationRepository organisations;

	private final PasswordEncoder passwordEncoder;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final AccountCredentialsQuery credentialsQuery;

	private final Duration temporaryPasswordValidity;

	UserService(UserAccountRepository users, OrganisationRepository organisations, PasswordEncoder passwordEncoder,
			ApplicationEventPublisher events, Clock clock, AccountCredentialsQuery credentialsQuery,
			@Value("${datapact.password.temporary-validity:72h}") Duration temporaryPasswordValidity) {
		this.users = users;
		this.organisations = organisations;
		this.passwordEncoder = passwordEncoder;
		this.events = events;
		this.clock = clock;
		this.credentialsQuery = credentialsQuery;
		this.temporaryPasswordValidity = temporaryPasswordValidity;
	}

	/**
	 * One page of the users the user may see: everyone for admins and scopers, their own
	 * organisation's people for anyone else; another organisation asked for answers like
	 * a missing one. Three statements whatever the page's size: the page, its count and
	 * the roles of its people (organisation names come in a fourth).
	 */
	public ListPage<UserView> list(CurrentUser user, UserFilter filter, PageQuery query) {
		UUID organisationId = filter.organisationId();
		if (organisationId != null && !user.canSee(organisationId)) {
			throw this.organisations.existsById(organisationId)
					? NotFoundException.hiddenFrom(user, OrganisationService.ENTITY, organisationId, organisationId)
					: new NotFoundException(OrganisationService.ENTITY, organisationId);
		}
		if (organisationId == null && !user.worksAcrossOrganisations()) {
			organisationId = user.organisationId();
		}
		String pattern = Listing.likePattern(filter.text());
		Pageable page = query.pageable(order(query));
		Page<UserAccount> found = (organisationId != null) ? this.users.findMatchingIn(organisationId, pattern, page)
				: this.users.findMatching(pattern, page);
		Map<UUID, String> names = organisationNames(
				found.getContent().stream().map(UserAccount::getOrganisationId).collect(Collectors.toSet()));
		return ListPage.of(found, (u) -> UserView.of(u, names.get(u.getOrganisationId())));
	}

	private static Sort order(PageQuery query) {
		Sort.Direction direction = query.direction();
		Sort first = switch ((query.sort() != null) ? query.sort() : "displayName") {
			case "username" -> Sort.by(direction, "username");
			case "createdAt" -> Sort.by(direction, "createdAt");
			default -> JpaSort.unsafe(direction, "lower(displayName)");
		};
		return first.and(Sort.by(direction, "id"));
	}

	public UserView get(CurrentUser user, UUID id) {
		UserAccount account = visible(user, id);
		return view(account);
	}

	@Transactional
	public CreatedUser create(CurrentUser admin, UserCommand command) {
		OrganisationService.requireAdmin(admin);
		Organisation organisation = this.organisations.findById(command.organisationId())
			.orElseThrow(() -> new InvalidRequestException("organisationId", "user.organisation.invalid"));
		String username = normaliseUsername(command.username());
		if (this.users.existsByUsername(username)) {
			throw new InvalidRequestException("username", "user.username.taken");
		}
		checkRoles(organisation.getKind(), command.roles());
		String temporaryPassword = TemporaryPasswords.generate();
		Instant now = this.clock.instant();
		UserAccount account = new UserAccount(organisation.getId(), username, command.displayName().strip(),
				command.email().strip(), command.roles(), this.passwordEncoder.encode(temporaryPassword), true,
				now.plus(this.temporaryPasswordValidity), now);
		this.users.save(account);
		this.events.publishEvent(
				AuditEvent.success(admin, "USER_CREATED", ENTITY, account.getId(), account.getOrganisationId())
					.withDetails("roles=" + sortedRoles(command.roles())));
		return new CreatedUser(UserView.of(account, organisation.getName()), temporaryPassword);
	}

	@Transactional
	public UserView update(CurrentUser admin, UUID id, long expectedVersion, UserCommand command) {
		UserAccount account = visible(admin, id);
		OrganisationService.requireAdmin(admin);
		if (account.getVersion() != expectedVersion) {
			throw new OptimisticLockingFailureException("User changed since it was read");
		}
		Organisation organisation = this.organisations.getReferenceById(account.getOrganisationId());
		checkRoles(organisation.getKind(), command.roles());
		if (account.getId().equals(admin.id()) && !command.roles().contains(Role.ADMIN)) {
			throw new InvalidRequestException("roles", "user.roles.ownAdmin");
		}
		Set<Role> before = account.getRoles();
		boolean rolesChanged = account.update(command.displayName().strip(), command.email().strip(), command.roles(),
				this.clock.instant());
		this.users.flush();
		if (rolesChanged) {
			credentialsChanged(account, CredentialsChanged.Reason.ROLES_CHANGED);
		}
		this.events.publishEvent(
				AuditEvent.success(admin, "USER_UPDATED", ENTITY, id, account.getOrganisationId()).withDetails(null));
		if (!before.equals(command.roles())) {
			this.events
				.publishEvent(AuditEvent.success(admin, "USER_ROLES_CHANGED", ENTITY, id, account.getOrganisationId())
					.withDetails("from=" + sortedRoles(before) + " to=" + sortedRoles(command.roles())));
		}
		return view(account);
	}

	@Transactional
	public UserView setActive(CurrentUser admin, UUID id, boolean active) {
		UserAccount account = visible(admin, id);
		OrganisationService.requireAdmin(admin);
		if (!active && account.getId().equals(admin.id())) {
			throw new InvalidRequestException("active", "user.deactivate.self");
		}
		if (active) {
			account.reactivate(this.clock.instant());
		}
		else if (account.isActive()) {
			account.deactivate(this.clock.instant());
			credentialsChanged(account, CredentialsChanged.Reason.DEACTIVATED);
		}
		this.users.flush();
		this.events.publishEvent(AuditEvent.success(admin, active ? "USER_REACTIVATED" : "USER_DEACTIVATED", ENTITY, id,
				account.getOrganisationId()));
		return view(account);
	}

	@Transactional
	public CreatedUser resetPassword(CurrentUser admin, UUID id) {
		UserAccount account = visible(admin, id);
		OrganisationService.requireAdmin(admin);
		String temporaryPassword = TemporaryPasswords.generate();
		Instant now = this.clock.instant();
		account.resetPassword(this.passwordEncoder.encode(temporaryPassword), now.plus(this.temporaryPasswordValidity),
				now);
		this.users.flush();
		credentialsChanged(account, CredentialsChanged.Reason.PASSWORD_RESET);
		this.events
			.publishEvent(AuditEvent.success(admin, "USER_PASSWORD_RESET", ENTITY, id, account.getOrganisationId()));
		return new CreatedUser(view(account), temporaryPassword);
	}

	public Optional<AccountCredentials> credentialsByUsername(String username) {
		if (username == null || username.chars().anyMatch(Character::isISOControl)) {
			return Optional.empty();
		}
		return this.credentialsQuery.byUsername(username.strip().toLowerCase(Locale.ROOT));
	}

	/** Asked on every signed-in request: one statement, no entities loaded. */
	public Optional<AccountCredentials> credentialsById(UUID id) {
		return (id != null) ? this.credentialsQuery.byId(id) : Optional.empty();
	}

	/**
	 * Remembers the language a person signed in with or chose, for their mails; a
	 * language DataPact does not speak is ignored.
	 */
	@Transactional
	public void rememberLanguage(UUID id, Locale locale) {
		String language = Languages.supported(locale).map(Locale::getLanguage).orElse(null);
		if (language == null || this.users.storeLanguage(id, language) == 0) {
			return;
		}
		UUID organisationId = this.users.findById(id).map(UserAccount::getOrganisationId).orElse(null);
		this.events.publishEvent(new AuditEvent("USER_LANGUAGE_CHANGED", ENTITY, id.toString(), organisationId, id,
				null, AuditEvent.Outcome.SUCCESS, "language=" + language));
	}

	@Transactional
	public void storeOwnNewPassword(UUID userId, String newHash) {
		UserAccount account = this.users.findById(userId).orElseThrow(() -> new NotFoundException(ENTITY, userId));
		account.changeOwnPassword(newHash, this.clock.instant());
		this.users.flush();
		credentialsChanged(account, CredentialsChanged.Reason.PASSWORD_CHANGED);
	}

	/** Ends the account's other sessions and its API tokens (see the security module). */
	private void credentialsChanged(UserAccount account, CredentialsChanged.Reason reason) {
		this.events.publishEvent(new CredentialsChanged(account.getId(), account.getOrganisationId(),
				account.getCredentialsChangedAt(), reason));
	}

	@Transactional
	public void storeRehashedPassword(UUID userId, String newHash) {
		this.users.findById(userId).ifPresent((account) -> account.rehash(newHash));
	}

	public Optional<String> activeEmail(UUID id) {
		return this.users.findById(id).filter(UserAccount::isActive).map(UserAccount::getEmail);
	}

	public Map<UUID, String> labels(Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return this.users.findByIdIn(ids)
			.stream()
			.collect(Collectors.toMap(UserAccount::getId, (u) -> u.getDisplayName() + " (" + u.getUsername() + ")"));
	}

	/** Active people's names and e-mail addresses, for notifications. */
	public Map<UUID, Recipient> recipients(Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return this.users.findByIdIn(ids)
			.stream()
			.filter((u) -> u.isActive() && u.getEmail() != null)
			.collect(Collectors.toMap(UserAccount::getId,
					(u) -> new Recipient(u.getDisplayName(), u.getEmail(), u.getLanguage())));
	}

	/** Active people who hold the role, in any organisation. */
	public List<UUID> activeWithRole(Role role) {
		return this.users.findActiveIdsWithRole(role);
	}

	public Set<UUID> unableToSignIn(Collection<UUID> ids) {
		List<UserAccount> found = this.users.findByIdIn(ids);
		Set<UUID> activeOrganisations = this.organisations
			.findAllById(found.stream().map(UserAccount::getOrganisationId).collect(Collectors.toSet()))
			.stream()
			.filter(Organisation::isActive)
			.map(Organisation::getId)
			.collect(Collectors.toSet());
		Set<UUID> able = found.stream()
			.filter((u) -> u.isActive() && activeOrganisations.contains(u.getOrganisationId()))
			.map(UserAccount::getId)
			.collect(Collectors.toSet());
		Set<UUID> unable = new java.util.HashSet<>(ids);
		unable.removeAll(able);
		return unable;
	}

	public Map<UUID, String> activeMemberLabels(UUID organisationId) {
		Map<UUID, String> labels = new java.util.LinkedHashMap<>();
		this.users.findByOrganisationIdOrderByDisplayNameAsc(organisationId)
			.stream()
			.filter(UserAccount::isActive)
			.forEach((u) -> labels.put(u.getId(), u.getDisplayName() + " (" + u.getUsername() + ")"));
		return labels;
	}

	public Map<UUID, String> activeLabelsWithRole(Role role, Collection<UUID> organisationIds) {
		Map<UUID, String> labels = new java.util.LinkedHashMap<>();
		if (organisationIds.isEmpty()) {
			return labels;
		}
		this.users.findByOrganisationIdInOrderByDisplayNameAsc(organisationIds)
			.stream()
			.filter((u) -> u.isActive() && u.getRoles().contains(role))
			.forEach((u) -> labels.put(u.getId(), u.getDisplayName() + " (" + u.getUsername() + ")"));
		return labels;
	}

	static String normaliseUsername(String username) {
		String normalised = username.strip().toLowerCase(Locale.ROOT);
		if (!normalised.matches("[a-z0-9._@-]{3,100}")) {
			throw new InvalidRequestException("username", "user.username.invalid");
		}
		return normalised;
	}

	static void checkRoles(OrganisationKind kind, Set<Role> roles) {
		if (roles == null || roles.isEmpty()) {
			throw new InvalidRequestException("roles", "user.roles.required");
		}
		boolean operatorOnly = roles.contains(Role.ADMIN) || roles.contains(Role.SCOPER);
		if ((operatorOnly && kind != OrganisationKind.OPERATOR)
				|| (roles.contains(Role.PARTNER) && kind != OrganisationKind.PARTNER)) {
			throw new InvalidRequestException("roles", "user.roles.invalidForOrganisation");
		}
	}

	private UserAccount visible(CurrentUser user, UUID id) {
		UserAccount account = this.users.findById(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
		if (!user.canSee(account.getOrganisationId())) {
			throw NotFoundException.hiddenFrom(user, ENTITY, id, account.getOrganisationId());
		}
		return account;
	}

	private UserView view(UserAccount account) {
		String organisationName = this.organisations.findById(account.getOrganisationId())
			.map(Organisation::getName)
			.orElse(null);
		return UserView.of(account, organisationName);
	}

	private Map<UUID, String> organisationNames(Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return this.organisations.findAllById(ids)
			.stream()
			.collect(Collectors.toMap(Organisation::getId, Organisation::getName, (a, b) -> a));
	}

	private static String sortedRoles(Set<Role> roles) {
		return roles.stream().sorted().map(Role::name).collect(Collectors.joining(","));
	}

}
