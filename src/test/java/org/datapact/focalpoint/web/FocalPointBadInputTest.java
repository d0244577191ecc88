package org.datapact.focalpoint.web;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.datapact.focalpoint.FocalPointRole;
import org.datapact.focalpoint.domain.ContactDetailsInput;
import org.datapact.focalpoint.domain.FocalPointService;
import org.datapact.focalpoint.domain.FocalPointView;
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

import static org.datapact.support.ErrorResponses.assertNoLeak;
import static org.datapact.support.ErrorResponses.assertPage;
import static org.datapact.support.ErrorResponses.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.datapact.support.ErrorResponses.fieldError;

/**
 * Broken or hostile input to the focal point pages and API on a real server: a clear 4xx
 * page or problem+json, never a 500, and nothing saved.
 */
@LiveServerTest
@TestInstance(Lifecycle.PER_CLASS)
class FocalPointBadInputTest {

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	FocalPointService focalPoints;

	@Autowired
	JdbcTemplate jdbc;

	TestUser admin;

	LiveClient browser;

	UUID vacant;

	UUID held;

	FocalPointView holder;

	@BeforeAll
	void signIn() {
		this.admin = this.fixtures.admin();
		this.browser = new LiveClient(this.port).signIn(this.admin);
		this.vacant = this.fixtures.partner();
		this.held = this.fixtures.partner();
		this.holder = this.focalPoints.appoint(this.admin.current(), this.held, FocalPointRole.PRIMARY,
				new ContactDetailsInput("Held Holder", null, "+254 712 345678", "held@example.org", null, "en", null));
	}

	@Test
	void invalidContactDetailsInTheApiAre400WithAFieldErrorAndNothingSaved() {
		Map<String, String> cases = Map.of("mobile", json("Valid Name", "12345", "ok@example.org", "en"), "email",
				json("Valid Name", "+254 712 345678", "not-an-email", "en"), "name",
				json("n".repeat(10_000), "+254 712 345678", "ok@example.org", "en"), "name ",
				json("Bell\\u0007Name\\nInjected", "+254 712 345678", "ok@example.org", "en"), "workingLanguage",
				json("Valid Name", "+254 712 345678", "ok@example.org", "de"), "mobile ",
				json("Valid Name", "+1 555 0100 999999999999999999999999999999999", "ok@example.org", "en"));
		cases.forEach((field, body) -> {
			HttpResponse<String> response = this.browser.json("POST",
					"/api/v1/organisations/" + this.vacant + "/focal-points/primary", body);
			assertProblem(response, 400);
			assertThat(fieldError(response.body(), field.strip())).as(field).isNotBlank();
		});
		assertThat(countOf(this.vacant)).isZero();
	}

	@Test
	void invalidContactDetailsInFormsRedisplayTheFormWithAFieldError() {
		Map<String, Map<String, String>> cases = Map.of("mobile", form("Valid Name", "not a phone", "ok@example.org"),
				"email", form("Valid Name", "+254 712 345678", "nope"), "name",
				form("n".repeat(10_000), "+254 712 345678", "ok@example.org"), "name ",
				form("Tab\tand\u0000null", "+254 712 345678", "ok@example.org"));
		cases.forEach((field, fields) -> {
			HttpResponse<String> response = this.browser
				.form("/organisations/" + this.vacant + "/focal-points/primary/appoint", fields, true);
			assertThat(response.statusCode()).as(field).isEqualTo(200);
			assertThat(response.body()).as(field)
				.contains("id=\"error-summary\"")
				.contains("id=\"" + field.strip() + "-error\"");
			assertNoLeak(response.body());
		});
		assertThat(countOf(this.vacant)).isZero();
	}

	@Test
	void anUnknownRoleInThePathIsNotFound() {
		String base = "/organisations/" + this.vacant + "/focal-points/boss";
		assertPage(this.browser.page(base + "/appoint"), 404);
		assertPage(this.browser.page(base + "/successor"), 404);
		assertPage(this.browser.form(base + "/appoint", form("Valid Name", "+254 712 345678", "ok@example.org"), true),
				404);
		assertPage(this.browser.form(base + "/successor/cancel", Map.of(), true), 404);
		assertProblem(this.browser.json("POST", "/api/v1" + base,
				json("Valid Name", "+254 712 345678", "ok@example.org", "en")), 404);
		assertProblem(this.browser.json("DELETE", "/api/v1" + base + "/successor", ""), 404);
		assertThat(countOf(this.vacant)).isZero();
	}

	@Test
	void invalidOrPastDatesAreRefused() {
		int before = countOf(this.held);
		for (String date : List.of("2024-13-45", "tomorrow", "0000-00-00")) {
			Map<String, String> fields = new java.util.HashMap<>(
					form("Next Holder", "+254 712 345678", "next@example.org"));
			fields.put("effectiveFrom", date);
			HttpResponse<String> page = this.browser
				.form("/organisations/" + this.held + "/focal-points/primary/successor", fields, true);
			assertThat(page.statusCode()).as(date).isEqualTo(200);
			assertThat(page.body()).as(date).contains("id=\"error-summary\"").contains("id=\"effectiveFrom-error\"");
			assertNoLeak(page.body());

			HttpResponse<String> api = this.browser.json("POST",
					"/api/v1/organisations/" + this.held + "/focal-points/primary/successor",
					successorJson("\"" + date + "\""));
			assertProblem(api, 400);
		}
		assertProblem(
				this.browser.json("POST", "/api/v1/organisations/" + this.held + "/focal-points/primary/successor",
						successorJson("\"2000-01-01\"")),
				400);
		assertProblem(
				this.browser.json("POST", "/api/v1/organisations/" + this.held + "/focal-points/primary/successor",
						successorJson("\"9999-12-31\"")),
				400);
		assertProblem(this.browser.json("POST",
				"/api/v1/organisations/" + this.held + "/focal-points/primary/successor", successorJson("null")), 400);
		assertThat(countOf(this.held)).isEqualTo(before);
		assertThat(this.focalPoints.get(this.admin.current(), this.holder.id()).effectiveUntil()).isNull();
	}

	@Test
	void invalidIdsAre400() {
		for (String page : List.of("/organisations/not-a-uuid/focal-points", "/organisations/1/focal-points/history",
				"/organisations/x/focal-points/table-c.csv", "/focal-points/not-a-uuid/edit")) {
			assertPage(this.browser.page(page), 400);
		}
		assertPage(this.browser.form("/focal-points/123/erase", Map.of(), true), 400);
		assertPage(this.browser.form("/organisations/" + this.held + "/focal-points/handover-items/nope/done", Map.of(),
				true), 400);
		for (String api : List.of("/api/v1/organisations/not-a-uuid/focal-points", "/api/v1/focal-points/123",
				"/api/v1/organisations/1/focal-points/history")) {
			assertProblem(this.browser.getJson(api), 400);
		}
		assertProblem(this.browser.json("PUT", "/api/v1/focal-points/123",
				json("Valid Name", "+254 712 345678", "ok@example.org", "en")), 400);
		assertProblem(this.browser.json("POST",
				"/api/v1/organisations/" + this.held + "/focal-points/handover-items/nope/done", ""), 400);
		// well-formed but unknown
		assertProblem(this.browser.getJson("/api/v1/focal-points/" + UUID.randomUUID()), 404);
		assertProblem(this.browser.json("POST",
				"/api/v1/organisations/" + this.held + "/focal-points/handover-items/" + UUID.randomUUID() + "/done",
				""), 404);
	}

	@Test
	void malformedJsonAndStaleVersionsAreClearErrors() {
		assertProblem(this.browser.json("POST", "/api/v1/organisations/" + this.vacant + "/focal-points/primary",
				"{\"name\": "), 400);
		assertProblem(this.browser.json("POST", "/api/v1/organisations/" + this.vacant + "/focal-points/primary", ""),
				400);
		assertProblem(this.browser.json("PUT", "/api/v1/focal-points/" + this.holder.id(),
				json("New Name", "+254 712 345678", "ok@example.org", "en")), 400);
		String stale = json("New Name", "+254 712 345678", "ok@example.org", "en").replace("}",
				", \"version\": " + (this.holder.version() + 7) + "}");
		assertProblem(this.browser.json("PUT", "/api/v1/focal-points/" + this.holder.id(), stale), 409);
		assertThat(this.focalPoints.get(this.admin.current(), this.holder.id()).name()).isEqualTo("Held Holder");
		assertThat(countOf(this.vacant)).isZero();
	}

	private int countOf(UUID organisation) {
		return this.jdbc.queryForObject("select count(*) from focal_point where organisation_id = ?", Integer.class,
				organisation);
	}

	private static String json(String name, String mobile, String email, String language) {
		return """
				{"name": "%s", "mobile": "%s", "email": "%s", "workingLanguage": "%s"}""".formatted(name, mobile, email,
				language);
	}

	private static String successorJson(String date) {
		return """
				{"name": "Next Holder", "mobile": "+254 712 345678", "email": "next@example.org",
				 "workingLanguage": "en", "effectiveFrom": %s}""".formatted(date);
	}

	private static Map<String, String> form(String name, String mobile, String email) {
		return Map.of("name", name, "mobile", mobile, "email", email, "workingLanguage", "en");
	}

}
