package org.datapact.security;

import java.net.HttpCookie;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.datapact.organisation.domain.UserService;
import org.datapact.shared.Role;
import org.datapact.support.Fixtures;
import org.datapact.support.Fixtures.TestUser;
import org.datapact.support.LiveClient;
import org.datapact.support.LiveServerTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.datapact.support.ErrorResponses.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Personal API tokens on a real server: they authenticate without CSRF and without a
 * session, keep tenancy, and a revoked, unknown or disabled owner's token answers 401
 * problem+json.
 */
@LiveServerTest
class BearerTokenTest {

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	UserService users;

	UUID ownOrganisation;

	UUID otherOrganisation;

	TestUser partner;

	String secret;

	UUID tokenId;

	@BeforeEach
	void createTokenThroughTheApi() {
		this.ownOrganisation = this.fixtures.partner();
		this.otherOrganisation = this.fixtures.partner();
		this.partner = this.fixtures.user(this.ownOrganisation, Role.PARTNER);
		LiveClient browser = new LiveClient(this.port).signIn(this.partner);
		HttpResponse<String> created = browser.json("POST", "/api/v1/me/tokens",
				"{\"name\": \"bearer test\", \"validDays\": 7, \"scope\": \"READ_WRITE\"}");
		assertThat(created.statusCode()).isEqualTo(201);
		this.secret = JsonPath.read(created.body(), "$.secret");
		this.tokenId = UUID.fromString(JsonPath.read(created.body(), "$.token.id"));
		assertThat(this.secret).startsWith("dp_");
	}

	@Test
	void tokenReadsOwnOrganisationAndNotAnother() {
		LiveClient api = new LiveClient(this.port);
		HttpResponse<String> own = bearerGet(api, "/api/v1/organisations/" + this.ownOrganisation, this.secret);
		assertThat(own.statusCode()).isEqualTo(200);
		assertThat((String) JsonPath.read(own.body(), "$.id")).isEqualTo(this.ownOrganisation.toString());
		HttpResponse<String> other = bearerGet(api, "/api/v1/organisations/" + this.otherOrganisation, this.secret);
		assertProblem(other, 404);
	}

	@Test
	void tokenChangesStateWithoutCsrfButNotBeyondItsRole() {
		LiveClient api = new LiveClient(this.port);
		HttpResponse<String> evaluated = api.send(api.request("/api/v1/classification/evaluate")
			.header("Authorization", "Bearer " + this.secret)
			.header("Accept", "application/json")
			.header("Content-Type", "application/json")
			.POST(BodyPublishers.ofString("{\"datasets\": []}")));
		assertThat(evaluated.statusCode()).as(evaluated.body()).isNotEqualTo(403).isLessThan(500);
		HttpResponse<String> forbidden = api.send(api.request("/api/v1/organisations")
			.header("Authorization", "Bearer " + this.secret)
			.header("Accept", "application/json")
			.header("Content-Type", "application/json")
			.POST(BodyPublishers
				.ofString("{\"name\": \"Not mine " + Fixtures.unique() + "\", \"kind\": \"PARTNER\"}")));
		assertProblem(forbidden, 403);
	}

	@Test
	void bearerRequestCreatesNoSession() {
		LiveClient api = new LiveClient(this.port);
		HttpResponse<String> response = bearerGet(api, "/api/v1/me", this.secret);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat((String) JsonPath.read(response.body(), "$.username")).isEqualTo(this.partner.username());
		assertThat(response.headers().allValues("Set-Cookie")).noneMatch((c) -> c.startsWith("JSESSIONID"));
		assertThat(api.cookies()).isEmpty();
		// and the next call without the token is anonymous again
		assertProblem(api.getJson("/api/v1/me"), 401);
	}

	@Test
	void signingInWithAPasswordStillGetsANewSessionId() {
		LiveClient browser = new LiveClient(this.port);
		browser.page("/login");
		String before = sessionId(browser);
		browser.signIn(this.partner);
		assertThat(sessionId(browser)).isNotNull().isNotEqualTo(before);
		assertThat(browser.page("/profile").statusCode()).isEqualTo(200);
	}

	private static String sessionId(LiveClient client) {
		return client.cookies()
			.stream()
			.filter((c) -> c.getName().equals("JSESSIONID"))
			.map(HttpCookie::getValue)
			.findFirst()
			.orElse(null);
	}

	@Test
	void revokedTokenAnswers401() {
		LiveClient browser = new LiveClient(this.port).signIn(this.partner);
		HttpResponse<String> revoked = browser.json("DELETE", "/api/v1/me/tokens/" + this.tokenId, "");
		assertThat(revoked.statusCode()).isEqualTo(204);
		LiveClient api = new LiveClient(this.port);
		assertProblem(bearerGet(api, "/api/v1/organisations/" + this.ownOrganisation, this.secret), 401);
	}

	@Test
	void unknownOrMalformedTokensAnswer401() {
		LiveClient api = new LiveClient(this.port);
		for (String garbage : new String[] { "garbage", "dp_" + "x".repeat(43), "dp_", "x".repeat(4000),
				this.secret + "x", "' or '1'='1" }) {
			HttpResponse<String> response = bearerGet(api, "/api/v1/organisations/" + this.ownOrganisation, garbage);
			assertProblem(response, 401);
			assertThat(response.body()).as("the problem names the request, not the error page")
				.contains("\"instance\":\"/api/v1/organisations/" + this.ownOrganisation + "\"");
			assertThat(response.headers().allValues("Set-Cookie")).noneMatch((c) -> c.startsWith("JSESSIONID"));
		}
	}

	@Test
	void tokenOfADeactivatedPersonAnswers401() {
		TestUser admin = this.fixtures.admin();
		this.users.setActive(admin.current(), this.partner.id(), false);
		LiveClient api = new LiveClient(this.port);
		assertProblem(bearerGet(api, "/api/v1/me", this.secret), 401);
	}

	private static HttpResponse<String> bearerGet(LiveClient api, String path, String token) {
		return api.send(api.request(path)
			.header("Authorization", "Bearer " + token)
			.header("Accept", "application/json")
			.GET());
	}

}
