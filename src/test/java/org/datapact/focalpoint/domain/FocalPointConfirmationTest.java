package org.datapact.focalpoint.domain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.datapact.focalpoint.FocalPointFlag.Reason;
import org.datapact.focalpoint.FocalPointRole;
import org.datapact.shared.CurrentUser;
import org.datapact.support.Fixtures;
import org.datapact.support.IntegrationTest;
import org.datapact.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A focal point confirms their details from the link in a real e-mail (GreenMail): the
 * link shows the details without changing anything, confirms once, and expires.
 */
@IntegrationTest
@AutoConfigureMockMvc
@Import(MutableClock.Configuration.class)
class FocalPointConfirmationTest {

	private static final int SMTP_PORT = freePort();

	private static final Pattern LINK = Pattern.compile("/focal-points/confirm\\?token=([A-Za-z0-9_-]{43})");

	@RegisterExtension
	static GreenMailExtension mail = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"));

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> SMTP_PORT);
	}

	@Autowired
	Confirmations confirmations;

	@Autowired
	FocalPointService service;

	@Autowired
	Fixtures fixtures;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MutableClock clock;

	CurrentUser admin;

	UUID organisation;

	FocalPointView point;

	String name;

	String email;

	@BeforeEach
	void appoint() {
		this.admin = this.fixtures.admin().current();
		this.organisation = this.fixtures.partner();
		this.name = "Confirming Person " + Fixtures.unique();
		this.email = Fixtures.unique() + "@example.org";
		this.point = this.service.appoint(this.admin, this.organisation, FocalPointRole.PRIMARY,
				new ContactDetailsInput(this.name, "Officer", "+254 712 345678", this.email, null, "en", null));
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void theLinkShowsTheDetailsChangesNothingOnOpeningAndConfirmsOnce() throws Exception {
		String token = requestAndReceiveToken();
		assertThat(this.jdbc.queryForObject("select token_hash from focal_point_confirmation where focal_point_id = ?",
				String.class, this.point.id()))
			.as("only the hash of the token is stored")
			.isNotEqualTo(token)
			.hasSize(64);

		for (int i = 0; i < 2; i++) {
			this.mvc.perform(get("/focal-points/confirm").param("token", token))
				.andExpect(status().isOk())
				.andExpect(content().string(org.hamcrest.Matchers.containsString(this.name)))
				.andExpect(content().string(org.hamcrest.Matchers.containsString(this.email)));
		}
		assertThat(confirmedAt()).as("opening the link changes nothing").isNull();
		assertThat(reasons()).contains(Reason.NEVER_CONFIRMED);

		this.mvc.perform(post("/focal-points/confirm").param("token", token).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"confirmation-done\"")));
		Object first = confirmedAt();
		assertThat(first).isNotNull();
		assertThat(reasons()).doesNotContain(Reason.NEVER_CONFIRMED);

		// spent: neither confirms again nor shows the details
		this.mvc.perform(post("/focal-points/confirm").param("token", token).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"confirmation-invalid\"")));
		assertThat(this.confirmations.confirm(token)).isFalse();
		this.mvc.perform(get("/focal-points/confirm").param("token", token))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"confirmation-invalid\"")))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(this.name))));
		assertThat(confirmedAt()).isEqualTo(first);
	}

	@Test
	void anExpiredLinkFails() throws Exception {
		String token = requestAndReceiveToken();
		this.clock.advance(Duration.ofDays(14).plusMinutes(1));
		assertThat(this.confirmations.open(token)).isEmpty();
		this.mvc.perform(post("/focal-points/confirm").param("token", token).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"confirmation-invalid\"")));
		assertThat(this.confirmations.confirm(token)).isFalse();
		assertThat(confirmedAt()).isNull();
	}

	@Test
	void aLinkStillWorksJustBeforeItExpires() throws Exception {
		String token = requestAndReceiveToken();
		this.clock.advance(Duration.ofDays(14).minusMinutes(5));
		assertThat(this.confirmations.open(token)).isPresent();
		assertThat(this.confirmations.confirm(token)).isTrue();
		assertThat(confirmedAt()).isNotNull();
	}

	@Test
	void garbageTokensFail() throws Exception {
		requestAndReceiveToken();
		char[] almost = new char[43];
		Arrays.fill(almost, 'A');
		for (String token : new String[] { "", "x", "not a token", new String(almost), "A".repeat(10_000),
				"../../etc/passwd", "' or '1'='1", "%00" }) {
			assertThat(this.confirmations.open(token)).as(token).isEmpty();
			assertThat(this.confirmations.confirm(token)).as(token).isFalse();
			this.mvc.perform(get("/focal-points/confirm").param("token", token))
				.andExpect(status().isOk())
				.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"confirmation-invalid\"")));
		}
		assertThat(this.confirmations.open(null)).isEmpty();
		this.mvc.perform(post("/focal-points/confirm").with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"confirmation-invalid\"")));
		assertThat(confirmedAt()).isNull();
	}

	@Test
	void aNewLinkReplacesTheEarlierOnes() throws Exception {
		String first = requestAndReceiveToken();
		String second = requestAndReceiveToken();
		assertThat(second).isNotEqualTo(first);
		assertThat(this.confirmations.open(first)).as("replaced").isEmpty();
		assertThat(this.confirmations.confirm(first)).isFalse();
		assertThat(confirmedAt()).isNull();
		assertThat(this.confirmations.confirm(second)).isTrue();
	}

	@Test
	void twoConcurrentConfirmationsOfOneLinkGiveOneSuccess() throws Exception {
		String token = requestAndReceiveToken();
		int attempts = 8;
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(attempts);
		List<Future<Boolean>> results = new ArrayList<>();
		for (int i = 0; i < attempts; i++) {
			results.add(pool.submit(() -> {
				start.await(10, TimeUnit.SECONDS);
				return this.confirmations.confirm(token);
			}));
		}
		start.countDown();
		int successes = 0;
		for (Future<Boolean> result : results) {
			successes += result.get(30, TimeUnit.SECONDS) ? 1 : 0;
		}
		pool.shutdown();
		assertThat(successes).isEqualTo(1);
		assertThat(this.jdbc.queryForObject("""
				select count(*) from audit_entry where action = 'FOCAL_POINT_CONFIRMED' and entity_id = ?""",
				Integer.class, this.point.id().toString()))
			.isEqualTo(1);
	}

	@Test
	void aLinkForAHoldingThatEndedOrWasErasedIsRefused() throws Exception {
		String token = requestAndReceiveToken();
		this.service.designateSuccessor(this.admin, this.organisation, FocalPointRole.PRIMARY,
				new ContactDetailsInput("Successor " + Fixtures.unique(), "Officer", "+254 712 345679",
						Fixtures.unique() + "@example.org", null, "en", null),
				java.time.LocalDate.now(this.clock).plusDays(1), HandoverInput.empty());
		this.clock.advance(Duration.ofDays(1));
		assertThat(this.confirmations.open(token)).as("the holding ended").isEmpty();
		this.mvc.perform(get("/focal-points/confirm").param("token", token))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"confirmation-invalid\"")))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(this.name))));
		this.service.erase(this.admin, this.point.id());
		assertThat(this.confirmations.confirm(token)).as("erased").isFalse();
		assertThat(confirmedAt()).isNull();
	}

	private String requestAndReceiveToken() throws Exception {
		int before = mail.getReceivedMessages().length;
		assertThat(this.confirmations.request(this.admin, this.point.id())).isTrue();
		MimeMessage[] received = mail.getReceivedMessages();
		assertThat(received).hasSize(before + 1);
		MimeMessage message = received[received.length - 1];
		assertThat(message.getAllRecipients()[0].toString()).isEqualTo(this.email);
		Matcher link = LINK.matcher(String.valueOf(message.getContent()));
		assertThat(link.find()).as("confirmation link in the mail").isTrue();
		return link.group(1);
	}

	private Object confirmedAt() {
		return this.jdbc.queryForObject("select confirmed_at from focal_point where id = ?", Object.class,
				this.point.id());
	}

	private java.util.List<Reason> reasons() {
		return this.service.overview(this.admin, this.organisation)
			.flags()
			.stream()
			.filter((f) -> f.role() == FocalPointRole.PRIMARY)
			.map((f) -> f.reason())
			.toList();
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
