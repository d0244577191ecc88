package org.datapact;

import java.net.URI;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.datapact.audit.domain.AuditLog;
import org.datapact.focalpoint.FocalPointRole;
import org.datapact.focalpoint.domain.ContactDetailsInput;
import org.datapact.focalpoint.domain.FocalPointService;
import org.datapact.focalpoint.domain.HandoverInput;
import org.datapact.organisation.OrganisationKind;
import org.datapact.organisation.domain.OrganisationCommand;
import org.datapact.organisation.domain.OrganisationService;
import org.datapact.project.ProjectRole;
import org.datapact.project.domain.ProjectCommand;
import org.datapact.project.domain.ProjectService;
import org.datapact.questionnaire.GeneratedTemplates;
import org.datapact.questionnaire.QuestionnaireFixtures;
import org.datapact.questionnaire.QuestionnaireFixtures.Team;
import org.datapact.questionnaire.domain.QuestionnaireService;
import org.datapact.security.domain.ApiTokenService;
import org.datapact.security.domain.LoginHistory;
import org.datapact.security.domain.TokenScope;
import org.datapact.shared.AuditEvent;
import org.datapact.shared.CurrentUser;
import org.datapact.shared.PageQuery;
import org.datapact.shared.Role;
import org.datapact.support.Fixtures;
import org.datapact.support.Fixtures.TestUser;
import org.datapact.support.IntegrationTest;
import org.datapact.support.Logins;
import org.datapact.support.SqlStatementCounter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every list page, its API twin and the dashboard cost a fixed number of SQL statements
 * whether the list holds 1, 25 or 200 rows, each shown on a full page (1, 25 and 100
 * rows, the largest page): never one statement per row. A page may skip a query for what
 * it does not hold (no questionnaire being filled in among its projects, nothing to
 * name), so the counts may differ by up to two; but 200 rows never cost more than 25, and
 * a cost per row would show as a difference of at least 24. The figures are printed for
 * the closing note ({@code [sql] ...}).
 */
@IntegrationTest
@Import({ QuestionnaireFixtures.class, SqlStatementCounter.Configuration.class })
@TestInstance(Lifecycle.PER_CLASS)
class ListPagesSqlCountTest {

	private static final List<Integer> ROWS = List.of(1, 25, 200);

	@Autowired
	WebApplicationContext context;

	@Autowired
	Fixtures fixtures;

	@Autowired
	QuestionnaireFixtures questionnaireFixtures;

	@Autowired
	QuestionnaireService questionnaires;

	@Autowired
	ProjectService projects;

	@Autowired
	OrganisationService organisations;

	@Autowired
	FocalPointService focalPoints;

	@Autowired
	ApiTokenService tokens;

	@Autowired
	LoginHistory logins;

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcClient jdbc;

	MockMvc mvc;

	TestUser admin;

	MockHttpSession adminSession;

	/** A project whose questionnaire was submitted and classified, copied into others. */
	Team source;

	UUID sourceQuestionnaire;

	UUID sourceRun;

	@BeforeAll
	void setUp() throws Exception {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
		this.admin = this.fixtures.admin();
		this.adminSession = Logins.signIn(this.mvc, this.admin);
		this.source = submittedTeam();
		this.sourceQuestionnaire = this.jdbc.sql("select id from questionnaire where project_id = ?")
			.param(this.source.projectId())
			.query(UUID.class)
			.single();
		this.sourceRun = latestRun(this.source.projectId());
	}

	@Test
	void theProjectListAndTheDashboardCostTheSameForOneOrTwoHundredProjects() throws Exception {
		Map<String, Map<Integer, Long>> costs = new LinkedHashMap<>();
		for (int rows : ROWS) {
			TestUser volunteer = this.fixtures.user(this.fixtures.operator(), Role.VOLUNTEER);
			UUID partner = this.fixtures.partner();
			for (int i = 0; i < rows; i++) {
				stagedProject(partner, volunteer, i);
			}
			MockHttpSession session = Logins.signIn(this.mvc, volunteer);
			record(costs, "/projects (volunteer)", rows, cost(session, "/projects?size=" + size(rows)));
			record(costs, "/projects sorted by end date", rows,
					cost(session, "/projects?size=" + size(rows) + "&sort=endDate,desc"));
			record(costs, "/api/v1/projects (volunteer)", rows, cost(session, "/api/v1/projects?size=" + size(rows)));
			record(costs, "/ dashboard (volunteer)", rows, cost(session, "/"));
			record(costs, "/projects (admin, one organisation)", rows,
					cost(this.adminSession, "/projects?size=" + size(rows) + "&organisationId=" + partner));
			record(costs, "/ dashboard (admin)", rows, cost(this.adminSession, "/"));
		}
		assertConstant(costs);
	}

	@Test
	void organisationUserAndFocalPointListsCostTheSameForOneOrTwoHundredRows() throws Exception {
		Map<String, Map<Integer, Long>> costs = new LinkedHashMap<>();
		UUID operator = this.fixtures.operator();
		for (int rows : ROWS) {
			String prefix = "Listed " + Fixtures.unique() + " ";
			UUID organisation = null;
			for (int i = 0; i < rows; i++) {
				organisation = this.organisations
					.create(this.admin.current(), new OrganisationCommand(prefix + i, OrganisationKind.PARTNER, "KE"))
					.id();
			}
			UUID people = organisation;
			for (int i = 0; i < rows; i++) {
				insertUser(people, (i % 2 == 0) ? Set.of(Role.PARTNER) : Set.of(Role.PARTNER, Role.VOLUNTEER));
			}
			holdings(people, rows);
			String q = prefix.strip().replace(" ", "%20");
			record(costs, "/organisations?q=", rows,
					cost(this.adminSession, "/organisations?size=" + size(rows) + "&q=" + q));
			record(costs, "/api/v1/organisations?q=", rows,
					cost(this.adminSession, "/api/v1/organisations?size=" + size(rows) + "&q=" + q));
			record(costs, "/admin/users?organisationId=", rows,
					cost(this.adminSession, "/admin/users?size=" + size(rows) + "&organisationId=" + people));
			record(costs, "/api/v1/users?organisationId=", rows,
					cost(this.adminSession, "/api/v1/users?size=" + size(rows) + "&organisationId=" + people));
			record(costs, "/organisations/{id} (its people)", rows,
					cost(this.adminSession, "/organisations/" + people + "?size=" + size(rows)));
			record(costs, "/organisations/{id}/focal-points/history", rows,
					cost(this.adminSession, "/organisations/" + people + "/focal-points/history?size=" + size(rows)));
			record(costs, "/api/v1/organisations/{id}/focal-points/history", rows, cost(this.adminSession,
					"/api/v1/organisations/" + people + "/focal-points/history?size=" + size(rows)));
			record(costs, "/organisations/{operator}/focal-points (counterparts)", rows,
					cost(this.adminSession, "/organisations/" + operator + "/focal-points?size=" + size(rows)));
		}
		assertConstant(costs);
	}

	@Test
	void auditTokenSignInTemplateRuleSetAndContextListsCostTheSameForOneOrTwoHundredRows() throws Exception {
		Map<String, Map<Integer, Long>> costs = new LinkedHashMap<>();
		for (int rows : ROWS) {
			String marker = "LISTED_" + Fixtures.unique();
			TestUser someone = this.fixtures.user(this.fixtures.partner(), Role.PARTNER);
			for (int i = 0; i < rows; i++) {
				this.audit.append(AuditEvent.success(someone.current(), "PROJECT_UPDATED", "Project", marker, null)
					.withDetails("row " + i));
				this.tokens.revoke(someone.current(),
						this.tokens.create(someone.current(), "token " + i, 30, TokenScope.READ_WRITE).token().id());
				this.logins.record(someone.id(), "10.9.8." + (i % 250), "test", i % 3 != 0);
				GeneratedTemplates.publish(this.jdbc,
						GeneratedTemplates.withQuestions("listed_" + Fixtures.unique(), 3));
			}
			insertRuleSetVersions(rows);
			insertContexts(rows);
			MockHttpSession session = Logins.signIn(this.mvc, someone);
			record(costs, "/admin/audit?entityId=", rows,
					cost(this.adminSession, "/admin/audit?size=" + size(rows) + "&entityId=" + marker));
			record(costs, "/api/v1/audit?entityId=", rows,
					cost(this.adminSession, "/api/v1/audit?size=" + size(rows) + "&entityId=" + marker));
			record(costs, "/profile (tokens and sign-ins)", rows,
					cost(session, "/profile?tokensSize=" + size(rows) + "&loginsSize=" + size(rows)));
			record(costs, "/api/v1/me/tokens", rows, cost(session, "/api/v1/me/tokens?size=" + size(rows)));
			record(costs, "/api/v1/me/logins", rows, cost(session, "/api/v1/me/logins?size=" + size(rows)));
			record(costs, "/admin/templates", rows, cost(this.adminSession, "/admin/templates?size=" + size(rows)));
			record(costs, "/admin/classification/rule-sets", rows,
					cost(this.adminSession, "/admin/classification/rule-sets?size=" + size(rows)));
			record(costs, "/admin/contexts", rows, cost(this.adminSession, "/admin/contexts?size=" + size(rows)));
		}
		assertConstant(costs);
	}

	@Test
	void revisionsAndClassificationHistoryCostTheSameForOneOrTwoHundredStoredRuns() throws Exception {
		Map<String, Map<Integer, Long>> costs = new LinkedHashMap<>();
		for (int rows : ROWS) {
			Team team = submittedTeam();
			UUID questionnaire = this.jdbc.sql("select id from questionnaire where project_id = ?")
				.param(team.projectId())
				.query(UUID.class)
				.single();
			for (int number = 2; number <= rows; number++) {
				this.jdbc.sql("""
						insert into questionnaire_revision (id, questionnaire_id, number, template_id, answers,
						    submitted_by, submitted_at, outcome, reviewed_by, reviewed_at, review_note)
						select ?, questionnaire_id, ?, template_id, answers, submitted_by, submitted_at, 'RETURNED',
						    submitted_by, submitted_at, 'Please look again'
						from questionnaire_revision where questionnaire_id = ? and number = 1""")
					.params(UUID.randomUUID(), number, questionnaire)
					.update();
			}
			this.jdbc.sql("update questionnaire set revision = ? where id = ?").params(rows, questionnaire).update();
			UUID run = latestRun(team.projectId());
			for (int i = 1; i < rows; i++) {
				copyRun(run, team.projectId(), LocalDate.now().plusMonths(3), Instant.now().minus(i, ChronoUnit.HOURS));
			}
			MockHttpSession scoper = Logins.signIn(this.mvc, team.scoper());
			String project = "/projects/" + team.projectId();
			record(costs, "/projects/{id}/questionnaire (revisions)", rows,
					cost(scoper, project + "/questionnaire?revisionsSize=" + size(rows)));
			record(costs, "/api/v1/projects/{id}/questionnaire/revisions", rows,
					cost(scoper, "/api/v1" + project + "/questionnaire/revisions?size=" + size(rows)));
			record(costs, "/projects/{id}/classification (history)", rows,
					cost(scoper, project + "/classification?historySize=" + size(rows)));
			record(costs, "/api/v1/projects/{id}/classification/history", rows,
					cost(scoper, "/api/v1" + project + "/classification/history?size=" + size(rows)));
		}
		assertConstant(costs);
	}

	/**
	 * The statements of one request, after a first one that fills the caches every
	 * request finds filled in a running application.
	 */
	private long cost(MockHttpSession session, String url) throws Exception {
		String accept = url.startsWith("/api/") ? "application/json" : "text/html";
		this.mvc.perform(get(URI.create(url)).session(session).accept(accept)).andExpect(status().isOk());
		SqlStatementCounter.takeForThisThread();
		this.mvc.perform(get(URI.create(url)).session(session).accept(accept)).andExpect(status().isOk());
		return SqlStatementCounter.takeForThisThread();
	}

	private static void record(Map<String, Map<Integer, Long>> costs, String what, int rows, long statements) {
		costs.computeIfAbsent(what, (key) -> new LinkedHashMap<>()).put(rows, statements);
	}

	/**
	 * A list costs a fixed number of statements: a page that shows rows may cost a few
	 * more than an empty one (a second query for what the rows show, or one audit batch
	 * for the sensitive rows read: the chain's lock, its head and one insert), never more
	 * with more rows.
	 */
	private static void assertConstant(Map<String, Map<Integer, Long>> costs) {
		costs.forEach((what, byRows) -> System.out.println("[sql] " + what + ": " + byRows));
		costs.forEach((what, byRows) -> {
			long fewest = byRows.values().stream().mapToLong(Long::longValue).min().orElseThrow();
			assertThat(byRows.values()).as("SQL statements of %s by rows", what)
				.allSatisfy((count) -> assertThat(count).isBetween(fewest, fewest + 3));
			assertThat(byRows.get(200)).as("SQL statements of %s at 200 rows, not more than at 25", what)
				.isLessThanOrEqualTo(byRows.get(25));
		});
	}

	/** A full page of the rows: all of them, up to the largest page. */
	private static int size(int rows) {
		return Math.min(rows, PageQuery.MAX_SIZE);
	}

	/**
	 * A project with a partner member whose questionnaire was submitted and classified.
	 */
	private Team submittedTeam() {
		Team team = this.questionnaireFixtures.team();
		this.questionnaireFixtures.completeAll(team, 2);
		this.questionnaires.submit(team.projectId(), team.partner().current());
		return team;
	}

	/**
	 * A project of the partner with the volunteer as member, in one of four states turn
	 * by turn: no questionnaire; a questionnaire being filled in; submitted and
	 * classified with an override waiting for approval; accepted, classified, overdue for
	 * review and marked for re-assessment.
	 */
	private void stagedProject(UUID partner, TestUser volunteer, int i) {
		CurrentUser admin = this.admin.current();
		UUID project = this.projects
			.create(admin,
					new ProjectCommand(partner, "Staged " + Fixtures.unique() + " " + i, "Purpose", "KE",
							LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31).minusDays(i % 300)))
			.id();
		this.projects.addMember(admin, project, volunteer.id(), ProjectRole.VOLUNTEER);
		int state = i % 4;
		if (state == 0) {
			return;
		}
		UUID questionnaire = UUID.randomUUID();
		String status = switch (state) {
			case 1 -> "IN_PROGRESS";
			case 2 -> "SUBMITTED";
			default -> "ACCEPTED";
		};
		this.jdbc.sql("""
				insert into questionnaire (id, project_id, organisation_id, template_id, status, revision, created_at,
				    updated_at, version)
				select ?, ?, ?, template_id, ?, ?, now(), now(), 0 from questionnaire where id = ?""")
			.params(questionnaire, project, partner, status, (state == 1) ? 0 : 1, this.sourceQuestionnaire)
			.update();
		if (state == 1) {
			this.jdbc.sql("""
					insert into questionnaire_answer (questionnaire_id, entry_id, question_key, value, version,
					    updated_by, updated_at)
					select ?, null, question_key, value, version, updated_by, now() from questionnaire_answer
					where questionnaire_id = ? and entry_id is null""")
				.params(questionnaire, this.sourceQuestionnaire)
				.update();
			return;
		}
		LocalDate reviewBy = (state == 3) ? LocalDate.now().minusDays(1 + i) : LocalDate.now().plusMonths(3);
		copyRun(this.sourceRun, project, reviewBy, Instant.now());
		if (state == 2) {
			this.jdbc
				.sql("""
						insert into classification_override (id, project_id, organisation_id, dataset_id, dataset_name,
						    computed_level, requested_level, justification, status, requested_by, requested_at)
						values (?, ?, ?, 'ds-1', 'Dataset', 'SECRET', 'CONFIDENTIAL', 'Pseudonymised', 'PENDING', ?, now())""")
				.params(UUID.randomUUID(), project, partner, this.admin.id())
				.update();
		}
		else {
			this.jdbc.sql("insert into classification_reassessment (id, project_id, marked_at) values (?, ?, now())")
				.params(UUID.randomUUID(), project)
				.update();
		}
	}

	private void copyRun(UUID run, UUID project, LocalDate reviewBy, Instant evaluatedAt) {
		UUID copy = UUID.randomUUID();
		this.jdbc.sql("""
				insert into classification_run (id, project_id, organisation_id, rule_set_id, rule_set_version,
				    questionnaire_revision, trigger, actor_id, evaluated_at, computed_level, final_level, review_by,
				    country, contexts, evaluation)
				select ?, ?, organisation_id, rule_set_id, rule_set_version, questionnaire_revision, trigger, actor_id,
				    ?, computed_level, final_level, ?, country, contexts, evaluation
				from classification_run where id = ?""")
			.params(copy, project, Timestamp.from(evaluatedAt), reviewBy, run)
			.update();
		this.jdbc.sql("""
				insert into classification_dataset_result (run_id, dataset_id, position, name, computed_level,
				    final_level, override_id, override_note, review_by)
				select ?, dataset_id, position, name, computed_level, final_level, override_id, override_note, review_by
				from classification_dataset_result where run_id = ?""").params(copy, run).update();
	}

	private UUID latestRun(UUID project) {
		return this.jdbc
			.sql("select id from classification_run where project_id = ? order by evaluated_at desc, id desc limit 1")
			.param(project)
			.query(UUID.class)
			.single();
	}

	/**
	 * A person of the organisation, written directly: hashing 200 passwords proves
	 * nothing here.
	 */
	private void insertUser(UUID organisation, Set<Role> roles) {
		UUID id = UUID.randomUUID();
		String username = "listed" + Fixtures.unique();
		this.jdbc.sql("""
				insert into app_user (id, organisation_id, username, display_name, email, password_hash, active,
				    must_change_password, version, created_at, updated_at, credentials_changed_at)
				values (?, ?, ?, ?, ?, 'not a hash', true, false, 0, now(), now(), now())""")
			.params(id, organisation, username, "Listed " + username, username + "@example.org")
			.update();
		for (Role role : roles) {
			this.jdbc.sql("insert into app_user_role (user_id, role) values (?, ?)").params(id, role.name()).update();
		}
	}

	/** The organisation's primary role held by as many people in turn. */
	private void holdings(UUID organisation, int count) {
		CurrentUser admin = this.admin.current();
		this.focalPoints.appoint(admin, organisation, FocalPointRole.PRIMARY, contact(0));
		for (int i = 1; i < count; i++) {
			this.focalPoints.designateSuccessor(admin, organisation, FocalPointRole.PRIMARY, contact(i),
					LocalDate.now(), HandoverInput.empty());
		}
	}

	private static ContactDetailsInput contact(int i) {
		return new ContactDetailsInput("Holder " + i, "Officer", "+254 712 " + String.format("%06d", i),
				"holder" + i + "@example.org", null, "en", null);
	}

	/** Published versions of a rule set of their own, older than the one in force. */
	private void insertRuleSetVersions(int count) {
		String key = "zz-listed-" + Fixtures.unique();
		for (int version = 1; version <= count; version++) {
			this.jdbc.sql("""
					insert into classification_rule_set (id, rule_set_key, version, status, name, definition,
					    created_at, updated_at, published_at, publish_reason)
					select ?, ?, ?, 'PUBLISHED', 'Listed', definition, now(), now(), timestamptz '2000-01-01',
					    'Listed in a test'
					from classification_rule_set where status = 'PUBLISHED' order by published_at desc limit 1""")
				.params(UUID.randomUUID(), key, version)
				.update();
		}
	}

	/** Declarations for Antarctica, long past, so that no project is reassessed. */
	private void insertContexts(int count) {
		for (int i = 0; i < count; i++) {
			this.jdbc.sql("""
					insert into classification_context (id, country, context_key, description, effective_from,
					    effective_to, declared_by, declared_at)
					values (?, 'AQ', 'listed', 'Listed in a test', date '2001-01-01', date '2001-12-31', ?, now())""")
				.params(UUID.randomUUID(), this.admin.id())
				.update();
		}
	}

}
