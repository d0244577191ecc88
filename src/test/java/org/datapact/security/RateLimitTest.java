package org.datapact.security;

import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.datapact.security.domain.ApiTokenService;
import org.datapact.security.domain.TokenScope;
import org.datapact.support.Fixtures;
import org.datapact.support.Fixtures.TestUser;
import org.datapact.support.LiveClient;
import org.datapact.support.LiveServerTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import static org.datapact.support.ErrorResponses.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Writes through the API are limited per token and per account, and what one organisation
 * may create per window is capped: over a limit the answer is 429 problem+json with
 * {@code Retry-After}, and nothing is created. Windows of a day here, so that no test
 * straddles the start of a new one.
 */
@LiveServerTest
@TestPropertySource(properties = { "datapact.rate-limit.window=1d", "datapact.rate-limit.api-writes-per-token=3",
		"datapact.rate-limit.api-writes-per-account=5", "datapact.rate-limit.creation-window=1d",
		"datapact.rate-limit.projects-per-organisation=7" })
class RateLimitTest {

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	ApiTokenService tokens;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void writesAreLimitedPerTokenThenPerAccountAndOrganisationsCannotCreateWithoutEnd() {
		UUID partner = this.fixtures.partner();
		TestUser scoper = this.fixtures.scoper();
		String first = token(scoper);
		for (int i = 1; i <= 3; i++) {
			assertThat(createProject(first, partner, "token " + i).statusCode()).isEqualTo(201);
		}
		HttpResponse<String> overToken = createProject(first, partner, "token 4");
		assertLimited(overToken);
		assertThat(projects(partner)).as("nothing created over the limit").isEqualTo(3);
		assertThat(read(first, "/api/v1/projects").statusCode()).as("reads are not limited").isEqualTo(200);

		String second = token(scoper);
		for (int i = 4; i <= 5; i++) {
			assertThat(createProject(second, partner, "account " + i).statusCode()).isEqualTo(201);
		}
		assertLimited(createProject(second, partner, "account 6"));
		assertThat(projects(partner)).isEqualTo(5);

		TestUser colleague = this.fixtures.scoper();
		String third = token(colleague);
		assertThat(createProject(third, partner, "organisation 6").statusCode()).isEqualTo(201);
		assertThat(createProject(third, partner, "organisation 7").statusCode()).isEqualTo(201);
		HttpResponse<String> overOrganisation = createProject(third, partner, "organisation 8");
		assertLimited(overOrganisation);
		assertThat(overOrganisation.body()).contains("projects");
		assertThat(projects(partner)).isEqualTo(7);
		String fourth = token(this.fixtures.scoper());
		assertThat(createProject(fourth, this.fixtures.partner(), "another organisation").statusCode())
			.as("another organisation has its own count")
			.isEqualTo(201);
	}

	private static void assertLimited(HttpResponse<String> response) {
		assertProblem(response, 429);
		assertThat(response.headers().firstValue("Retry-After"))
			.hasValueSatisfying((seconds) -> assertThat(Long.parseLong(seconds)).isBetween(1L, 86_400L));
		assertThat((String) JsonPath.read(response.body(), "$.detail")).contains("seconds");
	}

	private String token(TestUser owner) {
		return this.tokens.create(owner.current(), "limits " + Fixtures.unique(), 1, TokenScope.READ_WRITE).secret();
	}

	private int projects(UUID organisation) {
		return this.jdbc.queryForObject("select count(*) from project where organisation_id = ?", Integer.class,
				organisation);
	}

	private HttpResponse<String> createProject(String secret, UUID organisation, String title) {
		LiveClient client = new LiveClient(this.port);
		return client.send(client.request("/api/v1/projects")
			.header("Accept", "application/json")
			.header("Content-Type", "application/json")
			.header("Authorization", "Bearer " + secret)
			.POST(BodyPublishers.ofString("""
					{"organisationId": "%s", "title": "%s", "purpose": "Understand displacement",
					 "countryCode": "KE", "startDate": "2026-03-01", "endDate": "2026-09-30"}""".formatted(organisation,
					title))));
	}

	private HttpResponse<String> read(String secret, String path) {
		LiveClient client = new LiveClient(this.port);
		return client.send(client.request(path)
			.header("Accept", "application/json")
			.header("Authorization", "Bearer " + secret)
			.GET());
	}

}
