package org.datapact.security;

import java.net.HttpCookie;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import com.jayway.jsonpath.JsonPath;
import org.datapact.audit.domain.AuditFilter;
import org.datapact.audit.domain.AuditQueries;
import org.datapact.organisation.domain.UserCommand;
import org.datapact.organisation.domain.UserService;
import org.datapact.shared.Role;
import org.datapact.support.Fixtures;
import org.datapact.support.Fixtures.TestUser;
import org.datapact.support.LiveClient;
import org.datapact.support.LiveServerTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.datapact.support.ErrorResponses.assertProblem;

/**
 * Credentials that really end: a password change, an administrator's reset, deactivation
 * and new roles end every other session of the account and its API tokens, on a real
 * server with real sessions; the session that changed its own password carries on with a
 * new id. Tokens are limited to their scope and can never manage tokens or the password.
 */
@LiveServerTest
class CredentialsEndTest {

	private static final String NEW_PASSWORD = "Seven quiet rivers under a bridge";

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	UserService users;

	@Autowired
	AuditQueries audit;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void changingThePasswordOnTheFormEndsOtherSessionsAndTokensButNotThisOne() {
		TestUser user = this.fixtures.user(this.fixtures.partner(), Role.PARTNER);
		LiveClient here = new LiveClient(this.port).signIn(user);
		LiveClient elsewhere = new LiveClient(this.port).signIn(user);
		String token = createToken(here, "READ_WRITE");
		assertThat(bearer("GET", "/api/v1/me", token, null).statusCode()).isEqualTo(200);
		String before = sessionId(here);

		HttpResponse<String> changed = here.form("/profile/password", Map.of("currentPassword", user.password(),
				"newPassword", NEW_PASSWORD, "confirmPassword", NEW_PASSWORD), true);

		assertThat(changed.statusCode()).as(changed.body()).isEqualTo(302);
		assertThat(changed.headers().firstValue("Location")).hasValue("/profile");
		assertThat(sessionId(here)).as("a new session id").isNotNull().isNotEqualTo(before);
		assertThat(here.page("/profile").statusCode()).as("this session carries on").isEqualTo(200);
		assertThat(elsewhere.page("/profile").headers().firstValue("Location")).hasValue("/login?expired");
		assertProblem(bearer("GET", "/api/v1/me", token, null), 401);
		List<Boolean> active = JsonPath.read(here.getJson("/api/v1/me/tokens").body(), "$.items[*].active");
		assertThat(active).containsOnly(false);
		signInFails(user.username(), user.password());
		new LiveClient(this.port)
			.signIn(new TestUser(user.id(), user.username(), NEW_PASSWORD, user.organisationId(), user.roles()));
	}

	@Test
	void changingThePasswordThroughTheApiEndsOtherSessionsAndTokensButNotThisOne() {
		TestUser user = this.fixtures.user(this.fixtures.partner(), Role.VOLUNTEER);
		LiveClient here = new LiveClient(this.port).signIn(user);
		LiveClient elsewhere = new LiveClient(this.port).signIn(user);
		String token = createToken(elsewhere, "READ");
		String before = sessionId(here);

		HttpResponse<String> changed = here.json("PUT", "/api/v1/me/password", """
				{"currentPassword": "%s", "newPassword": "%s", "confirmPassword": "%s"}""".formatted(user.password(),
				NEW_PASSWORD, NEW_PASSWORD));

		assertThat(changed.statusCode()).as(changed.body()).isEqualTo(204);
		assertThat(sessionId(here)).isNotEqualTo(before);
		assertThat(here.getJson("/api/v1/me").statusCode()).isEqualTo(200);
		assertProblem(elsewhere.getJson("/api/v1/me"), 401);
		assertProblem(bearer("GET", "/api/v1/me", token, null), 401);
	}

	@Test
	void anAdministratorsResetDeactivationAndNewRolesEachEndSessionsAndTokens() {
		TestUser admin = this.fixtures.admin();
		UUID organisation = this.fixtures.partner();
		Map<String, Consumer<TestUser>> changes = Map.of("reset",
				(user) -> this.users.resetPassword(admin.current(), user.id()), "deactivation",
				(user) -> this.users.setActive(admin.current(), user.id(), false), "new roles",
				(user) -> this.users.update(admin.current(), user.id(),
						this.users.get(admin.current(), user.id()).version(), new UserCommand(null, null,
								"Now a volunteer", user.username() + "@example.org", Set.of(Role.VOLUNTEER))));
		changes.forEach((change, action) -> {
			TestUser user = this.fixtures.user(organisation, Role.PARTNER);
			LiveClient browser = new LiveClient(this.port).signIn(user);
			String token = createToken(browser, "READ");
			action.accept(user);
			assertThat(browser.page("/organisations").headers().firstValue("Location")).as(change)
				.hasValue("/login?expired");
			assertProblem(bearer("GET", "/api/v1/me", token, null), 401);
			assertThat(
					this.jdbc.queryForObject("select count(*) from api_token where user_id = ? and revoked_at is null",
							Integer.class, user.id()))
				.as(change)
				.isZero();
		});
	}

	@Test
	void aTokenFromBeforeTheLastChangeIsRefusedEvenIfItWereNotRevoked() {
		TestUser admin = this.fixtures.admin();
		TestUser user = this.fixtures.user(this.fixtures.partner(), Role.PARTNER);
		String token = createToken(new LiveClient(this.port).signIn(user), "READ");
		long version = this.users.get(admin.current(), user.id()).version();
		this.users.update(admin.current(), user.id(), version,
				new UserCommand(null, null, "Same", user.username() + "@example.org", Set.of(Role.VOLUNTEER)));
		this.jdbc.update("update api_token set revoked_at = null where user_id = ?", user.id());
		assertProblem(bearer("GET", "/api/v1/me", token, null), 401);
	}

	@Test
	void aTokenCannotManageTokensNorChangeThePasswordNorOpenPages() {
		TestUser user = this.fixtures.user(this.fixtures.partner(), Role.PARTNER);
		LiveClient browser = new LiveClient(this.port).signIn(user);
		String token = createToken(browser, "READ_WRITE");
		String tokenId = JsonPath.read(browser.getJson("/api/v1/me/tokens").body(), "$.items[0].id");
		for (HttpResponse<String> refused : List.of(bearer("GET", "/api/v1/me/tokens", token, null),
				bearer("POST", "/api/v1/me/tokens", token, "{\"name\": \"minted\", \"validDays\": 365}"),
				bearer("DELETE", "/api/v1/me/tokens/" + tokenId, token, null),
				bearer("PUT", "/api/v1/me/password", token, """
						{"currentPassword": "%s", "newPassword": "%s", "confirmPassword": "%s"}"""
					.formatted(user.password(), NEW_PASSWORD, NEW_PASSWORD)))) {
			assertProblem(refused, 403);
			assertThat((String) JsonPath.read(refused.body(), "$.detail")).contains("sign in");
		}
		assertThat(
				this.jdbc.queryForObject("select count(*) from api_token where user_id = ?", Integer.class, user.id()))
			.isEqualTo(1);
		HttpResponse<String> page = bearer("GET", "/profile", token, null);
		assertThat(page.statusCode()).isEqualTo(401);
		assertThat(bearer("GET", "/api/v1/me", token, null).statusCode())
			.as("the password is unchanged, the token works")
			.isEqualTo(200);
	}

	@Test
	void aReadOnlyTokenEvenAnAdministratorsChangesNothing() {
		TestUser admin = this.fixtures.admin();
		LiveClient browser = new LiveClient(this.port).signIn(admin);
		HttpResponse<String> created = browser.json("POST", "/api/v1/me/tokens",
				"{\"name\": \"default scope\", \"validDays\": 5}");
		assertThat((String) JsonPath.read(created.body(), "$.token.scope")).as("read-only unless asked")
			.isEqualTo("READ");
		String readOnly = JsonPath.read(created.body(), "$.secret");
		String name = "Read-only " + Fixtures.unique();
		String organisation = "{\"name\": \"" + name + "\", \"kind\": \"PARTNER\"}";

		assertThat(bearer("GET", "/api/v1/organisations", readOnly, null).statusCode()).isEqualTo(200);
		HttpResponse<String> refused = bearer("POST", "/api/v1/organisations", readOnly, organisation);
		assertProblem(refused, 403);
		assertThat((String) JsonPath.read(refused.body(), "$.detail")).contains("read-only");
		UUID own = admin.organisationId();
		assertProblem(
				bearer("PUT", "/api/v1/organisations/" + own, readOnly, "{\"name\": \"Renamed\", \"version\": 0}"),
				403);
		assertProblem(bearer("POST", "/api/v1/users/" + admin.id() + "/deactivate", readOnly, null), 403);
		assertThat(bearer("POST", "/api/v1/classification/evaluate", readOnly, "{\"datasets\": []}").statusCode())
			.as("classifying without saving changes nothing")
			.isNotEqualTo(403);
		assertThat(this.jdbc.queryForObject("select count(*) from organisation where name = ?", Integer.class, name))
			.isZero();
		assertThat(this.audit
			.find(new AuditFilter(admin.id(), null, null, null, "API_TOKEN_SCOPE_REFUSED", null, null), 0, 10)
			.totalItems()).isEqualTo(3);

		String readWrite = createToken(browser, "READ_WRITE");
		assertThat(bearer("POST", "/api/v1/organisations", readWrite, organisation).statusCode()).isEqualTo(201);
	}

	@Test
	void wrongCurrentPasswordsAreAuditedAndThrottledLikeSignIns() {
		TestUser user = this.fixtures.user(this.fixtures.partner(), Role.PARTNER);
		LiveClient browser = new LiveClient(this.port).signIn(user);
		String wrong = """
				{"currentPassword": "not my password", "newPassword": "%s", "confirmPassword": "%s"}"""
			.formatted(NEW_PASSWORD, NEW_PASSWORD);
		for (int attempt = 1; attempt <= 3; attempt++) {
			assertProblem(browser.json("PUT", "/api/v1/me/password", wrong), 400);
		}
		String pair = "pair:" + user.username() + "|" + browser.address();
		assertThat(this.jdbc.queryForObject("select failures from sign_in_throttle where key = ?", Integer.class, pair))
			.as("counted like sign-ins, per account and address")
			.isEqualTo(3);
		HttpResponse<String> throttled = browser.json("PUT", "/api/v1/me/password", wrong);
		assertProblem(throttled, 429);
		assertThat(throttled.headers().firstValue("Retry-After"))
			.hasValueSatisfying((seconds) -> assertThat(Integer.parseInt(seconds)).isBetween(1, 30));
		HttpResponse<String> form = browser.form("/profile/password", Map.of("currentPassword", user.password(),
				"newPassword", NEW_PASSWORD, "confirmPassword", NEW_PASSWORD), true);
		assertThat(form.statusCode()).as("even the right password waits its turn").isEqualTo(429);
		assertThat(form.body()).contains("Too many wrong passwords. Wait");
		assertThat(this.audit
			.find(new AuditFilter(user.id(), null, null, null, "PASSWORD_CHANGE_REJECTED", null, null), 0, 10)
			.items()).extracting((entry) -> entry.details())
			.containsExactlyInAnyOrder("reason=throttled", "reason=throttled", "reason=wrong-current-password",
					"reason=wrong-current-password", "reason=wrong-current-password");
		signInFails(user.username(), NEW_PASSWORD);
	}

	@Test
	void temporaryPasswordsRunOutAfterSeventyTwoHours() {
		TestUser admin = this.fixtures.admin();
		String username = "t" + Fixtures.unique();
		String temporary = this.users
			.create(admin.current(),
					new UserCommand(this.fixtures.partner(), username, "Temp", username + "@example.org",
							Set.of(Role.PARTNER)))
			.temporaryPassword();
		Double hours = this.jdbc.queryForObject("""
				select extract(epoch from temporary_password_expires_at - now()) / 3600 from app_user
				where username = ?""", Double.class, username);
		assertThat(hours).isBetween(71.9, 72.0);
		this.jdbc.update("update app_user set temporary_password_expires_at = now() - interval '1 minute' "
				+ "where username = ?", username);
		LiveClient browser = new LiveClient(this.port);
		HttpResponse<String> refused = browser.form("/login", Map.of("username", username, "password", temporary),
				true);
		assertThat(refused.headers().firstValue("Location")).hasValue("/login?temporaryExpired");
		assertThat(browser.page("/login?temporaryExpired").body())
			.contains("Your temporary password has expired. Ask an administrator for a new one.");
	}

	private void signInFails(String username, String password) {
		HttpResponse<String> response = new LiveClient(this.port).form("/login",
				Map.of("username", username, "password", password), true);
		assertThat(response.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).startsWith("/login?"));
	}

	private String createToken(LiveClient browser, String scope) {
		HttpResponse<String> created = browser.json("POST", "/api/v1/me/tokens",
				"{\"name\": \"token " + Fixtures.unique() + "\", \"validDays\": 5, \"scope\": \"" + scope + "\"}");
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		return JsonPath.read(created.body(), "$.secret");
	}

	private HttpResponse<String> bearer(String method, String path, String token, String json) {
		LiveClient api = new LiveClient(this.port);
		return api.send(api.request(path)
			.header("Authorization", "Bearer " + token)
			.header("Accept", "application/json")
			.header("Content-Type", "application/json")
			.method(method, (json != null) ? BodyPublishers.ofString(json) : BodyPublishers.noBody()));
	}

	private static String sessionId(LiveClient client) {
		return client.cookies()
			.stream()
			.filter((c) -> c.getName().equals("JSESSIONID"))
			.map(HttpCookie::getValue)
			.findFirst()
			.orElse(null);
	}

}
