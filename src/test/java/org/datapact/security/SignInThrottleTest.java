package org.datapact.security;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;
import jakarta.mail.internet.MimeMessage;
import org.datapact.audit.domain.AuditEntry;
import org.datapact.audit.domain.AuditFilter;
import org.datapact.audit.domain.AuditQueries;
import org.datapact.questionnaire.QuestionnaireFixtures;
import org.datapact.shared.Role;
import org.datapact.support.Fixtures;
import org.datapact.support.Fixtures.TestUser;
import org.datapact.support.IntegrationTest;
import org.datapact.support.Logins;
import org.datapact.support.TestDatabaseInitializer;
import org.datapact.support.TestMailServer;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Sign-in throttling that slows a guesser without refusing anyone else's right password:
 * per account and address, per account (a lock the right password and a mailed link
 * lift), and per network; counted in PostgreSQL in one step per attempt, so concurrent
 * guesses cannot slip past.
 */
@IntegrationTest
@AutoConfigureMockMvc
@ContextConfiguration(initializers = { TestDatabaseInitializer.class, TestMailServer.class })
@Import(QuestionnaireFixtures.class)
class SignInThrottleTest {

	private static final Pattern UNLOCK_LINK = Pattern.compile("/login/unlock\\?token=([A-Za-z0-9_-]{43})");

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	JdbcClient jdbcClient;

	@Autowired
	AuditQueries audit;

	@Test
	void wrongPasswordsFromOneAddressMakeItWaitButNeverRefuseTheRightPasswordFromAnother() throws Exception {
		TestUser user = this.fixtures.user(this.fixtures.partner(), Role.PARTNER);
		RequestPostProcessor guesser = Logins.address();
		for (int attempt = 1; attempt <= 3; attempt++) {
			assertThat(signIn(user.username(), "wrong guess " + attempt, guesser)).isEqualTo("/login?error");
		}
		assertThat(signIn(user.username(), "wrong guess 4", guesser)).as("the guesser waits")
			.startsWith("/login?wait=");
		assertThat(signIn(user.username(), user.password(), guesser)).as("even with the right password")
			.startsWith("/login?wait=");

		assertThat(signIn(user.username(), user.password(), Logins.address())).as("the owner, elsewhere")
			.isEqualTo("/");
	}

	@Test
	void oneAddressSharedByAnOfficeIsNotLockedByOnePersonGuessing() throws Exception {
		RequestPostProcessor office = Logins.address();
		for (int attempt = 0; attempt < 30; attempt++) {
			assertThat(signIn("nobody-" + Fixtures.unique(), "a guess", office)).isEqualTo("/login?error");
		}
		TestUser colleague = this.fixtures.scoper();
		TestUser admin = this.fixtures.admin();
		assertThat(signIn(colleague.username(), colleague.password(), office)).isEqualTo("/");
		assertThat(signIn(admin.username(), admin.password(), office)).isEqualTo("/");
	}

	@Test
	void aBurstOfConcurrentWrongPasswordsChecksNoMoreThanTheFreeAttempts() throws Exception {
		TestUser user = this.fixtures.user(this.fixtures.partner(), Role.PARTNER);
		RequestPostProcessor guesser = Logins.address();
		int burst = 24;
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(burst);
		List<Callable<String>> attempts = new ArrayList<>();
		for (int i = 0; i < burst; i++) {
			String guess = "concurrent guess " + i;
			attempts.add(() -> {
				start.await(10, TimeUnit.SECONDS);
				return signIn(user.username(), guess, guesser);
			});
		}
		List<Future<String>> results = new ArrayList<>();
		attempts.forEach((attempt) -> results.add(pool.submit(attempt)));
		start.countDown();
		List<String> outcomes = new ArrayList<>();
		for (Future<String> result : results) {
			outcomes.add(result.get(60, TimeUnit.SECONDS));
		}
		pool.shutdown();
		assertThat(outcomes).filteredOn("/login?error"::equals).as("passwords checked").hasSize(3);
		assertThat(outcomes).filteredOn((o) -> o.startsWith("/login?wait=")).hasSize(burst - 3);
		assertThat(this.audit.find(new AuditFilter(user.id(), null, null, null, "LOGIN_FAILURE", null, null), 0, 50)
			.items()).extracting(AuditEntry::details)
			.as("one entry for each password checked; the refused attempts are sampled noise")
			.filteredOn("bad-credentials"::equals)
			.hasSize(3);
	}

	@Test
	void aLockedAccountNeedsTheRightPasswordAndTheMailedLinkAndTellsGuessersNothing() throws Exception {
		TestUser user = this.fixtures.user(this.fixtures.partner(), Role.PARTNER);
		lockAfterTenFailures(user.username());

		RequestPostProcessor owner = Logins.address();
		String wrong = signIn(user.username(), "another wrong guess", owner);
		String right = signIn(user.username(), user.password(), owner);
		assertThat(wrong).isEqualTo("/login?locked").isEqualTo(right);
		this.mvc.perform(get("/login").param("locked", ""))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("we have e-mailed you a link")));

		List<MimeMessage> mails = TestMailServer.awaitMailsTo(user.username() + "@example.org", 1);
		assertThat(mails).hasSize(1);
		assertThat(mails.get(0).getSubject()).isEqualTo("Your DataPact account is locked");
		Matcher link = UNLOCK_LINK.matcher(mails.get(0).getContent().toString());
		assertThat(link.find()).isTrue();
		String token = link.group(1);
		this.mvc.perform(get("/login/unlock").param("token", token))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString(user.username())));
		assertThat(signIn(user.username(), user.password(), owner)).as("opening the link lifts nothing yet")
			.isEqualTo("/login?locked");

		this.mvc.perform(post("/login/unlock").param("token", token).with(csrf()))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"unlock-done\"")));
		this.mvc.perform(post("/login/unlock").param("token", token).with(csrf()))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"unlock-invalid\"")));
		assertThat(signIn(user.username(), user.password(), Logins.address())).isEqualTo("/");
		assertThat(
				this.audit.find(new AuditFilter(user.id(), null, null, null, "SIGN_IN_LOCK_LIFTED", null, null), 0, 10)
					.totalItems())
			.isEqualTo(1);
	}

	@Test
	void anAdministratorSeesTheLockAndLiftsIt() throws Exception {
		TestUser user = this.fixtures.user(this.fixtures.partner(), Role.VOLUNTEER);
		lockAfterTenFailures(user.username());
		MockHttpSession admin = Logins.signIn(this.mvc, this.fixtures.admin());
		String locks = this.mvc.perform(get("/api/v1/sign-in-locks").param("size", "100").session(admin))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<Integer> ids = JsonPath.read(locks,
				"$.items[?(@.kind == 'ACCOUNT' && @.subject == '" + user.username() + "')].id");
		assertThat(ids).hasSize(1);
		this.mvc.perform(get("/admin/sign-in-locks").session(admin))
			.andExpect(content().string(org.hamcrest.Matchers.containsString(user.username())));

		this.mvc.perform(delete("/api/v1/sign-in-locks/" + ids.get(0)).with(csrf().asHeader()).session(admin))
			.andExpect(status().isNoContent());

		assertThat(signIn(user.username(), user.password(), Logins.address())).isEqualTo("/");
		this.mvc.perform(delete("/api/v1/sign-in-locks/" + ids.get(0)).with(csrf().asHeader()).session(admin))
			.andExpect(status().isNotFound());
	}

	@Test
	void eachFailureAfterTheFreeOnesDoublesTheWaitUpToTheLongest() {
		FixedClock clock = new FixedClock(Instant.parse("2026-06-01T10:00:00Z"));
		SignInThrottle throttle = throttle(clock, 100);
		String account = "nobody-" + Fixtures.unique();
		String address = "198.51.100." + (int) (Math.random() * 250 + 1);
		for (int free = 0; free < 3; free++) {
			assertThat(throttle.reserve(account, address).allowed()).isTrue();
		}
		List<Long> waits = new ArrayList<>();
		for (int failure = 0; failure < 12; failure++) {
			SignInThrottle.Reservation refused = throttle.reserve(account, address);
			assertThat(refused.refusal()).isEqualTo(SignInThrottle.Refusal.PAIR);
			long wait = Duration.between(clock.instant(), refused.retryAt()).toSeconds();
			waits.add(wait);
			clock.advance(Duration.ofSeconds(wait));
			assertThat(throttle.reserve(account, address).allowed()).as("after the wait").isTrue();
		}
		assertThat(waits).containsExactly(1L, 2L, 4L, 8L, 16L, 32L, 64L, 128L, 256L, 512L, 900L, 900L);
		assertThat(throttle.reserve(account, "198.51.100.251").allowed()).as("another address").isTrue();
	}

	@Test
	void concurrentAttemptsAreCheckedAndCountedInOneStep() throws Exception {
		SignInThrottle throttle = throttle(new FixedClock(Instant.parse("2026-06-02T10:00:00Z")), 1000);
		String account = "nobody-" + Fixtures.unique();
		int burst = 32;
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(8);
		List<Future<Boolean>> results = new ArrayList<>();
		for (int i = 0; i < burst; i++) {
			results.add(pool.submit(() -> {
				start.await(10, TimeUnit.SECONDS);
				return throttle.reserve(account, "203.0.113.77").allowed();
			}));
		}
		start.countDown();
		int allowed = 0;
		for (Future<Boolean> result : results) {
			allowed += result.get(60, TimeUnit.SECONDS) ? 1 : 0;
		}
		pool.shutdown();
		assertThat(allowed).isEqualTo(3);
		assertThat(this.jdbc.queryForObject("select failures from sign_in_throttle where key = ?", Integer.class,
				"pair:" + account + "|203.0.113.77"))
			.isEqualTo(3);
	}

	@Test
	void ipv6AddressesAreCountedPerSlash64() {
		SignInThrottle throttle = throttle(java.time.Clock.systemUTC(), 5);
		String prefix = "2001:db8:" + Integer.toHexString((int) (Math.random() * 0xffff)) + ":7:";
		for (int host = 1; host <= 5; host++) {
			assertThat(throttle.reserve("nobody-" + Fixtures.unique(), prefix + ":" + host).allowed()).isTrue();
		}
		SignInThrottle.Reservation sixth = throttle.reserve("nobody-" + Fixtures.unique(), prefix + "abcd:1:2:3");
		assertThat(sixth.allowed()).as("the same /64").isFalse();
		assertThat(sixth.refusal()).isEqualTo(SignInThrottle.Refusal.ADDRESS);
		assertThat(throttle.reserve("nobody-" + Fixtures.unique(), prefix.replace(":7:", ":8:") + ":1").allowed())
			.as("the next /64")
			.isTrue();
	}

	/** The throttle as configured by default but for the network's limit. */
	private SignInThrottle throttle(java.time.Clock clock, int addressLimit) {
		return new SignInThrottle(this.jdbcClient, clock,
				new SignInThrottle.Settings(Duration.ofHours(1), 3, Duration.ofSeconds(1), Duration.ofMinutes(15), 10,
						Duration.ofHours(1), Duration.ofMinutes(15), addressLimit, Duration.ofMinutes(15)));
	}

	/**
	 * Ten failures from ten addresses, letting each address's wait pass, lock the
	 * account.
	 */
	private void lockAfterTenFailures(String username) throws Exception {
		for (int attempt = 0; attempt < 10; attempt++) {
			assertThat(signIn(username, "wrong guess " + attempt, Logins.address())).isIn("/login?error",
					"/login?locked");
		}
		Timestamp until = this.jdbc.queryForObject("select blocked_until from sign_in_throttle where key = ?",
				Timestamp.class, "account:" + username);
		assertThat(until.toInstant()).isAfter(Instant.now().plus(Duration.ofMinutes(50)));
	}

	private String signIn(String username, String password, RequestPostProcessor from) throws Exception {
		return this.mvc
			.perform(post("/login").param("username", username).param("password", password).with(csrf()).with(from))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
	}

	/** A clock that stands still until moved. */
	static final class FixedClock extends java.time.Clock {

		private volatile Instant now;

		FixedClock(Instant now) {
			this.now = now;
		}

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public java.time.ZoneId getZone() {
			return java.time.ZoneOffset.UTC;
		}

		@Override
		public java.time.Clock withZone(java.time.ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
