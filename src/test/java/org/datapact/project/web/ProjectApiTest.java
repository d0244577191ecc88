package org.datapact.project.web;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.datapact.project.ProjectRole;
import org.datapact.project.domain.ProjectCommand;
import org.datapact.project.domain.ProjectService;
import org.datapact.project.domain.ProjectView;
import org.datapact.security.domain.ApiTokenService;
import org.datapact.security.domain.TokenScope;
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
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.datapact.support.ErrorResponses.assertProblem;
import static org.datapact.support.ErrorResponses.fieldError;

/**
 * The project API on a real server: the whole life of a project, problem+json for every
 * refusal, field errors for bad values, 409 for stale versions, and the same visibility
 * for sessions and bearer tokens as on the pages.
 */
@LiveServerTest
@TestInstance(Lifecycle.PER_CLASS)
class ProjectApiTest {

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	ProjectService projects;

	@Autowired
	ApiTokenService tokens;

	@Autowired
	JdbcTemplate jdbc;

	TestUser admin;

	TestUser scoper;

	UUID partner;

	UUID otherPartner;

	TestUser partnerStaff;

	TestUser otherPartnerStaff;

	LiveClient scoperClient;

	@BeforeAll
	void signIn() {
		this.admin = this.fixtures.admin();
		this.scoper = this.fixtures.scoper();
		this.partner = this.fixtures.partner();
		this.otherPartner = this.fixtures.partner();
		this.partnerStaff = this.fixtures.user(this.partner, Role.PARTNER);
		this.otherPartnerStaff = this.fixtures.user(this.otherPartner, Role.PARTNER);
		this.scoperClient = new LiveClient(this.port).signIn(this.scoper);
	}

	@Test
	void aProjectsWholeLife() {
		TestUser staff = this.fixtures.user(this.partner, Role.PARTNER);
		HttpResponse<String> created = this.scoperClient.json("POST", "/api/v1/projects",
				projectJson(this.partner, "API project", "ke", "2026-03-01", "2026-09-30"));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		String id = JsonPath.read(created.body(), "$.id");
		assertThat((String) JsonPath.read(created.body(), "$.status")).isEqualTo("SCOPING");
		assertThat((String) JsonPath.read(created.body(), "$.countryCode")).isEqualTo("KE");
		assertThat((String) JsonPath.read(created.body(), "$.startDate")).isEqualTo("2026-03-01");
		assertThat((List<String>) JsonPath.read(created.body(), "$.allowedStatuses")).containsExactly("DESIGN");
		assertThat((String) JsonPath.read(created.body(), "$.members[0].role")).isEqualTo("SCOPER");
		int version = JsonPath.read(created.body(), "$.version");

		HttpResponse<String> updated = this.scoperClient.json("PUT", "/api/v1/projects/" + id, """
				{"title": "API project, renamed", "purpose": "Purpose", "countryCode": "ML",
				 "startDate": "2026-03-01", "endDate": "2026-10-31", "version": %d}""".formatted(version));
		assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
		assertThat((String) JsonPath.read(updated.body(), "$.title")).isEqualTo("API project, renamed");
		int newVersion = JsonPath.read(updated.body(), "$.version");

		HttpResponse<String> moved = this.scoperClient.json("POST", "/api/v1/projects/" + id + "/status",
				"{\"status\": \"DESIGN\", \"version\": %d}".formatted(newVersion));
		assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
		assertThat((String) JsonPath.read(moved.body(), "$.status")).isEqualTo("DESIGN");

		HttpResponse<String> added = this.scoperClient.json("POST", "/api/v1/projects/" + id + "/members",
				"{\"userId\": \"%s\", \"role\": \"PROJECT_CHAMPION\"}".formatted(staff.id()));
		assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
		assertThat((String) JsonPath.read(added.body(), "$.role")).isEqualTo("PROJECT_CHAMPION");
		assertThat((String) JsonPath.read(added.body(), "$.displayName")).contains(staff.username());

		HttpResponse<String> changed = this.scoperClient.json("PUT",
				"/api/v1/projects/" + id + "/members/" + staff.id(), "{\"role\": \"PARTNER_STAFF\"}");
		assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
		assertThat((String) JsonPath.read(changed.body(), "$.role")).isEqualTo("PARTNER_STAFF");

		HttpResponse<String> members = this.scoperClient.getJson("/api/v1/projects/" + id + "/members");
		assertThat((List<String>) JsonPath.read(members.body(), "$.items[*].role")).containsExactly("PARTNER_STAFF",
				"SCOPER");

		// the partner now sees it, through a session and through a token
		LiveClient partner = new LiveClient(this.port).signIn(staff);
		assertThat(partner.getJson("/api/v1/projects/" + id).statusCode()).isEqualTo(200);
		assertThat((List<String>) JsonPath.read(partner.getJson("/api/v1/projects").body(), "$.items[*].id"))
			.containsExactly(id);
		assertThat(
				(List<String>) JsonPath.read(bearer(staff, "/api/v1/projects?status=DESIGN").body(), "$.items[*].id"))
			.containsExactly(id);
		assertThat(JsonPath.<List<String>>read(bearer(staff, "/api/v1/projects?status=ACTIVE").body(), "$.items[*].id"))
			.isEmpty();
		assertProblem(partner.json("DELETE", "/api/v1/projects/" + id + "/members/" + staff.id(), ""), 403);

		HttpResponse<String> removed = this.scoperClient.json("DELETE",
				"/api/v1/projects/" + id + "/members/" + staff.id(), "");
		assertThat(removed.statusCode()).isEqualTo(204);
		assertProblem(partner.getJson("/api/v1/projects/" + id), 404);
		assertProblem(this.scoperClient.json("DELETE", "/api/v1/projects/" + id + "/members/" + staff.id(), ""), 404);
	}

	@Test
	void anotherOrganisationsOrANonMembersProjectAnswersExactlyLikeAMissingOne() {
		ProjectView member = create(this.partner, "Visible");
		ProjectView notMember = create(this.partner, "Not a member");
		ProjectView other = create(this.otherPartner, "Other organisation");
		this.projects.addMember(this.admin.current(), member.id(), this.partnerStaff.id(), ProjectRole.PARTNER_STAFF);
		this.projects.addMember(this.admin.current(), other.id(), this.otherPartnerStaff.id(),
				ProjectRole.PARTNER_STAFF);
		LiveClient partner = new LiveClient(this.port).signIn(this.partnerStaff);
		UUID missing = UUID.randomUUID();
		for (String suffix : List.of("", "/members")) {
			HttpResponse<String> forMissing = partner.getJson("/api/v1/projects/" + missing + suffix);
			assertProblem(forMissing, 404);
			for (ProjectView hidden : List.of(notMember, other)) {
				HttpResponse<String> forHidden = partner.getJson("/api/v1/projects/" + hidden.id() + suffix);
				assertProblem(forHidden, 404);
				assertThat(forHidden.body().replace(hidden.id().toString(), "{id}"))
					.isEqualTo(forMissing.body().replace(missing.toString(), "{id}"));
			}
		}
		for (ProjectView hidden : List.of(notMember, other)) {
			assertProblem(partner.json("POST", "/api/v1/projects/" + hidden.id() + "/status",
					"{\"status\": \"DESIGN\", \"version\": 0}"), 404);
			assertProblem(
					partner.json("POST", "/api/v1/projects/" + hidden.id() + "/members",
							"{\"userId\": \"%s\", \"role\": \"PARTNER_STAFF\"}".formatted(this.partnerStaff.id())),
					404);
		}
		assertProblem(bearer(this.partnerStaff, "/api/v1/projects/" + other.id()), 404);
		assertThat(this.projects.roleOf(notMember.id(), this.partnerStaff.id())).isEmpty();
	}

	@Test
	void badValuesAreFieldErrorsAndNothingIsSaved() {
		int before = countOf(this.partner);
		Map<String, String> cases = new java.util.LinkedHashMap<>();
		cases.put("title", projectJson(this.partner, "", "KE", "2026-03-01", "2026-09-30"));
		cases.put("title ", projectJson(this.partner, "t".repeat(300), "KE", "2026-03-01", "2026-09-30"));
		cases.put("title  ", projectJson(this.partner, "Line\\nbreak", "KE", "2026-03-01", "2026-09-30"));
		cases.put("countryCode", projectJson(this.partner, "Title", "XX", "2026-03-01", "2026-09-30"));
		cases.put("countryCode ", projectJson(this.partner, "Title", "Kenya", "2026-03-01", "2026-09-30"));
		cases.put("endDate", projectJson(this.partner, "Title", "KE", "2026-03-01", "2026-02-01"));
		cases.put("endDate ", projectJson(this.partner, "Title", "KE", "2026-03-01", "3026-02-01"));
		cases.put("organisationId", projectJson(this.fixtures.operator(), "Title", "KE", "2026-03-01", "2026-09-30"));
		cases.put("organisationId ", projectJson(null, "Title", "KE", "2026-03-01", "2026-09-30"));
		cases.forEach((field, body) -> {
			HttpResponse<String> response = this.scoperClient.json("POST", "/api/v1/projects", body);
			assertProblem(response, 400);
			assertThat(fieldError(response.body(), field.strip())).as(field).isNotBlank();
		});
		for (String broken : List.of(projectJson(this.partner, "Title", "KE", "2026-13-45", "2026-09-30"),
				projectJson(this.partner, "Title", "KE", "tomorrow", "2026-09-30"), "{\"title\": ", "", "[1, 2, 3]")) {
			assertProblem(this.scoperClient.json("POST", "/api/v1/projects", broken), 400);
		}
		assertThat(countOf(this.partner)).isEqualTo(before);

		HttpResponse<String> french = this.scoperClient.send(this.scoperClient.request("/api/v1/projects")
			.header("Accept", "application/json")
			.header("Accept-Language", "fr")
			.header("Content-Type", "application/json")
			.header("X-CSRF-TOKEN", this.scoperClient.csrfToken())
			.POST(java.net.http.HttpRequest.BodyPublishers
				.ofString(projectJson(this.partner, "Title", "KE", "2026-03-01", "2026-02-01"))));
		assertProblem(french, 400);
		assertThat(fieldError(french.body(), "endDate"))
			.isEqualTo("La date de fin doit être égale ou postérieure à la date de début.");
	}

	@Test
	void badMembersStatusesAndVersionsAreClearErrors() {
		ProjectView project = create(this.partner, "Refusals");
		String base = "/api/v1/projects/" + project.id();
		assertProblem(this.scoperClient.json("POST", base + "/status",
				"{\"status\": \"CLOSED\", \"version\": %d}".formatted(project.version())), 400);
		assertProblem(this.scoperClient.json("POST", base + "/status", "{\"status\": \"LATER\", \"version\": 0}"), 400);
		assertProblem(this.scoperClient.json("POST", base + "/status", "{\"status\": \"DESIGN\"}"), 400);
		assertProblem(this.scoperClient.json("POST", base + "/status",
				"{\"status\": \"DESIGN\", \"version\": %d}".formatted(project.version() + 3)), 409);
		assertProblem(this.scoperClient.json("PUT", base, """
				{"title": "Stale", "purpose": "Purpose", "countryCode": "KE",
				 "startDate": "2026-03-01", "endDate": "2026-10-31", "version": %d}"""
			.formatted(project.version() + 3)), 409);
		assertProblem(this.scoperClient.json("PUT", base, """
				{"title": "No version", "purpose": "Purpose", "countryCode": "KE",
				 "startDate": "2026-03-01", "endDate": "2026-10-31"}"""), 400);

		HttpResponse<String> wrongFit = this.scoperClient.json("POST", base + "/members",
				"{\"userId\": \"%s\", \"role\": \"PARTNER_STAFF\"}".formatted(this.otherPartnerStaff.id()));
		assertProblem(wrongFit, 400);
		assertThat(fieldError(wrongFit.body(), "role"))
			.isEqualTo("Partner staff and the project champion must be partner staff of the project's organisation.");
		assertProblem(this.scoperClient.json("POST", base + "/members",
				"{\"userId\": \"%s\", \"role\": \"OWNER\"}".formatted(this.partnerStaff.id())), 400);
		assertProblem(this.scoperClient.json("POST", base + "/members", "{\"role\": \"VOLUNTEER\"}"), 400);
		assertProblem(this.scoperClient.json("PUT", base + "/members/" + this.partnerStaff.id(),
				"{\"role\": \"PARTNER_STAFF\"}"), 404);
		assertProblem(this.scoperClient.getJson("/api/v1/projects/not-a-uuid"), 400);
		assertProblem(this.scoperClient.getJson("/api/v1/projects?status=nonsense"), 400);
		assertProblem(this.scoperClient.json("DELETE", base + "/members/123", ""), 400);
		ProjectView unchanged = this.projects.get(this.admin.current(), project.id());
		assertThat(unchanged.title()).isEqualTo("Refusals");
		assertThat(unchanged.members()).isEmpty();
	}

	private HttpResponse<String> bearer(TestUser user, String path) {
		String secret = this.tokens.create(user.current(), "project api " + Fixtures.unique(), 1, TokenScope.READ)
			.secret();
		LiveClient client = new LiveClient(this.port);
		return client.send(client.request(path)
			.header("Accept", "application/json")
			.header("Authorization", "Bearer " + secret)
			.GET());
	}

	private ProjectView create(UUID organisation, String title) {
		return this.projects.create(this.admin.current(), new ProjectCommand(organisation, title, "Purpose", "KE",
				LocalDate.of(2026, 3, 1), LocalDate.of(2026, 9, 30)));
	}

	private int countOf(UUID organisation) {
		return this.jdbc.queryForObject("select count(*) from project where organisation_id = ?", Integer.class,
				organisation);
	}

	private static String projectJson(UUID organisation, String title, String country, String start, String end) {
		return """
				{"organisationId": %s, "title": "%s", "purpose": "Understand displacement", "countryCode": "%s",
				 "startDate": "%s", "endDate": "%s"}"""
			.formatted((organisation != null) ? "\"" + organisation + "\"" : "null", title, country, start, end);
	}

}
