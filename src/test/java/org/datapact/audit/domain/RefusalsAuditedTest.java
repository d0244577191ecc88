package org.datapact.audit.domain;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
import static org.awaitility.Awaitility.await;

/**
 * A read of another organisation's record is answered like a missing one, and audited as
 * denied; unauthenticated noise (a bad Bearer token) is counted and sampled, not written
 * one entry per request.
 */
@LiveServerTest
class RefusalsAuditedTest {

	private static final Pattern COUNT = Pattern.compile("count=(\\d+)");

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AuditNoise noise;

	@Test
	void aReadOfAnotherOrganisationsRecordIs404AndAuditedAsDenied() {
		TestUser staff = this.fixtures.user(this.fixtures.partner(), Role.PARTNER);
		UUID other = this.fixtures.partner();
		UUID nobody = UUID.randomUUID();
		LiveClient client = new LiveClient(this.port).signIn(staff);

		// the missing record first: refusals are written in order by one background
		// writer, so
		// once the refusal for the other organisation's record is there, anything the
		// missing
		// one caused would be there too
		assertThat(client.getJson("/api/v1/organisations/" + nobody).statusCode()).isEqualTo(404);
		assertThat(client.getJson("/api/v1/organisations/" + other).statusCode()).isEqualTo(404);

		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(this.jdbc.queryForList(
					"""
							select outcome from audit_entry where action = 'ACCESS_DENIED' and actor_id = ? and entity_id = ?""",
					String.class, staff.id(), other.toString()))
				.containsExactly("DENIED"));
		assertThat(this.jdbc.queryForObject("select count(*) from audit_entry where entity_id = ?", Integer.class,
				nobody.toString()))
			.as("a record that does not exist is no refusal")
			.isZero();
	}

	@Test
	void badBearerTokensAreCountedAndSampledNotWrittenOneByOne() {
		long before = this.jdbc.queryForObject("select coalesce(max(seq), 0) from audit_entry", Long.class);
		String path = "/api/v1/projects/" + UUID.randomUUID();
		int requests = 25;
		for (int i = 0; i < requests; i++) {
			LiveClient client = new LiveClient(this.port);
			HttpResponse<String> response = client.send(client.request(path)
				.header("Accept", "application/json")
				.header("Authorization", "Bearer dp_not-a-token-" + i)
				.GET());
			assertThat(response.statusCode()).isEqualTo(401);
		}
		this.noise.flush();

		int written = this.jdbc.queryForObject(
				"select count(*) from audit_entry where action = 'API_TOKEN_REJECTED' and seq > ? and details like ?",
				Integer.class, before, "%" + path + "%");
		// a few samples per period (the period may have turned once during the requests)
		assertThat(written).isLessThanOrEqualTo(6);
		List<String> summaries = this.jdbc.queryForList("""
				select details from audit_entry where action = 'AUDIT_NOISE_SUMMARY' and seq > ?
				and details like 'action=API_TOKEN_REJECTED %'""", String.class, before);
		long counted = summaries.stream().mapToLong(RefusalsAuditedTest::count).sum();
		// a period with no more hits than samples needs no summary: its hits are all
		// samples
		assertThat(counted + written).as("every rejected request is counted").isGreaterThanOrEqualTo(requests);
		assertThat(counted).as("summarised, not written one by one").isPositive();
	}

	private static long count(String details) {
		Matcher matcher = COUNT.matcher(details);
		return matcher.find() ? Long.parseLong(matcher.group(1)) : 0;
	}

}
