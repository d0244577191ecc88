package org.datapact.project.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.datapact.organisation.AccountCredentials;
import org.datapact.organisation.OrganisationKind;
import org.datapact.organisation.Organisations;
import org.datapact.organisation.Organisations.OrganisationSummary;
import org.datapact.organisation.UserAccounts;
import org.datapact.project.ProjectCreated;
import org.datapact.project.ProjectFilter;
import org.datapact.project.ProjectMember;
import org.datapact.project.ProjectMembershipChanged;
import org.datapact.project.ProjectRole;
import org.datapact.project.ProjectStatus;
import org.datapact.project.ProjectStatusChanged;
import org.datapact.project.ProjectSummary;
import org.datapact.project.VisibleProject;
import org.datapact.shared.AuditEvent;
import org.datapact.shared.CurrentUser;
import org.datapact.shared.ForbiddenException;
import org.datapact.shared.InvalidRequestException;
import org.datapact.shared.ListPage;
import org.datapact.shared.NotFoundException;
import org.datapact.shared.PageQuery;
import org.datapact.shared.RateLimits;
import org.datapact.shared.Role;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * Projects and their members, with visibility enforced here: administrators and scopers
 * see every project; partner staff see their own organisation's projects they are members
 * of; volunteers see the projects they are members of. Any other project answers exactly
 * like one that does not exist. Administrators and scopers manage projects and their
 * members; every change is audited.
 */
@Service
@Transactional(readOnly = true)
public class ProjectService {

	static final String ENTITY = "Project";

	static final int TITLE_MAX = 200;

	static final int PURPOSE_MAX = 4000;

	static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

	static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

	private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

	/**
	 * Control characters other than line breaks and tabs, which a purpose may contain.
	 */
	private static final Pattern CONTROL_IN_TEXT = Pattern.compile("[\\p{Cntrl}&&[^\\r\\n\\t]]");

	private final ProjectRepository projects;

	private final Organisations organisations;

	private final UserAccounts accounts;

	private final ProjectListQuery listQuery;

	private final ApplicationEventPublisher events;

	private final RateLimits limits;

	/**
	 * How many projects one organisation may get per creation window, whoever creates
	 * them.
	 */
	private final int projectsPerWindow;

	private final Duration creationWindow;

	private final Clock clock;

	ProjectService(ProjectRepository projects, ProjectListQuery listQuery, Organisations organisations,
			UserAccounts accounts, ApplicationEventPublisher events, Clock clock, RateLimits limits,
			@Value("${datapact.rate-limit.projects-per-organisation:100}") int projectsPerWindow,
			@Value("${datapact.rate-limit.creation-window:1h}") Duration creationWindow) {
		this.projects = projects;
		this.listQuery = listQuery;
		this.organisations = organisations;
		this.accounts = accounts;
		this.events = events;
		this.clock = clock;
		this.limits = limits;
		this.projectsPerWindow = projectsPerWindow;
		this.creationWindow = creationWindow;
	}

	/**
	 * One page of the projects the viewer may see, with the viewer's role in each: a
	 * fixed number of statements whatever the page's size.
	 */
	public ListPage<VisibleProject> list(CurrentUser viewer, ProjectFilter filter, PageQuery query) {
		ListPage<ProjectListQuery.Row> rows = this.listQuery.find(viewer, filter, query);
		Map<UUID, String> names = this.organisations
			.names(rows.items().stream().map((row) -> row.project().organisationId()).collect(Collectors.toSet()));
		return rows.map((row) -> row.visible(names.get(row.project().organisationId())));
	}

	public ProjectView get(CurrentUser viewer, UUID id) {
		return view(visible(viewer, id));
	}

	public ProjectSummary find(CurrentUser viewer, UUID id) {
		return findWithRole(viewer, id).project();
	}

	/**
	 * The project the viewer may see, with the viewer's own role in it: read as one row,
	 * without loading the aggregate, because every questionnaire request asks.
	 */
	public VisibleProject findWithRole(CurrentUser viewer, UUID id) {
		ProjectRepository.SeenBy seen = Optional.ofNullable(id)
			.flatMap((projectId) -> this.projects.findSeenBy(projectId, viewer.id()))
			.orElseThrow(() -> new NotFoundException(ENTITY, id));
		if (!canSee(viewer, seen.organisationId(), Optional.ofNullable(seen.viewerRole()))) {
			throw NotFoundException.hiddenFrom(viewer, ENTITY, id, seen.organisationId());
		}
		return new VisibleProject(new ProjectSummary(seen.id(), seen.organisationId(),
				organisationName(seen.organisationId()), seen.title(), seen.purpose(), seen.countryCode(),
				seen.startDate(), seen.endDate(), seen.status()), Optional.ofNullable(seen.viewerRole()));
	}

	@Transactional
	public ProjectView create(CurrentUser user, ProjectCommand command) {
		requireManager(user);
		OrganisationSummary organisation = Optional.ofNullable(command.organisationId())
			.flatMap(this.organisations::find)
			.filter((o) -> o.kind() == OrganisationKind.PARTNER && o.active())
			.orElseThrow(() -> new InvalidRequestException("organisationId", "project.organisation.invalid"));
		this.limits.hit("projects-created:" + organisation.id(), this.projectsPerWindow, this.creationWindow,
				"rateLimit.projects");
		Project project = new Project(organisation.id(), details(command), user.id(), this.clock.instant());
		if (user.has(Role.SCOPER)) {
			project.addMember(user.id(), ProjectRole.SCOPER, user.id(), this.clock.instant());
		}
		this.projects.saveAndFlush(project);
		this.events.publishEvent(
				AuditEvent.success(user, "PROJECT_CREATED", ENTITY, project.getId(), project.getOrganisationId()));
		this.events.publishEvent(new ProjectCreated(project.getId(), project.getOrganisationId()));
		if (user.has(Role.SCOPER)) {
			membershipChanged(user, project, "PROJECT_MEMBER_ADDED", user.id(), ProjectRole.SCOPER, null);
		}
		return view(project);
	}

	@Transactional
	public ProjectView update(CurrentUser user, UUID id, long expectedVersion, ProjectCommand command) {
		Project project = visible(user, id);
		requireManager(user);
		requireOpen(project);
		checkVersion(project, expectedVersion);
		project.update(details(command), this.clock.instant());
		this.projects.saveAndFlush(project);
		this.events.publishEvent(AuditEvent.success(user, "PROJECT_UPDATED", ENTITY, id, project.getOrganisationId()));
		return view(project);
	}

	@Transactional
	public ProjectView changeStatus(CurrentUser user, UUID id, long expectedVersion, ProjectStatus target) {
		Project project = visible(user, id);
		requireManager(user);
		requireOpen(project);
		checkVersion(project, expectedVersion);
		ProjectStatus from = project.moveTo(target, this.clock.instant());
		this.projects.saveAndFlush(project);
		this.events
			.publishEvent(AuditEvent.success(user, "PROJECT_STATUS_CHANGED", ENTITY, id, project.getOrganisationId())
				.withDetails("from=" + from + " to=" + target));
		this.events.publishEvent(new ProjectStatusChanged(id, from, target));
		return view(project);
	}

	@Transactional
	public ProjectView addMember(CurrentUser user, UUID id, UUID userId, ProjectRole role) {
		Project project = visible(user, id);
		requireManager(user);
		requireOpen(project);
		checkFit(project, userId, role);
		project.addMember(userId, role, user.id(), this.clock.instant());
		this.projects.saveAndFlush(project);
		membershipChanged(user, project, "PROJECT_MEMBER_ADDED", userId, role, null);
		return view(project);
	}

	@Transactional
	public ProjectView changeMemberRole(CurrentUser user, UUID id, UUID userId, ProjectRole role) {
		Project project = visible(user, id);
		requireManager(user);
		requireOpen(project);
		if (project.roleOf(userId).isEmpty()) {
			throw new NotFoundException("ProjectMember", userId);
		}
		checkFit(project, userId, role);
		ProjectRole before = project.changeRole(userId, role, this.clock.instant());
		this.projects.saveAndFlush(project);
		if (before != role) {
			membershipChanged(user, project, "PROJECT_MEMBER_ROLE_CHANGED", userId, role, before);
		}
		return view(project);
	}

	@Transactional
	public ProjectView removeMember(CurrentUser user, UUID id, UUID userId) {
		Project project = visible(user, id);
		requireManager(user);
		requireOpen(project);
		if (project.roleOf(userId).isEmpty()) {
			throw new NotFoundException("ProjectMember", userId);
		}
		ProjectRole before = project.removeMember(userId);
		this.projects.saveAndFlush(project);
		membershipChanged(user, project, "PROJECT_MEMBER_REMOVED", userId, null, before);
		return view(project);
	}

	/** Who a manager could add to the project. */
	public MemberCandidates candidates(CurrentUser user, UUID id) {
		Project project = visible(user, id);
		requireManager(user);
		Set<UUID> members = project.getMembers().stream().map(Membership::getUserId).collect(Collectors.toSet());
		List<UUID> operator = operatorIds();
		List<UUID> operatorAndPartner = new java.util.ArrayList<>(operator);
		operatorAndPartner.add(project.getOrganisationId());
		return new MemberCandidates(
				without(this.accounts.withRole(Role.PARTNER, List.of(project.getOrganisationId())), members),
				without(this.accounts.withRole(Role.SCOPER, operator), members),
				without(this.accounts.withRole(Role.VOLUNTEER, operatorAndPartner), members));
	}

	/** Partner organisations a project can be created for, in name order. */
	public List<OrganisationSummary> partnerOrganisations(CurrentUser user) {
		requireManager(user);
		return this.organisations.all()
			.stream()
			.filter((o) -> o.kind() == OrganisationKind.PARTNER && o.active())
			.toList();
	}

	public Optional<ProjectRole> roleOf(UUID projectId, UUID userId) {
		if (projectId == null || userId == null) {
			return Optional.empty();
		}
		return this.projects.findRole(projectId, userId);
	}

	public List<ProjectMember> members(UUID projectId) {
		Project project = this.projects.findById(projectId).orElseThrow(() -> new NotFoundException(ENTITY, projectId));
		return members(project);
	}

	/** The project without a visibility check, for system jobs. */
	public Optional<ProjectSummary> get(UUID id) {
		return this.projects.findById(id).map((p) -> summary(p, organisationName(p.getOrganisationId())));
	}

	public Map<UUID, ProjectSummary> openAmong(Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		List<Project> found = this.projects.findOpenAmong(Set.copyOf(ids));
		Map<UUID, String> names = this.organisations
			.names(found.stream().map(Project::getOrganisationId).collect(Collectors.toSet()));
		return found.stream()
			.collect(Collectors.toMap(Project::getId, (p) -> summary(p, names.get(p.getOrganisationId()))));
	}

	public List<ProjectSummary> all() {
		Map<UUID, String> names = organisationNames();
		return this.projects.findAllInTitleOrder()
			.stream()
			.map((p) -> summary(p, names.get(p.getOrganisationId())))
			.toList();
	}

	/**
	 * Administrators and scopers see every project; anyone else only a project they are a
	 * member of, and partner staff only within their own organisation.
	 */
	static boolean canSee(CurrentUser viewer, Project project) {
		return canSee(viewer, project.getOrganisationId(), project.roleOf(viewer.id()));
	}

	private static boolean canSee(CurrentUser viewer, UUID organisationId, Optional<ProjectRole> viewerRole) {
		if (viewer.worksAcrossOrganisations()) {
			return true;
		}
		if (viewerRole.isEmpty()) {
			return false;
		}
		return organisationId.equals(viewer.organisationId()) || viewer.has(Role.VOLUNTEER);
	}

	static boolean canManage(CurrentUser user) {
		return user.worksAcrossOrganisations();
	}

	private Project visible(CurrentUser viewer, UUID id) {
		Project project = this.projects.findById(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
		if (!canSee(viewer, project)) {
			throw NotFoundException.hiddenFrom(viewer, ENTITY, id, project.getOrganisationId());
		}
		return project;
	}

	/**
	 * Whether the person may hold the role in this project: an active account, partner
	 * staff of the project's organisation for the partner roles, a scoper, or a volunteer
	 * of the operating or the project's organisation.
	 */
	private void checkFit(Project project, UUID userId, ProjectRole role) {
		if (role == null) {
			throw new InvalidRequestException("role", "project.member.role.required");
		}
		AccountCredentials account = Optional.ofNullable(userId)
			.flatMap(this.accounts::findById)
			.filter(AccountCredentials::canSignIn)
			.orElseThrow(() -> new InvalidRequestException("userId", "project.member.unknown"));
		switch (role) {
			case PARTNER_STAFF, PROJECT_CHAMPION -> {
				if (!account.roles().contains(Role.PARTNER)
						|| !account.organisationId().equals(project.getOrganisationId())) {
					throw new InvalidRequestException("role", "project.member.notPartnerStaff");
				}
			}
			case SCOPER -> {
				if (!account.roles().contains(Role.SCOPER)) {
					throw new InvalidRequestException("role", "project.member.notScoper");
				}
			}
			case VOLUNTEER -> {
				if (!account.roles().contains(Role.VOLUNTEER)) {
					throw new InvalidRequestException("role", "project.member.notVolunteer");
				}
				if (!account.organisationId().equals(project.getOrganisationId())
						&& !operatorIds().contains(account.organisationId())) {
					throw new InvalidRequestException("role", "project.member.volunteerOrganisation");
				}
			}
		}
	}

	private ProjectDetails details(ProjectCommand command) {
		String title = text(command.title());
		if (title.isEmpty()) {
			throw new InvalidRequestException("title", "project.title.required");
		}
		if (title.length() > TITLE_MAX || title.chars().anyMatch(Character::isISOControl)) {
			throw new InvalidRequestException("title", "project.title.invalid");
		}
		String purpose = text(command.purpose());
		if (purpose.isEmpty()) {
			throw new InvalidRequestException("purpose", "project.purpose.required");
		}
		if (purpose.length() > PURPOSE_MAX || CONTROL_IN_TEXT.matcher(purpose).find()) {
			throw new InvalidRequestException("purpose", "project.purpose.invalid");
		}
		String country = text(command.countryCode()).toUpperCase(Locale.ROOT);
		if (!COUNTRIES.contains(country)) {
			throw new InvalidRequestException("countryCode", "project.country.invalid");
		}
		LocalDate start = date("startDate", command.startDate());
		LocalDate end = date("endDate", command.endDate());
		if (end.isBefore(start)) {
			throw new InvalidRequestException("endDate", "project.endDate.beforeStart");
		}
		return new ProjectDetails(title, purpose, country, start, end);
	}

	private static LocalDate date(String field, LocalDate date) {
		if (date == null) {
			throw new InvalidRequestException(field, "project.date.required");
		}
		if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
			throw new InvalidRequestException(field, "project.date.outOfRange");
		}
		return date;
	}

	private static String text(String value) {
		return StringUtils.hasText(value) ? value.strip() : "";
	}

	private void membershipChanged(CurrentUser user, Project project, String action, UUID userId, ProjectRole role,
			ProjectRole before) {
		String details = "user=" + userId + ((before != null) ? " from=" + before : "")
				+ ((role != null) ? " role=" + role : "");
		this.events.publishEvent(AuditEvent.success(user, action, ENTITY, project.getId(), project.getOrganisationId())
			.withDetails(details));
		this.events.publishEvent(new ProjectMembershipChanged(project.getId(), userId, role));
	}

	private static void requireManager(CurrentUser user) {
		if (!canManage(user)) {
			throw new ForbiddenException("manage projects");
		}
	}

	private static void requireOpen(Project project) {
		if (project.isClosed()) {
			throw new InvalidRequestException("status", "project.closed");
		}
	}

	private static void checkVersion(Project project, long expectedVersion) {
		if (project.getVersion() != expectedVersion) {
			throw new OptimisticLockingFailureException("Project changed since it was read");
		}
	}

	private ProjectView view(Project project) {
		return new ProjectView(project.getId(), project.getOrganisationId(),
				organisationName(project.getOrganisationId()), project.getTitle(), project.getPurpose(),
				project.getCountryCode(), project.getStartDate(), project.getEndDate(), project.getStatus(),
				project.getVersion(), project.getCreatedAt(), project.getUpdatedAt(), members(project),
				List.copyOf(Project.movesFrom(project.getStatus())));
	}

	private List<ProjectMember> members(Project project) {
		List<Membership> members = project.getMembers();
		Map<UUID, String> labels = this.accounts.labels(members.stream().map(Membership::getUserId).toList());
		return members.stream()
			.map((m) -> new ProjectMember(m.getUserId(), labels.getOrDefault(m.getUserId(), m.getUserId().toString()),
					m.getRole()))
			.sorted(Comparator.comparing(ProjectMember::role)
				.thenComparing(ProjectMember::displayName, String.CASE_INSENSITIVE_ORDER))
			.toList();
	}

	private static ProjectSummary summary(Project project, String organisationName) {
		return new ProjectSummary(project.getId(), project.getOrganisationId(), organisationName, project.getTitle(),
				project.getPurpose(), project.getCountryCode(), project.getStartDate(), project.getEndDate(),
				project.getStatus());
	}

	private String organisationName(UUID organisationId) {
		return this.organisations.find(organisationId).map(OrganisationSummary::name).orElse(null);
	}

	private Map<UUID, String> organisationNames() {
		return this.organisations.all()
			.stream()
			.collect(Collectors.toMap(OrganisationSummary::id, OrganisationSummary::name, (a, b) -> a));
	}

	private List<UUID> operatorIds() {
		return this.organisations.all()
			.stream()
			.filter((o) -> o.kind() == OrganisationKind.OPERATOR)
			.map(OrganisationSummary::id)
			.toList();
	}

	private static Map<UUID, String> without(Map<UUID, String> people, Collection<UUID> excluded) {
		Map<UUID, String> result = new LinkedHashMap<>(people);
		result.keySet().removeAll(excluded);
		return result;
	}

}
