package org.datapact.shared.web;

import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.datapact.organisation.domain.OrganisationService;
import org.datapact.organisation.domain.UserFilter;
import org.datapact.organisation.domain.UserService;
import org.datapact.shared.AuditEvent;
import org.datapact.shared.Role;
import org.datapact.shared.PageQuery;
import org.datapact.support.Fixtures;
import org.datapact.support.Fixtures.TestUser;
import org.datapact.support.LiveClient;
import org.datapact.support.LiveClient.RawResponse;
import org.datapact.support.LiveServerTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.datapact.support.ErrorResponses.assertNoLeak;
import static org.datapact.support.ErrorResponses.assertPage;
import static org.datapact.support.ErrorResponses.assertProblem;
import static org.datapact.support.ErrorResponses.fieldError;

/**
 * Hostile or broken input on a real server: every case answers a clear 4xx with a page or
 * problem+json, never a 500 or a stack trace, and changes nothing it should not.
 */
@LiveServerTest
@TestInstance(Lifecycle.PER_CLASS)
class BadInputTest {

	private static final String SCRIPT = "<script>alert(1)</script>";

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	OrganisationService organisations;

	@Autowired
	UserService users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationEventPublisher events;

	TestUser admin;

	LiveClient browser;

	UUID partnerOrganisation;

	@BeforeAll
	void signInAsAdmin() {
		this.admin = this.fixtures.admin();
		this.partnerOrganisation = this.fixtures.partner();
		this.browser = new LiveClient(this.port).signIn(this.admin);
	}

	@Test
	void overLongFieldsInFormsRedisplayTheFormWithAFieldError() {
		int before = organisationCount();
		HttpResponse<String> organisation = this.browser.form("/organisations",
				Map.of("name", "n".repeat(10_000), "kind", "PARTNER", "countryCode", "KE"), true);
		assertThat(organisation.statusCode()).isEqualTo(200);
		assertThat(organisation.body()).contains("id=\"error-summary\"").contains("id=\"name-error\"");
		assertNoLeak(organisation.body());
		assertThat(organisationCount()).isEqualTo(before);

		HttpResponse<String> user = this.browser.form(
				"/admin/users", Map.of("organisationId", this.partnerOrganisation.toString(), "username",
						"u".repeat(500), "displayName", "Long Name", "email", "long@example.org", "roles", "PARTNER"),
				true);
		assertThat(user.statusCode()).isEqualTo(200);
		assertThat(user.body()).contains("id=\"error-summary\"").contains("id=\"username-error\"");
		assertNoLeak(user.body());
		assertThat(this.users
			.list(this.admin.current(), new UserFilter(this.partnerOrganisation, null), PageQuery.firstOf(20))
			.items()).isEmpty();
	}

	@Test
	void overLongFieldsInTheApiAre400WithFieldErrors() {
		int before = organisationCount();
		HttpResponse<String> organisation = this.browser.json("POST", "/api/v1/organisations",
				"{\"name\": \"" + "n".repeat(10_000) + "\", \"kind\": \"PARTNER\"}");
		assertProblem(organisation, 400);
		assertThat(fieldError(organisation.body(), "name")).isNotBlank();
		assertThat(organisationCount()).isEqualTo(before);

		long version = this.organisations.get(this.admin.current(), this.partnerOrganisation).version();
		HttpResponse<String> update = this.browser.json("PUT", "/api/v1/organisations/" + this.partnerOrganisation,
				"{\"name\": \"" + "n".repeat(10_000) + "\", \"version\": " + version + "}");
		assertProblem(update, 400);
		assertThat(fieldError(update.body(), "name")).isNotBlank();
		assertThat(this.organisations.get(this.admin.current(), this.partnerOrganisation).version()).isEqualTo(version);

		HttpResponse<String> user = this.browser.json("POST", "/api/v1/users",
				"{\"organisationId\": \"%s\", \"username\": \"%s\", \"displayName\": \"Long\", \"email\": \"long@example.org\", \"roles\": [\"PARTNER\"]}"
					.formatted(this.partnerOrganisation, "u".repeat(500)));
		assertProblem(user, 400);
		assertThat(fieldError(user.body(), "username")).isNotBlank();
		assertThat(this.users
			.list(this.admin.current(), new UserFilter(this.partnerOrganisation, null), PageQuery.firstOf(20))
			.items()).isEmpty();
	}

	@Test
	void markupInNamesIsStoredAsGivenButRenderedEscaped() {
		String name = SCRIPT + " " + Fixtures.unique();
		HttpResponse<String> created = this.browser.json("POST", "/api/v1/organisations",
				"{\"name\": \"" + name.replace("/", "\\/") + "\", \"kind\": \"PARTNER\", \"countryCode\": \"KE\"}");
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		String id = JsonPath.read(created.body(), "$.id");
		assertThat(this.organisations.get(this.admin.current(), UUID.fromString(id)).name()).isEqualTo(name);
		String username = "x" + Fixtures.unique();
		HttpResponse<String> user = this.browser.json("POST", "/api/v1/users",
				"{\"organisationId\": \"%s\", \"username\": \"%s\", \"displayName\": \"<img src=x onerror=alert(1)>\", \"email\": \"%s@example.org\", \"roles\": [\"PARTNER\"]}"
					.formatted(id, username, username));
		assertThat(user.statusCode()).as(user.body()).isEqualTo(201);
		String userId = JsonPath.read(user.body(), "$.user.id");

		for (String page : List.of("/organisations/" + id, "/organisations", "/organisations/" + id + "/edit",
				"/admin/users", "/admin/users/" + userId, "/admin/audit")) {
			HttpResponse<String> response = this.browser.page(page);
			assertThat(response.statusCode()).as(page).isEqualTo(200);
			assertThat(response.body()).as(page).doesNotContain(SCRIPT).doesNotContain("<img src=x");
		}
		assertThat(this.browser.page("/organisations/" + id).body()).contains("&lt;script&gt;alert(1)&lt;/script&gt;")
			.contains("&lt;img src=x onerror=alert(1)&gt;");
	}

	@Test
	void sqlMetacharactersAreStoredLiterally() {
		String name = "'; drop table organisation; -- " + Fixtures.unique();
		HttpResponse<String> created = this.browser.json("POST", "/api/v1/organisations",
				"{\"name\": \"" + name + "\", \"kind\": \"PARTNER\"}");
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		String id = JsonPath.read(created.body(), "$.id");
		assertThat(this.jdbc.queryForObject("select name from organisation where id = ?", String.class,
				UUID.fromString(id)))
			.isEqualTo(name);
		assertThat(organisationCount()).isPositive();

		HttpResponse<String> form = this.browser.form("/organisations",
				Map.of("name", "\" or 1=1; -- " + Fixtures.unique(), "kind", "PARTNER", "countryCode", ""), true);
		assertThat(form.statusCode()).isEqualTo(302);

		HttpResponse<String> audit = this.browser.getJson("/api/v1/audit?entityId=%27%20or%201%3D1%20--");
		assertThat(audit.statusCode()).isEqualTo(200);
		assertThat((List<?>) JsonPath.read(audit.body(), "$.items")).isEmpty();
		// actions and kinds of record are closed sets: anything else is refused by name
		assertProblem(this.browser.getJson("/api/v1/audit?action=%27%20or%201%3D1%20--"), 400);
		assertProblem(this.browser.getJson("/api/v1/audit?entityType=%27%20or%201%3D1%20--"), 400);
		assertProblem(this.browser.getJson("/api/v1/audit?entityType=FOCAL_POINT"), 400);

		HttpResponse<String> login = new LiveClient(this.port).form("/login",
				Map.of("username", "' or '1'='1' --", "password", "' or '1'='1' --"), true);
		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(login.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/login?error"));
		assertThat(this.jdbc.queryForObject("select count(*) from app_user", Integer.class)).isPositive();
	}

	@Test
	void invalidIdsInPathsAndParametersAre400() {
		for (String page : List.of("/organisations/not-a-uuid", "/admin/users/123", "/organisations/1/edit",
				"/admin/users?organisationId=nope")) {
			assertPage(this.browser.page(page), 400);
		}
		for (String api : List.of("/api/v1/users/123", "/api/v1/organisations/not-a-uuid",
				"/api/v1/users?organisationId=nope", "/api/v1/audit?userId=x&from=yesterday")) {
			assertProblem(this.browser.getJson(api), 400);
		}
		assertProblem(
				this.browser.json("PUT", "/api/v1/organisations/not-a-uuid", "{\"name\": \"Valid\", \"version\": 0}"),
				400);
		assertProblem(this.browser.json("DELETE", "/api/v1/me/tokens/42", ""), 400);
	}

	@Test
	void brokenUrlEncodingIs400WithoutAStackTrace() {
		for (String path : List.of("/organisations/%E0%A4%A", "/organisations/%C0%AF", "/%ZZ",
				"/api/v1/organisations/%C0%AF", "/organisations/%00", "/organisations/..%2F..%2Fetc%2Fpasswd")) {
			RawResponse response = this.browser
				.raw("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\nConnection: close\r\n\r\n");
			assertThat(response.status()).as(path + " -> " + response.statusLine()).isEqualTo(400);
			assertNoLeak(response.body());
		}
	}

	@Test
	void missingCsrfTokenIs403SayingTheFormExpired() {
		int before = organisationCount();
		HttpResponse<String> form = this.browser.form("/organisations",
				Map.of("name", "No token " + Fixtures.unique(), "kind", "PARTNER"), false);
		assertPage(form, 403);
		assertThat(form.body()).contains("id=\"csrf-rejected\"");

		HttpResponse<String> api = this.browser.send(this.browser.request("/api/v1/organisations")
			.header("Accept", "application/json")
			.header("Content-Type", "application/json")
			.POST(BodyPublishers
				.ofString("{\"name\": \"No token " + Fixtures.unique() + "\", \"kind\": \"PARTNER\"}")));
		assertProblem(api, 403);

		HttpResponse<String> wrongToken = this.browser.send(this.browser.request("/api/v1/organisations")
			.header("Accept", "application/json")
			.header("Content-Type", "application/json")
			.header("X-CSRF-TOKEN", "forged")
			.POST(BodyPublishers.ofString("{\"name\": \"Forged " + Fixtures.unique() + "\", \"kind\": \"PARTNER\"}")));
		assertProblem(wrongToken, 403);
		assertThat(organisationCount()).isEqualTo(before);
	}

	@Test
	void wrongContentTypeIs415AndMalformedJsonIs400() {
		int before = organisationCount();
		String token = this.browser.csrfToken();
		String valid = "{\"name\": \"Typed " + Fixtures.unique() + "\", \"kind\": \"PARTNER\"}";
		for (String type : List.of("text/plain", "application/xml", "application/x-www-form-urlencoded")) {
			HttpResponse<String> response = this.browser.send(this.browser.request("/api/v1/organisations")
				.header("Accept", "application/json")
				.header("Content-Type", type)
				.header("X-CSRF-TOKEN", token)
				.POST(BodyPublishers
					.ofString(type.endsWith("xml") ? "<organisation><name>X</name></organisation>" : valid)));
			assertProblem(response, 415);
		}
		for (String malformed : List.of("{\"name\": ", "not json", "{\"name\": \"X\", \"kind\": \"NO_SUCH_KIND\"}",
				"[1, 2, 3]", "{\"name\": {\"$ne\": null}, \"kind\": \"PARTNER\"}")) {
			assertProblem(this.browser.json("POST", "/api/v1/organisations", malformed), 400);
		}
		assertThat(organisationCount()).isEqualTo(before);
	}

	@Test
	void veryLargeHeaderOrBodyIsRejected() {
		RawResponse header = this.browser.raw("GET /organisations HTTP/1.1\r\nHost: localhost\r\nX-Filler: "
				+ "x".repeat(20_000) + "\r\nConnection: close\r\n\r\n");
		assertThat(header.status()).as(header.statusLine()).isEqualTo(400);
		assertNoLeak(header.body());

		int before = organisationCount();
		// over the 1 MB body limit, under Tomcat's 2 MB swallow size so the connection
		// survives
		String large = "n".repeat(1536 * 1024);
		assertProblem(this.browser.json("POST", "/api/v1/organisations",
				"{\"name\": \"" + large + "\", \"kind\": \"PARTNER\"}"), 413);
		assertProblem(this.browser.json("POST", "/api/v1/organisations", "{\"name\": \"Padded " + Fixtures.unique()
				+ "\", \"kind\": \"PARTNER\", \"padding\": \"" + large + "\"}"), 413);
		assertPage(
				this.browser.form("/organisations", Map.of("name", large, "kind", "PARTNER", "countryCode", ""), true),
				413);

		// a huge declared length is refused before the body is read
		RawResponse declared = this.browser.raw("POST /api/v1/organisations HTTP/1.1\r\nHost: localhost\r\n"
				+ "Content-Type: application/json\r\nContent-Length: 100000000\r\nConnection: close\r\n\r\n{");
		assertThat(declared.status()).as(declared.statusLine()).isEqualTo(413);
		assertNoLeak(declared.body());

		// a body of undeclared length is cut off at the limit
		RawResponse chunked = this.browser.raw("POST /api/v1/me/tokens HTTP/1.1\r\nHost: localhost\r\n"
				+ "Authorization: Bearer " + bearerToken() + "\r\nContent-Type: application/json\r\n"
				+ "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n" + chunk("{\"name\": \"" + large)
				+ chunk("\", \"validDays\": 1}") + "0\r\n\r\n");
		assertThat(chunked.status()).as(chunked.statusLine()).isBetween(400, 413);
		assertNoLeak(chunked.body());
		assertThat(organisationCount()).isEqualTo(before);
	}

	private String bearerToken() {
		HttpResponse<String> created = this.browser.json("POST", "/api/v1/me/tokens",
				"{\"name\": \"large bodies\", \"validDays\": 1}");
		assertThat(created.statusCode()).isEqualTo(201);
		return JsonPath.read(created.body(), "$.secret");
	}

	private static String chunk(String data) {
		return Integer.toHexString(data.length()) + "\r\n" + data + "\r\n";
	}

	@Test
	void controlCharactersInNamesAreRefusedNotA500() {
		int before = organisationCount();
		HttpResponse<String> api = this.browser.json("POST", "/api/v1/organisations",
				"{\"name\": \"Nul\\u0000byte " + Fixtures.unique() + "\", \"kind\": \"PARTNER\"}");
		assertProblem(api, 400);
		assertThat(fieldError(api.body(), "name")).isNotBlank();
		HttpResponse<String> form = this.browser.form("/organisations",
				Map.of("name", "Nul\u0000byte " + Fixtures.unique(), "kind", "PARTNER", "countryCode", ""), true);
		assertThat(form.statusCode()).isEqualTo(200);
		assertThat(form.body()).contains("id=\"name-error\"");
		assertNoLeak(form.body());
		HttpResponse<String> user = this.browser.json("POST", "/api/v1/users",
				"{\"organisationId\": \"%s\", \"username\": \"nul%s\", \"displayName\": \"Nul\\u0000\", \"email\": \"nul@example.org\", \"roles\": [\"PARTNER\"]}"
					.formatted(this.partnerOrganisation, Fixtures.unique()));
		assertProblem(user, 400);
		assertThat(organisationCount()).isEqualTo(before);
		assertThat(this.users
			.list(this.admin.current(), new UserFilter(this.partnerOrganisation, null), PageQuery.firstOf(20))
			.items()).isEmpty();

		assertProblem(this.browser.getJson("/api/v1/audit?action=a%00b"), 400);
		assertThat(this.browser.page("/admin/audit?entityType=a%00b").statusCode()).isEqualTo(200);
		HttpResponse<String> login = new LiveClient(this.port).form("/login",
				Map.of("username", "nul\u0000" + this.admin.username(), "password", "whatever it is"), true);
		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(login.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/login?error"));
	}

	@Test
	void malformedAuditFiltersGiveThePageAgainWithAMessageAlsoWhenTheLogHasManyPages() {
		// more than one page of entries, so that the page shows its pager
		for (int i = 0; i < 60; i++) {
			this.events.publishEvent(new AuditEvent("PROJECT_UPDATED", "Project", Fixtures.unique(), null, null, "test",
					AuditEvent.Outcome.SUCCESS, null));
		}
		for (String query : List.of("from=notadate", "to=2026-13-45", "userId=not-a-uuid", "organisationId=42",
				"page=abc", "page=-1", "from=notadate&page=2&action=X")) {
			HttpResponse<String> page = this.browser.page("/admin/audit?" + query);
			assertThat(page.statusCode()).as(query).isEqualTo(200);
			assertNoLeak(page.body());
			if (!query.startsWith("page=")) {
				assertThat(page.body()).as(query).contains("id=\"error-summary\"");
			}
			assertThat(page.body()).as(query).contains("rel=\"next\"");
		}
	}

	@Test
	void unsupportedMethodsAndFormatsAreRefusedCleanly() {
		assertProblem(this.browser.send(this.browser.request("/api/v1/organisations")
			.header("Accept", "application/json")
			.header("X-CSRF-TOKEN", this.browser.csrfToken())
			.method("PATCH", BodyPublishers.ofString("{}"))), 405);
		HttpResponse<String> page = this.browser.send(this.browser.request("/organisations")
			.header("Accept", "text/html")
			.header("X-CSRF-TOKEN", this.browser.csrfToken())
			.DELETE());
		assertPage(page, 405);
		HttpResponse<String> xml = this.browser
			.send(this.browser.request("/api/v1/organisations").header("Accept", "application/xml").GET());
		assertThat(xml.statusCode()).isEqualTo(406);
		assertNoLeak(xml.body());
		RawResponse longUrl = this.browser.raw("GET /organisations/" + "a".repeat(20_000)
				+ " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
		assertThat(longUrl.status()).as(longUrl.statusLine()).isEqualTo(400);
		assertNoLeak(longUrl.body());
	}

	@Test
	void unicodeNamesSurviveTheRoundTrip() {
		String name = "\u03a9mega \ud83c\udf0d \u05e2\u05d1\u05e8\u05d9\u05ea " + Fixtures.unique();
		HttpResponse<String> created = this.browser.json("POST", "/api/v1/organisations",
				"{\"name\": \"" + name + "\", \"kind\": \"PARTNER\"}");
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		String id = JsonPath.read(created.body(), "$.id");
		assertThat((String) JsonPath.read(this.browser.getJson("/api/v1/organisations/" + id).body(), "$.name"))
			.isEqualTo(name);
		assertThat(this.browser.page("/organisations/" + id).body()).contains(name);
	}

	private int organisationCount() {
		return this.jdbc.queryForObject("select count(*) from organisation", Integer.class);
	}

}
