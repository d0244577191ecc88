package org.datapact.project.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.datapact.audit.domain.AuditEntry;
import org.datapact.audit.domain.AuditFilter;
import org.datapact.audit.domain.AuditQueries;
import org.datapact.organisation.domain.OrganisationService;
import org.datapact.organisation.domain.UserService;
import org.datapact.project.ProjectCreated;
import org.datapact.project.ProjectFilter;
import org.datapact.project.ProjectMember;
import org.datapact.project.ProjectMembershipChanged;
import org.datapact.project.ProjectRole;
import org.datapact.project.ProjectStatus;
import org.datapact.project.ProjectStatusChanged;
import org.datapact.project.ProjectSummary;
import org.datapact.project.Projects;
import org.datapact.shared.CurrentUser;
import org.datapact.shared.ForbiddenException;
import org.datapact.shared.InvalidRequestException;
import org.datapact.shared.NotFoundException;
import org.datapact.shared.PageQuery;
import org.datapact.shared.Role;
import org.datapact.support.Fixtures;
import org.datapact.support.Fixtures.TestUser;
import org.datapact.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Project rules on real PostgreSQL: who sees which project (another organisation's or a
 * non-member's project answers exactly like a missing one), who may change what, which
 * people fit which project role, and what every change records. Each test works in fresh
 * partner organisations.
 */
@IntegrationTest
@RecordApplicationEvents
class ProjectServiceTest {

	@Autowired
	ProjectService service;

	@Autowired
	Projects projects;

	@Autowired
	Fixtures fixtures;

	@Autowired
	UserService users;

	@Autowired
	OrganisationService organisations;

	@Autowired
	AuditQueries audit;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationEvents events;

	CurrentUser admin;

	TestUser scoper;

	UUID hope;

	UUID sahel;

	TestUser hopePartner;

	TestUser hopeColleague;

	TestUser hopeVolunteer;

	TestUser operatorVolunteer;

	TestUser sahelPartner;

	TestUser sahelVolunteer;

	@BeforeEach
	void organisationsAndPeople() {
		this.admin = this.fixtures.admin().current();
		this.scoper = this.fixtures.scoper();
		this.hope = this.fixtures.partner();
		this.sahel = this.fixtures.partner();
		this.hopePartner = this.fixtures.user(this.hope, Role.PARTNER);
		this.hopeColleague = this.fixtures.user(this.hope, Role.PARTNER);
		this.hopeVolunteer = this.fixtures.user(this.hope, Role.VOLUNTEER);
		this.operatorVolunteer = this.fixtures.user(this.fixtures.operator(), Role.VOLUNTEER);
		this.sahelPartner = this.fixtures.user(this.sahel, Role.PARTNER);
		this.sahelVolunteer = this.fixtures.user(this.sahel, Role.VOLUNTEER);
	}

	@Test
	void adminsAndScopersSeeEveryProject() {
		ProjectView hopeProject = create(this.hope, "Hope dashboard");
		ProjectView sahelProject = create(this.sahel, "Sahel water");
		for (CurrentUser viewer : List.of(this.admin, this.scoper.current(), this.fixtures.scoper().current())) {
			assertThat(this.service.get(viewer, hopeProject.id()).title()).isEqualTo("Hope dashboard");
			assertThat(this.projects.find(sahelProject.id(), viewer).title()).isEqualTo("Sahel water");
			assertThat(visible(viewer, ProjectFilter.of(null, this.hope))).containsExactly(hopeProject.id());
			assertThat(visible(viewer, ProjectFilter.of(null, this.sahel))).containsExactly(sahelProject.id());
		}
	}

	@Test
	void partnerStaffSeeOnlyTheirOrganisationsProjectsTheyBelongTo() {
		ProjectView member = create(this.hope, "Member project");
		ProjectView notMember = create(this.hope, "Colleagues' project");
		ProjectView other = create(this.sahel, "Another organisation's project");
		this.service.addMember(this.admin, member.id(), this.hopePartner.id(), ProjectRole.PROJECT_CHAMPION);
		this.service.addMember(this.admin, notMember.id(), this.hopeColleague.id(), ProjectRole.PARTNER_STAFF);
		this.service.addMember(this.admin, other.id(), this.sahelPartner.id(), ProjectRole.PARTNER_STAFF);
		CurrentUser partner = this.hopePartner.current();

		assertThat(this.service.get(partner, member.id()).title()).isEqualTo("Member project");
		assertThat(visible(partner, ProjectFilter.all())).containsExactly(member.id());
		assertThat(visible(partner, ProjectFilter.of(ProjectStatus.SCOPING, null))).containsExactly(member.id());
		assertThat(visible(partner, ProjectFilter.of(ProjectStatus.ACTIVE, null))).isEmpty();
		assertHiddenLikeAMissingProject(partner, notMember.id());
		assertHiddenLikeAMissingProject(partner, other.id());
	}

	@Test
	void volunteersSeeOnlyTheProjectsTheyBelongTo() {
		ProjectView hopeProject = create(this.hope, "Hope project");
		ProjectView otherHopeProject = create(this.hope, "Other Hope project");
		ProjectView sahelProject = create(this.sahel, "Sahel project");
		this.service.addMember(this.admin, hopeProject.id(), this.operatorVolunteer.id(), ProjectRole.VOLUNTEER);
		this.service.addMember(this.admin, hopeProject.id(), this.hopeVolunteer.id(), ProjectRole.VOLUNTEER);
		this.service.addMember(this.admin, sahelProject.id(), this.operatorVolunteer.id(), ProjectRole.VOLUNTEER);

		// a volunteer of the operating organisation works on partners' projects
		CurrentUser operatorVolunteer = this.operatorVolunteer.current();
		assertThat(visible(operatorVolunteer, ProjectFilter.all())).containsExactlyInAnyOrder(hopeProject.id(),
				sahelProject.id());
		assertThat(this.projects.find(sahelProject.id(), operatorVolunteer).organisationId()).isEqualTo(this.sahel);
		assertHiddenLikeAMissingProject(operatorVolunteer, otherHopeProject.id());

		CurrentUser hopeVolunteer = this.hopeVolunteer.current();
		assertThat(visible(hopeVolunteer, ProjectFilter.all())).containsExactly(hopeProject.id());
		assertHiddenLikeAMissingProject(hopeVolunteer, otherHopeProject.id());
		assertHiddenLikeAMissingProject(hopeVolunteer, sahelProject.id());
		assertHiddenLikeAMissingProject(this.sahelVolunteer.current(), sahelProject.id());
	}

	@Test
	void aRemovedMemberNoLongerSeesTheProject() {
		ProjectView project = create(this.hope, "Short stay");
		this.service.addMember(this.admin, project.id(), this.hopePartner.id(), ProjectRole.PARTNER_STAFF);
		assertThat(this.projects.find(project.id(), this.hopePartner.current()).id()).isEqualTo(project.id());
		this.service.removeMember(this.scoper.current(), project.id(), this.hopePartner.id());
		assertHiddenLikeAMissingProject(this.hopePartner.current(), project.id());
		assertThat(this.projects.roleOf(project.id(), this.hopePartner.id())).isEmpty();
	}

	@Test
	void onlyAdminsAndScopersChangeProjects() {
		ProjectView project = create(this.hope, "Guarded");
		this.service.addMember(this.admin, project.id(), this.hopePartner.id(), ProjectRole.PROJECT_CHAMPION);
		this.service.addMember(this.admin, project.id(), this.hopeVolunteer.id(), ProjectRole.VOLUNTEER);
		for (CurrentUser member : List.of(this.hopePartner.current(), this.hopeVolunteer.current())) {
			assertRefused(ForbiddenException.class, () -> this.service.create(member, command(this.hope, "Mine")));
			assertRefused(ForbiddenException.class,
					() -> this.service.update(member, project.id(), project.version(), command(this.hope, "Mine")));
			assertRefused(ForbiddenException.class,
					() -> this.service.changeStatus(member, project.id(), project.version(), ProjectStatus.DESIGN));
			assertRefused(ForbiddenException.class, () -> this.service.addMember(member, project.id(),
					this.hopeColleague.id(), ProjectRole.PARTNER_STAFF));
			assertRefused(ForbiddenException.class,
					() -> this.service.removeMember(member, project.id(), this.hopeVolunteer.id()));
			assertRefused(ForbiddenException.class, () -> this.service.candidates(member, project.id()));
		}
		// someone who cannot see the project learns nothing, not even that changing it is
		// forbidden
		CurrentUser outsider = this.sahelPartner.current();
		assertRefused(NotFoundException.class,
				() -> this.service.changeStatus(outsider, project.id(), project.version(), ProjectStatus.DESIGN));
		assertRefused(NotFoundException.class, () -> this.service.addMember(outsider, project.id(),
				this.sahelPartner.id(), ProjectRole.PARTNER_STAFF));
		ProjectView unchanged = this.service.get(this.admin, project.id());
		assertThat(unchanged.status()).isEqualTo(ProjectStatus.SCOPING);
		assertThat(unchanged.members()).hasSize(2);
	}

	@Test
	void aScoperWhoCreatesAProjectJoinsItAsScoper() {
		ProjectView project = this.service.create(this.scoper.current(), command(this.hope, "Scoped"));
		assertThat(project.members()).extracting(ProjectMember::userId, ProjectMember::role)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(this.scoper.id(), ProjectRole.SCOPER));
		assertThat(project.status()).isEqualTo(ProjectStatus.SCOPING);
		assertThat(this.events.stream(ProjectCreated.class)).contains(new ProjectCreated(project.id(), this.hope));
		assertThat(this.events.stream(ProjectMembershipChanged.class))
			.contains(new ProjectMembershipChanged(project.id(), this.scoper.id(), ProjectRole.SCOPER));
		assertThat(auditOf(project.id(), "PROJECT_CREATED")).singleElement()
			.satisfies((entry) -> assertThat(entry.actorId()).isEqualTo(this.scoper.id()));
	}

	@Test
	void detailsAreCheckedAndStoredCleanly() {
		UUID operator = this.fixtures.operator();
		assertInvalid("organisationId", "project.organisation.invalid",
				() -> this.service.create(this.admin, command(operator, "For the operator")));
		assertInvalid("organisationId", "project.organisation.invalid",
				() -> this.service.create(this.admin, command(UUID.randomUUID(), "Nowhere")));
		assertInvalid("organisationId", "project.organisation.invalid",
				() -> this.service.create(this.admin, command(null, "Nobody's")));
		this.organisations.setActive(this.admin, this.sahel, false);
		assertInvalid("organisationId", "project.organisation.invalid",
				() -> this.service.create(this.admin, command(this.sahel, "Deactivated partner")));
		assertInvalid("title", "project.title.required", () -> this.service.create(this.admin,
				new ProjectCommand(this.hope, "  ", "Purpose", "KE", day(1), day(2))));
		assertInvalid("title", "project.title.invalid", () -> this.service.create(this.admin,
				new ProjectCommand(this.hope, "t".repeat(201), "Purpose", "KE", day(1), day(2))));
		assertInvalid("title", "project.title.invalid", () -> this.service.create(this.admin,
				new ProjectCommand(this.hope, "Line\nbreak", "Purpose", "KE", day(1), day(2))));
		assertInvalid("purpose", "project.purpose.required", () -> this.service.create(this.admin,
				new ProjectCommand(this.hope, "Title", null, "KE", day(1), day(2))));
		assertInvalid("purpose", "project.purpose.invalid", () -> this.service.create(this.admin,
				new ProjectCommand(this.hope, "Title", "Bell\u0007", "KE", day(1), day(2))));
		for (String country : List.of("XX", "KEN", "", "k", "UK")) {
			assertInvalid("countryCode", "project.country.invalid", () -> this.service.create(this.admin,
					new ProjectCommand(this.hope, "Title", "Purpose", country, day(1), day(2))));
		}
		assertInvalid("startDate", "project.date.required", () -> this.service.create(this.admin,
				new ProjectCommand(this.hope, "Title", "Purpose", "KE", null, day(2))));
		assertInvalid("endDate", "project.date.outOfRange", () -> this.service.create(this.admin,
				new ProjectCommand(this.hope, "Title", "Purpose", "KE", day(1), LocalDate.of(9999, 12, 31))));
		assertInvalid("endDate", "project.endDate.beforeStart", () -> this.service.create(this.admin,
				new ProjectCommand(this.hope, "Title", "Purpose", "KE", day(2), day(1))));
		assertThat(countOf(this.hope)).isZero();

		ProjectView created = this.service.create(this.admin,
				new ProjectCommand(this.hope, "  Trimmed title  ", "Line one\nLine two", " ml ", day(1), day(1)));
		assertThat(created.title()).isEqualTo("Trimmed title");
		assertThat(created.purpose()).isEqualTo("Line one\nLine two");
		assertThat(created.countryCode()).isEqualTo("ML");
	}

	@Test
	void editsUseOptimisticLockingAndAreAudited() {
		ProjectView project = create(this.hope, "Original");
		ProjectView renamed = this.service.update(this.scoper.current(), project.id(), project.version(),
				command(this.hope, "Renamed"));
		assertThat(renamed.version()).isGreaterThan(project.version());
		assertThatThrownBy(() -> this.service.update(this.admin, project.id(), project.version(),
				command(this.hope, "Lost update")))
			.isInstanceOf(OptimisticLockingFailureException.class);
		assertThatThrownBy(
				() -> this.service.changeStatus(this.admin, project.id(), project.version(), ProjectStatus.DESIGN))
			.isInstanceOf(OptimisticLockingFailureException.class);
		ProjectView current = this.service.get(this.admin, project.id());
		assertThat(current.title()).isEqualTo("Renamed");
		assertThat(current.status()).isEqualTo(ProjectStatus.SCOPING);
		assertThat(auditOf(project.id(), "PROJECT_UPDATED")).hasSize(1);
		// membership changes do not make a form someone is editing stale
		this.service.addMember(this.admin, project.id(), this.hopePartner.id(), ProjectRole.PARTNER_STAFF);
		assertThat(
				this.service.update(this.admin, project.id(), current.version(), command(this.hope, "Again")).title())
			.isEqualTo("Again");
	}

	@Test
	void statusMovesAreGuardedPublishedAndAudited() {
		ProjectView project = create(this.hope, "Moving");
		ProjectView design = this.service.changeStatus(this.scoper.current(), project.id(), project.version(),
				ProjectStatus.DESIGN);
		assertInvalid("status", "project.status.notAllowed",
				() -> this.service.changeStatus(this.admin, project.id(), design.version(), ProjectStatus.CLOSED));
		ProjectView active = this.service.changeStatus(this.admin, project.id(), design.version(),
				ProjectStatus.ACTIVE);
		ProjectView back = this.service.changeStatus(this.admin, project.id(), active.version(), ProjectStatus.DESIGN);
		ProjectView again = this.service.changeStatus(this.admin, project.id(), back.version(), ProjectStatus.ACTIVE);
		ProjectView closed = this.service.changeStatus(this.admin, project.id(), again.version(), ProjectStatus.CLOSED);
		assertThat(closed.allowedStatuses()).isEmpty();
		assertInvalid("status", "project.closed",
				() -> this.service.changeStatus(this.admin, project.id(), closed.version(), ProjectStatus.ACTIVE));
		assertThat(this.events.stream(ProjectStatusChanged.class).filter((e) -> e.projectId().equals(project.id())))
			.containsExactly(new ProjectStatusChanged(project.id(), ProjectStatus.SCOPING, ProjectStatus.DESIGN),
					new ProjectStatusChanged(project.id(), ProjectStatus.DESIGN, ProjectStatus.ACTIVE),
					new ProjectStatusChanged(project.id(), ProjectStatus.ACTIVE, ProjectStatus.DESIGN),
					new ProjectStatusChanged(project.id(), ProjectStatus.DESIGN, ProjectStatus.ACTIVE),
					new ProjectStatusChanged(project.id(), ProjectStatus.ACTIVE, ProjectStatus.CLOSED));
		assertThat(auditOf(project.id(), "PROJECT_STATUS_CHANGED")).hasSize(5)
			.extracting(AuditEntry::details)
			.contains("from=ACTIVE to=CLOSED");
		assertThat(this.audit.verify().intact()).isTrue();
	}

	@Test
	void aClosedProjectIsReadOnly() {
		ProjectView project = create(this.hope, "Finished");
		this.service.addMember(this.admin, project.id(), this.hopePartner.id(), ProjectRole.PARTNER_STAFF);
		ProjectView closed = closeProject(project.id());
		assertInvalid("status", "project.closed",
				() -> this.service.update(this.admin, project.id(), closed.version(), command(this.hope, "Reopened")));
		assertInvalid("status", "project.closed", () -> this.service.addMember(this.admin, project.id(),
				this.hopeColleague.id(), ProjectRole.PARTNER_STAFF));
		assertInvalid("status", "project.closed", () -> this.service.changeMemberRole(this.admin, project.id(),
				this.hopePartner.id(), ProjectRole.PROJECT_CHAMPION));
		assertInvalid("status", "project.closed",
				() -> this.service.removeMember(this.admin, project.id(), this.hopePartner.id()));
		ProjectView after = this.service.get(this.admin, project.id());
		assertThat(after.title()).isEqualTo("Finished");
		assertThat(after.members()).extracting(ProjectMember::role).containsExactly(ProjectRole.PARTNER_STAFF);
		// members still see a closed project
		assertThat(this.projects.find(project.id(), this.hopePartner.current()).status())
			.isEqualTo(ProjectStatus.CLOSED);
	}

	@Test
	void membersMustFitTheirProjectRole() {
		ProjectView project = create(this.hope, "Fitting");
		UUID id = project.id();
		TestUser scoper = this.fixtures.scoper();
		assertInvalid("role", "project.member.notPartnerStaff",
				() -> this.service.addMember(this.admin, id, this.sahelPartner.id(), ProjectRole.PARTNER_STAFF));
		assertInvalid("role", "project.member.notPartnerStaff",
				() -> this.service.addMember(this.admin, id, this.sahelPartner.id(), ProjectRole.PROJECT_CHAMPION));
		assertInvalid("role", "project.member.notPartnerStaff",
				() -> this.service.addMember(this.admin, id, this.hopeVolunteer.id(), ProjectRole.PARTNER_STAFF));
		assertInvalid("role", "project.member.notPartnerStaff",
				() -> this.service.addMember(this.admin, id, scoper.id(), ProjectRole.PROJECT_CHAMPION));
		assertInvalid("role", "project.member.notScoper",
				() -> this.service.addMember(this.admin, id, this.hopePartner.id(), ProjectRole.SCOPER));
		assertInvalid("role", "project.member.notVolunteer",
				() -> this.service.addMember(this.admin, id, this.hopePartner.id(), ProjectRole.VOLUNTEER));
		assertInvalid("role", "project.member.volunteerOrganisation",
				() -> this.service.addMember(this.admin, id, this.sahelVolunteer.id(), ProjectRole.VOLUNTEER));
		assertInvalid("userId", "project.member.unknown",
				() -> this.service.addMember(this.admin, id, UUID.randomUUID(), ProjectRole.VOLUNTEER));
		assertInvalid("role", "project.member.role.required",
				() -> this.service.addMember(this.admin, id, this.hopePartner.id(), null));
		this.users.setActive(this.admin, this.hopeColleague.id(), false);
		assertInvalid("userId", "project.member.unknown",
				() -> this.service.addMember(this.admin, id, this.hopeColleague.id(), ProjectRole.PARTNER_STAFF));
		assertThat(this.service.get(this.admin, id).members()).isEmpty();

		this.service.addMember(this.admin, id, this.hopePartner.id(), ProjectRole.PROJECT_CHAMPION);
		this.service.addMember(this.admin, id, scoper.id(), ProjectRole.SCOPER);
		this.service.addMember(this.admin, id, this.operatorVolunteer.id(), ProjectRole.VOLUNTEER);
		this.service.addMember(this.admin, id, this.hopeVolunteer.id(), ProjectRole.VOLUNTEER);
		assertInvalid("userId", "project.member.already",
				() -> this.service.addMember(this.admin, id, this.hopePartner.id(), ProjectRole.PARTNER_STAFF));
		// a role change is checked the same way
		assertInvalid("role", "project.member.notScoper",
				() -> this.service.changeMemberRole(this.admin, id, this.hopePartner.id(), ProjectRole.SCOPER));
		assertThat(this.service.members(id)).extracting(ProjectMember::role)
			.containsExactly(ProjectRole.PROJECT_CHAMPION, ProjectRole.SCOPER, ProjectRole.VOLUNTEER,
					ProjectRole.VOLUNTEER);
		assertThat(this.projects.roleOf(id, scoper.id())).contains(ProjectRole.SCOPER);
		assertThat(this.projects.roleOf(id, this.sahelPartner.id())).isEmpty();
		assertThat(this.projects.roleOf(UUID.randomUUID(), scoper.id())).isEmpty();
		assertThatThrownBy(() -> this.projects.members(UUID.randomUUID())).isInstanceOf(NotFoundException.class);
	}

	@Test
	void atMostOneChampionAndRoleChangesArePublished() {
		ProjectView project = create(this.hope, "Champions");
		UUID id = project.id();
		this.service.addMember(this.admin, id, this.hopePartner.id(), ProjectRole.PROJECT_CHAMPION);
		this.service.addMember(this.admin, id, this.hopeColleague.id(), ProjectRole.PARTNER_STAFF);
		assertInvalid("role", "project.member.championTaken", () -> this.service.changeMemberRole(this.admin, id,
				this.hopeColleague.id(), ProjectRole.PROJECT_CHAMPION));
		this.service.changeMemberRole(this.admin, id, this.hopePartner.id(), ProjectRole.PARTNER_STAFF);
		this.service.changeMemberRole(this.admin, id, this.hopeColleague.id(), ProjectRole.PROJECT_CHAMPION);
		this.service.removeMember(this.admin, id, this.hopePartner.id());
		assertThat(this.events.stream(ProjectMembershipChanged.class).filter((e) -> e.projectId().equals(id)))
			.containsExactly(new ProjectMembershipChanged(id, this.hopePartner.id(), ProjectRole.PROJECT_CHAMPION),
					new ProjectMembershipChanged(id, this.hopeColleague.id(), ProjectRole.PARTNER_STAFF),
					new ProjectMembershipChanged(id, this.hopePartner.id(), ProjectRole.PARTNER_STAFF),
					new ProjectMembershipChanged(id, this.hopeColleague.id(), ProjectRole.PROJECT_CHAMPION),
					new ProjectMembershipChanged(id, this.hopePartner.id(), null));
		assertThat(auditOf(id, "PROJECT_MEMBER_ADDED")).hasSize(2);
		assertThat(auditOf(id, "PROJECT_MEMBER_ROLE_CHANGED")).hasSize(2);
		assertThat(auditOf(id, "PROJECT_MEMBER_REMOVED")).singleElement()
			.satisfies((entry) -> assertThat(entry.details()).contains(this.hopePartner.id().toString()));
		assertThatThrownBy(() -> this.service.removeMember(this.admin, id, this.hopePartner.id()))
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	void theDatabaseKeepsOneChampionWhenTwoAreNamedAtOnce() throws Exception {
		ProjectView project = create(this.hope, "Race");
		CyclicBarrier barrier = new CyclicBarrier(2);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<?>> attempts = List.of(pool.submit(() -> {
				barrier.await(10, TimeUnit.SECONDS);
				return this.service.addMember(this.admin, project.id(), this.hopePartner.id(),
						ProjectRole.PROJECT_CHAMPION);
			}), pool.submit(() -> {
				barrier.await(10, TimeUnit.SECONDS);
				return this.service.addMember(this.admin, project.id(), this.hopeColleague.id(),
						ProjectRole.PROJECT_CHAMPION);
			}));
			int failed = 0;
			for (Future<?> attempt : attempts) {
				try {
					attempt.get(30, TimeUnit.SECONDS);
				}
				catch (java.util.concurrent.ExecutionException ex) {
					assertThat(ex.getCause()).isInstanceOfAny(DataIntegrityViolationException.class,
							InvalidRequestException.class);
					failed++;
				}
			}
			assertThat(failed).isEqualTo(1);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(this.jdbc.queryForObject(
				"select count(*) from project_member where project_id = ? and role = 'PROJECT_CHAMPION'", Integer.class,
				project.id()))
			.isEqualTo(1);
	}

	@Test
	void candidatesAreThePeopleWhoFitAndAreNotYetMembers() {
		ProjectView project = create(this.hope, "Candidates");
		this.service.addMember(this.admin, project.id(), this.hopePartner.id(), ProjectRole.PARTNER_STAFF);
		MemberCandidates candidates = this.service.candidates(this.scoper.current(), project.id());
		assertThat(candidates.partnerStaff()).containsOnlyKeys(this.hopeColleague.id());
		assertThat(candidates.scopers()).containsKey(this.scoper.id());
		assertThat(candidates.volunteers()).containsKeys(this.hopeVolunteer.id(), this.operatorVolunteer.id())
			.doesNotContainKey(this.sahelVolunteer.id());
	}

	@Test
	void allListsEveryProjectForSystemJobs() {
		ProjectView hopeProject = create(this.hope, "System A");
		ProjectView sahelProject = create(this.sahel, "System B");
		assertThat(this.projects.all()).extracting(ProjectSummary::id).contains(hopeProject.id(), sahelProject.id());
		assertThat(this.projects.all()).filteredOn((p) -> p.id().equals(sahelProject.id()))
			.singleElement()
			.satisfies((p) -> assertThat(p.organisationName()).isNotBlank());
	}

	/**
	 * The ids on the first (full-size) page of what the viewer sees through the filter.
	 */
	private List<UUID> visible(CurrentUser viewer, ProjectFilter filter) {
		return this.projects.visibleTo(viewer, filter, PageQuery.firstOf(PageQuery.MAX_SIZE))
			.items()
			.stream()
			.map((p) -> p.project().id())
			.toList();
	}

	private void assertHiddenLikeAMissingProject(CurrentUser viewer, UUID projectId) {
		for (UUID id : List.of(projectId, UUID.randomUUID())) {
			assertThatThrownBy(() -> this.service.get(viewer, id)).isInstanceOf(NotFoundException.class)
				.hasMessage("Project " + id + " not found");
			assertThatThrownBy(() -> this.projects.find(id, viewer)).isInstanceOf(NotFoundException.class)
				.hasMessage("Project " + id + " not found");
			assertThatThrownBy(() -> this.service.update(viewer, id, 0, command(this.hope, "x")))
				.isInstanceOf(NotFoundException.class);
			assertThatThrownBy(() -> this.service.removeMember(viewer, id, viewer.id()))
				.isInstanceOf(NotFoundException.class);
		}
		assertThat(visible(viewer, ProjectFilter.all())).doesNotContain(projectId);
	}

	private ProjectView closeProject(UUID id) {
		ProjectView project = this.service.get(this.admin, id);
		for (ProjectStatus next : List.of(ProjectStatus.DESIGN, ProjectStatus.ACTIVE, ProjectStatus.CLOSED)) {
			project = this.service.changeStatus(this.admin, id, project.version(), next);
		}
		return project;
	}

	private ProjectView create(UUID organisation, String title) {
		return this.service.create(this.admin, command(organisation, title));
	}

	private static ProjectCommand command(UUID organisation, String title) {
		return new ProjectCommand(organisation, title, "Understand displacement", "KE", day(1), day(200));
	}

	private static LocalDate day(int n) {
		return LocalDate.of(2026, 1, 1).plusDays(n);
	}

	private int countOf(UUID organisation) {
		return this.jdbc.queryForObject("select count(*) from project where organisation_id = ?", Integer.class,
				organisation);
	}

	private List<AuditEntry> auditOf(UUID projectId, String action) {
		return this.audit.find(new AuditFilter(null, null, "Project", projectId.toString(), action, null, null), 0, 50)
			.items();
	}

	private static void assertRefused(Class<? extends Throwable> type, Executable call) {
		assertThatThrownBy(call::execute).isInstanceOf(type);
	}

	private static void assertInvalid(String field, String key, Executable call) {
		assertThatThrownBy(call::execute).isInstanceOf(InvalidRequestException.class).satisfies((ex) -> {
			assertThat(((InvalidRequestException) ex).field()).isEqualTo(field);
			assertThat(((InvalidRequestException) ex).messageKey()).isEqualTo(key);
		});
	}

}
