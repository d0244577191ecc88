package org.datapact.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.datapact.shared.live.LiveRooms;
import org.datapact.shared.live.Room;
import org.datapact.shared.live.TestRooms;
import org.datapact.support.EventStream;
import org.datapact.support.Fixtures;
import org.datapact.support.Fixtures.TestUser;
import org.datapact.support.LiveClient;
import org.datapact.support.TestDatabaseInitializer;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Fan-out of a live notice to many connected browsers: N Server-Sent Events streams over
 * real HTTP (4 per signed-in person, the per-person limit being 5) on one room; a notice
 * is announced in a committed transaction, as a save does, and the time from just before
 * the commit to each stream reading the event is recorded. Run by
 * {@code bench/plan-live.sh}; not part of the test suite (its name does not end in Test).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
@Import({ Fixtures.class, TestRooms.class })
@TestPropertySource(properties = { "datapact.login.max-failures-per-address=1000", "logging.level.root=WARN" })
class LiveFanoutBenchmark {

	private static final int CLIENTS = Integer.getInteger("bench.clients", 200);

	private static final int ROUNDS = Integer.getInteger("bench.rounds", 20);

	private static final int STREAMS_PER_PERSON = 4;

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	LiveRooms rooms;

	@Autowired
	TransactionTemplate transaction;

	@Test
	void noticeReachesEveryConnectedClient() throws Exception {
		String id = "open-bench-" + Fixtures.unique();
		Room room = TestRooms.room(id);
		List<EventStream> streams = new ArrayList<>();
		LiveClient client = null;
		for (int i = 0; i < CLIENTS; i++) {
			if (i % STREAMS_PER_PERSON == 0) {
				client = new LiveClient(this.port).signIn(this.fixtures.scoper());
			}
			streams.add(client.events("/test-live/" + id, null));
		}
		for (EventStream stream : streams) {
			assertThat(stream.status()).isEqualTo(200);
			stream.await("hello", (data) -> true);
		}
		TestUser author = this.fixtures.scoper();
		// warm-up: the first notices also load classes and fill caches
		for (int round = -3; round < 0; round++) {
			announce(room, author, round, streams);
		}
		long[] latencies = new long[CLIENTS * ROUNDS];
		long[] slowestPerRound = new long[ROUNDS];
		for (int round = 0; round < ROUNDS; round++) {
			long sent = announce(room, author, round, streams);
			for (int c = 0; c < CLIENTS; c++) {
				String marker = "\"round\":\"" + round + "\"";
				long received = streams.get(c).await("notice", (data) -> data.contains(marker)).receivedNanos();
				latencies[round * CLIENTS + c] = received - sent;
				slowestPerRound[round] = Math.max(slowestPerRound[round], received - sent);
			}
		}
		streams.forEach(EventStream::close);
		report(latencies, slowestPerRound);
	}

	/** Announces in a transaction; @return the time just before it commits. */
	private long announce(Room room, TestUser author, int round, List<EventStream> streams) {
		long[] sent = new long[1];
		this.transaction.executeWithoutResult((status) -> {
			this.rooms.announce(room, author.current(), "live.presence.editing", List.of(),
					Map.of("round", Integer.toString(round)));
			sent[0] = System.nanoTime();
		});
		String marker = "\"round\":\"" + round + "\"";
		await().atMost(Duration.ofSeconds(60))
			.until(() -> streams.stream()
				.allMatch((s) -> s.events("notice").stream().anyMatch((e) -> e.data().contains(marker))));
		return sent[0];
	}

	private static void report(long[] latencies, long[] slowestPerRound) throws Exception {
		long[] sorted = latencies.clone();
		Arrays.sort(sorted);
		long withinSecond = Arrays.stream(sorted).filter((l) -> l <= 1_000_000_000L).count();
		long roundsAllWithinSecond = Arrays.stream(slowestPerRound).filter((l) -> l <= 1_000_000_000L).count();
		String text = String.join("\n",
				"Live notice fan-out, " + java.time.Instant.now() + ", " + Runtime.getRuntime().availableProcessors()
						+ " cores, load average " + loadAverage(),
				CLIENTS + " connected SSE clients (" + STREAMS_PER_PERSON + " per person) in one room, " + ROUNDS
						+ " notices, each announced in a committed transaction",
				"every client received every notice: " + sorted.length + " of " + (long) CLIENTS * ROUNDS,
				String.format(Locale.ROOT,
						"latency from commit to each client (ms): p50 %.1f, p90 %.1f, p99 %.1f, max %.1f",
						ms(percentile(sorted, 50)), ms(percentile(sorted, 90)), ms(percentile(sorted, 99)),
						ms(sorted[sorted.length - 1])),
				String.format(Locale.ROOT, "deliveries within one second: %.1f%%",
						100.0 * withinSecond / sorted.length),
				"notices that reached all " + CLIENTS + " clients within one second: " + roundsAllWithinSecond + " of "
						+ ROUNDS,
				String.format(Locale.ROOT, "slowest client per notice (ms): %s",
						Arrays.stream(slowestPerRound)
							.mapToObj((l) -> String.format(Locale.ROOT, "%.0f", ms(l)))
							.toList()),
				"");
		System.out.println(text);
		Path out = Path.of("target", "bench", "plan-live-" + CLIENTS + ".txt");
		Files.createDirectories(out.getParent());
		Files.writeString(out, text);
	}

	private static long percentile(long[] sorted, int percent) {
		int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
	}

	private static double ms(long nanos) {
		return nanos / 1_000_000.0;
	}

	private static String loadAverage() {
		try {
			return Files.readString(Path.of("/proc/loadavg")).trim();
		}
		catch (java.io.IOException ex) {
			return "unknown";
		}
	}

}
