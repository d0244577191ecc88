package org.datapact.project.web;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.datapact.project.ProjectRole;
import org.datapact.project.ProjectStage;
import org.datapact.project.ProjectStatus;
import org.datapact.project.ProjectSummary;
import org.datapact.project.StageKey;
import org.datapact.project.StageState;
import org.datapact.project.StageView;
import org.datapact.project.VisibleProject;
import org.datapact.project.domain.ProjectCommand;
import org.datapact.project.domain.ProjectService;
import org.datapact.project.domain.ProjectView;
import org.datapact.shared.Role;
import org.datapact.support.Fixtures;
import org.datapact.support.Fixtures.TestUser;
import org.datapact.support.LiveClient;
import org.datapact.support.LiveServerTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.datapact.support.ErrorResponses.assertNoLeak;
import static org.datapact.support.ErrorResponses.assertPage;

/**
 * The project pages on a real server: list with filter and stage summary, the project
 * page's pipeline (with a stage provider registered for projects whose title starts with
 * "Staged"), and every form field's bad input answered with a localised error next to the
 * field, never a 500, with nothing saved and nothing typed lost.
 */
@LiveServerTest
@Import(ProjectPagesTest.StagedProjects.class)
@TestInstance(Lifecycle.PER_CLASS)
class ProjectPagesTest {

	private static final Pattern PROJECT_LOCATION = Pattern.compile("/projects/([0-9a-f-]{36})$");

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	ProjectService projects;

	@Autowired
	JdbcTemplate jdbc;

	TestUser admin;

	TestUser scoper;

	UUID partner;

	TestUser partnerStaff;

	LiveClient scoperBrowser;

	@BeforeAll
	void signIn() {
		this.admin = this.fixtures.admin();
		this.scoper = this.fixtures.scoper();
		this.partner = this.fixtures.partner();
		this.partnerStaff = this.fixtures.user(this.partner, Role.PARTNER);
		this.scoperBrowser = new LiveClient(this.port).signIn(this.scoper);
	}

	@Test
	void aScoperCreatesAProjectAndSeesWhereItStands() {
		HttpResponse<String> form = this.scoperBrowser.page("/projects/new");
		assertThat(form.statusCode()).isEqualTo(200);
		assertThat(form.body()).contains("id=\"project-form\"").contains("<option value=\"KE\">Kenya</option>");

		String title = "Displacement " + Fixtures.unique();
		HttpResponse<String> created = this.scoperBrowser.form("/projects", fields(title, "KE"), true);
		assertThat(created.statusCode()).isEqualTo(302);
		UUID id = idFrom(created);

		HttpResponse<String> page = this.scoperBrowser.page("/projects/" + id);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Project " + title + " created.")
			.contains("<dd class=\"col-sm-9\" id=\"project-country\">Kenya</dd>")
			.contains("2026-03-01 to 2026-11-30")
			.contains("Your role in this project: Scoper")
			.contains("aria-current=\"step\">Scoping</li>")
			.contains("id=\"move-design\"");
		List<String> stages = stagesOf(page.body());
		assertThat(stages).containsExactly("questionnaire", "classification", "plan", "sharing");
		assertThat(page.body()).contains("Step 1 of 4").contains("Step 4 of 4");
		assertThat(stage(page.body(), "questionnaire")).contains(">Not started</span>").contains("Not started yet.");
		assertThat(stage(page.body(), "plan")).contains(">Not started</span>")
			.contains("Starts when the questionnaire is accepted");
		assertThat(stage(page.body(), "sharing")).contains(">Not started</span>").contains("Not available yet.");

		HttpResponse<String> french = this.scoperBrowser
			.send(this.scoperBrowser.request("/projects/" + id).header("Accept-Language", "fr").GET());
		assertThat(french.body()).contains("Pas encore disponible.")
			.contains("Étape 1 sur 4")
			.contains("id=\"project-country\">Kenya</dd>")
			.contains("Votre rôle dans ce projet : Chargé de cadrage");
	}

	@Test
	void theCountryIsNamedInTheReadersLanguage() {
		ProjectView project = create("Swiss " + Fixtures.unique(), "CH");
		assertThat(this.scoperBrowser.page("/projects/" + project.id()).body())
			.contains("id=\"project-country\">Switzerland</dd>");
		assertThat(this.scoperBrowser
			.send(this.scoperBrowser.request("/projects/" + project.id()).header("Accept-Language", "fr").GET())
			.body()).contains("id=\"project-country\">Suisse</dd>");
	}

	@Test
	void aStageProvidersViewAppearsInThePipelineAndTheList() {
		ProjectView staged = create("Staged " + Fixtures.unique(), "KE");
		HttpResponse<String> page = this.scoperBrowser.page("/projects/" + staged.id());
		assertThat(page.statusCode()).isEqualTo(200);
		String sharing = stage(page.body(), "sharing");
		assertThat(sharing).contains("data-state=\"WAITING_FOR_REVIEW\"")
			.contains(">Waiting for review</span>")
			.contains("Step 4 of 4")
			.as("the provider's message with its arguments")
			.contains("3 of 7")
			.contains("Your next step:")
			.contains("href=\"/projects/" + staged.id() + "#members\"")
			.contains(">Add a member</a>");
		assertThat(stage(page.body(), "plan")).contains("Starts when the questionnaire is accepted");

		HttpResponse<String> list = this.scoperBrowser.page("/projects?size=100&organisationId=" + this.partner);
		String row = rowOf(list.body(), staged.title());
		assertThat(row).contains("Sharing</span>:").contains(">Waiting for review</span>");
	}

	@Test
	void theListFiltersByStatusAndShowsOnlyVisibleProjects() {
		ProjectView scoping = create("Filter scoping " + Fixtures.unique(), "KE");
		ProjectView design = create("Filter design " + Fixtures.unique(), "KE");
		this.projects.changeStatus(this.admin.current(), design.id(), design.version(), ProjectStatus.DESIGN);

		String partnersProjects = "/projects?size=100&organisationId=" + this.partner;
		assertThat(this.scoperBrowser.page(partnersProjects).body()).contains(scoping.title(), design.title());
		String designOnly = this.scoperBrowser.page(partnersProjects + "&status=DESIGN").body();
		assertThat(designOnly).contains(design.title())
			.doesNotContain(scoping.title())
			.contains("<option value=\"DESIGN\" selected=\"selected\">Design</option>");
		assertPage(this.scoperBrowser.page("/projects?status=nonsense"), 400);

		LiveClient partner = new LiveClient(this.port).signIn(this.partnerStaff);
		assertThat(partner.page("/projects").body()).doesNotContain(scoping.title())
			.contains("No projects to show.")
			.doesNotContain("id=\"new-project\"");
		this.projects.addMember(this.admin.current(), scoping.id(), this.partnerStaff.id(), ProjectRole.PARTNER_STAFF);
		assertThat(partner.page("/projects").body()).contains(scoping.title()).doesNotContain(design.title());
		assertThat(partner.page("/").body()).as("the dashboard lists it").contains(scoping.title());
		String page = partner.page("/projects/" + scoping.id()).body();
		assertThat(page).contains("Your role in this project: Partner staff")
			.doesNotContain("id=\"edit-project\"")
			.doesNotContain("id=\"add-member\"")
			.doesNotContain("id=\"status-actions\"");
		assertPage(partner.page("/projects/" + design.id()), 404);
		assertPage(partner.page("/projects/" + UUID.randomUUID()), 404);
		assertPage(partner.page("/projects/new"), 403);
	}

	@Test
	void badInputOnEveryCreateFieldIsAFieldErrorAndNothingIsSaved() {
		Map<String, Map<String, String>> cases = new LinkedHashMap<>();
		cases.put("organisationId", with("organisationId", ""));
		cases.put("organisationId ", with("organisationId", "not-a-uuid"));
		cases.put("organisationId  ", with("organisationId", UUID.randomUUID().toString()));
		cases.put("organisationId   ", with("organisationId", this.fixtures.operator().toString()));
		cases.put("title", with("title", ""));
		cases.put("title ", with("title", "t".repeat(10_000)));
		cases.put("title  ", with("title", "Tab\tand\u0000null"));
		cases.put("purpose", with("purpose", "   "));
		cases.put("purpose ", with("purpose", "p".repeat(4001)));
		cases.put("purpose  ", with("purpose", "Bell\u0007"));
		cases.put("countryCode", with("countryCode", ""));
		cases.put("countryCode ", with("countryCode", "XX"));
		cases.put("countryCode  ", with("countryCode", "Kenya"));
		cases.put("startDate", with("startDate", ""));
		cases.put("startDate ", with("startDate", "2026-13-45"));
		cases.put("startDate  ", with("startDate", "tomorrow"));
		cases.put("endDate", with("endDate", "2026-02-01"));
		cases.put("endDate ", with("endDate", "9999-12-31"));
		cases.put("endDate  ", with("endDate", "<script>alert(1)</script>"));
		int before = projectCount();
		cases.forEach((field, fields) -> {
			HttpResponse<String> response = this.scoperBrowser.form("/projects", fields, true);
			assertThat(response.statusCode()).as(field).isEqualTo(200);
			assertThat(response.body()).as(field)
				.contains("id=\"error-summary\"")
				.contains("id=\"" + field.strip() + "-error\"")
				.contains("href=\"#" + field.strip() + "\"")
				.doesNotContain("<script>alert(1)</script>");
			assertNoLeak(response.body());
		});
		assertThat(projectCount()).isEqualTo(before);

		// what was typed stays, and the message is in the reader's language
		Map<String, String> fields = with("endDate", "2026-02-01");
		fields.put("title", "Kept title");
		fields.put("_csrf", this.scoperBrowser.csrfToken());
		HttpResponse<String> french = this.scoperBrowser.send(this.scoperBrowser.request("/projects")
			.header("Accept-Language", "fr")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(java.net.http.HttpRequest.BodyPublishers.ofString(encode(fields))));
		assertThat(french.statusCode()).isEqualTo(200);
		assertThat(french.body()).contains("La date de fin doit être égale ou postérieure à la date de début.")
			.contains("value=\"Kept title\"")
			.contains("value=\"2026-02-01\"");
	}

	@Test
	void badInputOnEveryEditFieldIsAFieldErrorAndAStaleVersionKeepsWhatWasTyped() {
		ProjectView project = create("Editable " + Fixtures.unique(), "KE");
		String path = "/projects/" + project.id();
		Map<String, String> valid = editFields(project, "Edited title");
		Map<String, Map<String, String>> cases = new LinkedHashMap<>();
		for (String[] bad : new String[][] { { "title", "" }, { "title", "x".repeat(201) }, { "purpose", "" },
				{ "countryCode", "ZZ" }, { "startDate", "2026-02-30" }, { "startDate", "1999-12-31" },
				{ "endDate", "" }, { "endDate", "2026-02-01" } }) {
			Map<String, String> fields = new HashMap<>(valid);
			fields.put(bad[0], bad[1]);
			cases.put(bad[0] + "=" + bad[1], fields);
		}
		cases.forEach((label, fields) -> {
			HttpResponse<String> response = this.scoperBrowser.form(path, fields, true);
			String field = label.substring(0, label.indexOf('='));
			assertThat(response.statusCode()).as(label).isEqualTo(200);
			assertThat(response.body()).as(label)
				.contains("id=\"error-summary\"")
				.contains("id=\"" + field + "-error\"");
			assertNoLeak(response.body());
		});
		Map<String, String> noVersion = new HashMap<>(valid);
		noVersion.put("version", "x");
		assertThat(this.scoperBrowser.form(path, noVersion, true).body()).contains("id=\"error-summary\"");
		assertThat(this.projects.get(this.admin.current(), project.id()).title()).isEqualTo(project.title());

		// someone else saves first: the form comes back with the conflict and what was
		// typed
		this.projects.update(this.admin.current(), project.id(), project.version(), new ProjectCommand(null,
				"Changed meanwhile", "Purpose", "KE", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 11, 30)));
		HttpResponse<String> conflict = this.scoperBrowser.form(path, valid, true);
		assertThat(conflict.statusCode()).isEqualTo(200);
		assertThat(conflict.body()).contains("Someone else changed this project while you were editing.")
			.contains("value=\"Edited title\"");
		assertThat(this.projects.get(this.admin.current(), project.id()).title()).isEqualTo("Changed meanwhile");
		// saving again, on the version now shown, succeeds
		String version = versionIn(conflict.body());
		Map<String, String> again = new HashMap<>(valid);
		again.put("version", version);
		assertThat(this.scoperBrowser.form(path, again, true).statusCode()).isEqualTo(302);
		assertThat(this.projects.get(this.admin.current(), project.id()).title()).isEqualTo("Edited title");
	}

	@Test
	void membersAreManagedOnTheProjectPageWithInlineErrors() {
		ProjectView project = create("Members " + Fixtures.unique(), "KE");
		String path = "/projects/" + project.id();
		TestUser otherPartner = this.fixtures.user(this.fixtures.partner(), Role.PARTNER);
		HttpResponse<String> page = this.scoperBrowser.page(path);
		assertThat(page.body()).contains("id=\"add-member\"").contains(this.partnerStaff.username());

		for (Map<String, String> bad : List.of(Map.of("userId", "", "role", "PARTNER_STAFF"),
				Map.of("userId", "nope", "role", "PARTNER_STAFF"),
				Map.of("userId", this.partnerStaff.id().toString(), "role", ""),
				Map.of("userId", this.partnerStaff.id().toString(), "role", "OWNER"),
				Map.of("userId", this.partnerStaff.id().toString(), "role", "SCOPER"),
				Map.of("userId", otherPartner.id().toString(), "role", "PARTNER_STAFF"),
				Map.of("userId", UUID.randomUUID().toString(), "role", "VOLUNTEER"))) {
			HttpResponse<String> response = this.scoperBrowser.form(path + "/members", bad, true);
			assertThat(response.statusCode()).as(bad.toString()).isEqualTo(200);
			assertThat(response.body()).as(bad.toString())
				.contains("id=\"error-summary\"")
				.containsAnyOf("id=\"userId-error\"", "id=\"role-error\"");
			assertNoLeak(response.body());
		}
		assertThat(this.projects.get(this.admin.current(), project.id()).members()).hasSize(1);

		HttpResponse<String> added = this.scoperBrowser.form(path + "/members",
				Map.of("userId", this.partnerStaff.id().toString(), "role", "PROJECT_CHAMPION"), true);
		assertThat(added.statusCode()).isEqualTo(302);
		assertThat(this.scoperBrowser.page(path).body()).contains("Member added.").contains("Project champion");

		HttpResponse<String> wrongRole = this.scoperBrowser.form(path + "/members/" + this.partnerStaff.id(),
				Map.of("role", "VOLUNTEER"), true);
		assertThat(wrongRole.statusCode()).isEqualTo(200);
		assertThat(wrongRole.body()).contains("id=\"role-" + this.partnerStaff.id() + "-error\"")
			.contains("Only a person with the volunteer role can be a volunteer in a project.");
		assertThat(this.scoperBrowser.form(path + "/members/" + this.partnerStaff.id(), Map.of("role", "BOSS"), true)
			.body()).contains("id=\"role-" + this.partnerStaff.id() + "-error\"");
		assertThat(this.scoperBrowser
			.form(path + "/members/" + this.partnerStaff.id(), Map.of("role", "PARTNER_STAFF"), true)
			.statusCode()).isEqualTo(302);
		assertPage(
				this.scoperBrowser.form(path + "/members/" + UUID.randomUUID(), Map.of("role", "PARTNER_STAFF"), true),
				404);

		assertThat(this.scoperBrowser.form(path + "/members/" + this.partnerStaff.id() + "/remove", Map.of(), true)
			.statusCode()).isEqualTo(302);
		assertThat(this.projects.roleOf(project.id(), this.partnerStaff.id())).isEmpty();
		assertPage(this.scoperBrowser.form(path + "/members/not-a-uuid/remove", Map.of(), true), 400);
	}

	@Test
	void statusButtonsMoveTheProjectAndAClosedProjectIsReadOnly() {
		ProjectView project = create("Lifecycle " + Fixtures.unique(), "KE");
		String path = "/projects/" + project.id();
		assertThat(this.scoperBrowser
			.form(path + "/status", Map.of("status", "ACTIVE", "version", String.valueOf(project.version())), true)
			.statusCode()).isEqualTo(302);
		assertThat(this.scoperBrowser.page(path).body()).contains("A project moves one step forward or back at a time");
		for (Map<String, String> bad : List.<Map<String, String>>of(Map.of("status", "LATER", "version", "0"),
				Map.of("status", "DESIGN", "version", "zero"), Map.of())) {
			assertThat(this.scoperBrowser.form(path + "/status", bad, true).statusCode()).isEqualTo(302);
			assertThat(this.scoperBrowser.page(path).body()).contains("id=\"flash-warning\"");
		}
		assertThat(this.scoperBrowser
			.form(path + "/status", Map.of("status", "DESIGN", "version", String.valueOf(project.version() + 5)), true)
			.statusCode()).isEqualTo(302);
		assertThat(this.scoperBrowser.page(path).body())
			.contains("Someone else changed this project at the same time.");

		long version = project.version();
		for (String status : List.of("DESIGN", "ACTIVE", "CLOSED")) {
			this.scoperBrowser.form(path + "/status", Map.of("status", status, "version", String.valueOf(version)),
					true);
			version = this.projects.get(this.admin.current(), project.id()).version();
		}
		String closed = this.scoperBrowser.page(path).body();
		assertThat(this.projects.get(this.admin.current(), project.id()).status()).isEqualTo(ProjectStatus.CLOSED);
		assertThat(closed).contains("id=\"closed-notice\"")
			.doesNotContain("id=\"edit-project\"")
			.doesNotContain("id=\"add-member\"")
			.doesNotContain("id=\"move-");
		assertThat(this.scoperBrowser.page(path + "/edit").statusCode()).isEqualTo(302);
		HttpResponse<String> edit = this.scoperBrowser.form(path, editFields(project, "Too late"), true);
		assertThat(edit.statusCode()).isEqualTo(200);
		assertThat(edit.body()).contains("This project is closed and can no longer be changed.");
	}

	private ProjectView create(String title, String country) {
		return this.projects.create(this.scoper.current(), new ProjectCommand(this.partner, title,
				"Understand displacement", country, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 11, 30)));
	}

	private Map<String, String> fields(String title, String country) {
		Map<String, String> fields = new HashMap<>();
		fields.put("organisationId", this.partner.toString());
		fields.put("title", title);
		fields.put("purpose", "Understand displacement\nacross camps");
		fields.put("countryCode", country);
		fields.put("startDate", "2026-03-01");
		fields.put("endDate", "2026-11-30");
		return fields;
	}

	private Map<String, String> with(String field, String value) {
		Map<String, String> fields = fields("Bad input " + Fixtures.unique(), "KE");
		fields.put(field, value);
		return fields;
	}

	private static Map<String, String> editFields(ProjectView project, String title) {
		Map<String, String> fields = new HashMap<>();
		fields.put("title", title);
		fields.put("purpose", project.purpose());
		fields.put("countryCode", project.countryCode());
		fields.put("startDate", project.startDate().toString());
		fields.put("endDate", project.endDate().toString());
		fields.put("version", String.valueOf(project.version()));
		return fields;
	}

	private int projectCount() {
		return this.jdbc.queryForObject("select count(*) from project where organisation_id = ?", Integer.class,
				this.partner);
	}

	private static UUID idFrom(HttpResponse<String> response) {
		String location = response.headers().firstValue("Location").orElseThrow();
		Matcher matcher = PROJECT_LOCATION.matcher(location);
		assertThat(matcher.find()).as(location).isTrue();
		return UUID.fromString(matcher.group(1));
	}

	private static String versionIn(String body) {
		Matcher matcher = Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(body);
		assertThat(matcher.find()).isTrue();
		return matcher.group(1);
	}

	private static List<String> stagesOf(String body) {
		Matcher matcher = Pattern.compile("id=\"stage-([a-z]+)\"").matcher(body);
		List<String> stages = new java.util.ArrayList<>();
		while (matcher.find()) {
			stages.add(matcher.group(1));
		}
		return stages;
	}

	private static String stage(String body, String stage) {
		int start = body.indexOf("id=\"stage-" + stage + "\"");
		assertThat(start).as(stage).isPositive();
		int end = body.indexOf("</li>", start);
		return body.substring(start, end);
	}

	private static String rowOf(String body, String title) {
		int start = body.indexOf(">" + title + "</a>");
		assertThat(start).as(title).isPositive();
		return body.substring(start, body.indexOf("</tr>", start));
	}

	private static String encode(Map<String, String> fields) {
		return fields.entrySet()
			.stream()
			.map((e) -> java.net.URLEncoder.encode(e.getKey(), java.nio.charset.StandardCharsets.UTF_8) + "="
					+ java.net.URLEncoder.encode(e.getValue(), java.nio.charset.StandardCharsets.UTF_8))
			.collect(java.util.stream.Collectors.joining("&"));
	}

	/**
	 * A questionnaire stage for projects whose title starts with "Staged": waiting for
	 * review, 3 of 7 answered, and a next step for whoever looks.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	static class StagedProjects {

		@Bean
		ProjectStage stagedSharing() {
			return (projects, viewer) -> {
				Map<UUID, StageView> views = new HashMap<>();
				for (VisibleProject visible : projects) {
					ProjectSummary project = visible.project();
					if (project.title().startsWith("Staged")) {
						views.put(project.id(),
								new StageView(StageKey.SHARING, StageState.WAITING_FOR_REVIEW, "project.pipeline.step",
										List.of(3, 7), "project.member.add", "/projects/" + project.id() + "#members"));
					}
				}
				return views;
			};
		}

	}

}
