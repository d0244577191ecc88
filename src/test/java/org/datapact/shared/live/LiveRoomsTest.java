package org.datapact.shared.live;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.datapact.support.EventStream;
import org.datapact.support.Fixtures;
import org.datapact.support.Fixtures.TestUser;
import org.datapact.support.LiveClient;
import org.datapact.support.LiveServerTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Live rooms over real HTTP and PostgreSQL: streams, presence shared through the
 * database, notices through the cluster bus, and the limits. A test controller stands in
 * for a module's (its access check: ids starting with "open" may be entered).
 */
@LiveServerTest
@Import(TestRooms.class)
@TestPropertySource(properties = { "datapact.live.heartbeat=300ms", "datapact.live.presence-ttl=3s",
		"datapact.live.max-streams-per-user=2", "datapact.live.max-streams=4" })
class LiveRoomsTest {

	private static final Duration WAIT = Duration.ofSeconds(15);

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	LiveRooms rooms;

	@Autowired
	LiveHub hub;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	JdbcClient jdbc;

	private final List<EventStream> open = new ArrayList<>();

	@BeforeEach
	void noStreamsLeftFromOtherTests() {
		await().atMost(WAIT).until(() -> this.hub.size() == 0);
	}

	@AfterEach
	void closeStreams() {
		this.open.forEach(EventStream::close);
	}

	@Test
	void aRoomOpensOnlyAfterTheModulesAccessCheckAndOnlyForSignedInPeople() {
		LiveClient anonymous = new LiveClient(this.port);
		assertThat(anonymous.events("/test-live/open-" + Fixtures.unique(), null).status()).isNotEqualTo(200);
		LiveClient scoper = new LiveClient(this.port).signIn(this.fixtures.scoper());
		assertThat(scoper.events("/test-live/closed-" + Fixtures.unique(), null).status()).isEqualTo(404);
	}

	@Test
	void peopleSeeWhoElseHasTheRoomOpenAndNotThemselves() {
		TestUser alice = this.fixtures.scoper();
		TestUser bob = this.fixtures.admin();
		String room = "/test-live/open-" + Fixtures.unique();
		EventStream aliceStream = stream(alice, room);
		assertThat(aliceStream.response().headers().firstValue("Content-Type")).hasValueSatisfying(
				(type) -> assertThat(MediaType.parseMediaType(type).isCompatibleWith(MediaType.TEXT_EVENT_STREAM))
					.isTrue());
		assertThat(aliceStream.response().headers().firstValue("X-Accel-Buffering")).hasValue("no");
		assertThat(aliceStream.response().headers().firstValue("Content-Security-Policy")).isPresent();
		EventStream.Event hello = aliceStream.await("hello", (data) -> data.contains("stream"));
		assertThat(hello.id()).isNotBlank();
		aliceStream.awaitLatest("presence", (data) -> data.contains("\"summary\":\"\""));

		EventStream bobStream = stream(bob, room);
		aliceStream.awaitLatest("presence", (data) -> data.contains("Also here: " + name(bob)));
		EventStream.Event bobSees = bobStream.awaitLatest("presence", (data) -> data.contains(name(alice)));
		assertThat(bobSees.data()).doesNotContain(name(bob));
	}

	@Test
	void whoIsEditingIsShownAndOnlyTheStreamsOwnerMaySayIt() {
		TestUser alice = this.fixtures.scoper();
		TestUser bob = this.fixtures.admin();
		String room = "/test-live/open-" + Fixtures.unique();
		LiveClient aliceClient = new LiveClient(this.port).signIn(alice);
		EventStream aliceStream = track(aliceClient.events(room, null));
		String aliceStreamId = streamId(aliceStream);
		LiveClient bobClient = new LiveClient(this.port).signIn(bob);
		EventStream bobStream = track(bobClient.events(room, null));

		assertThat(aliceClient.form(room + "/presence", Map.of("stream", aliceStreamId, "state", "EDITING"), true)
			.statusCode()).isEqualTo(204);
		bobStream.awaitLatest("presence", (data) -> data.contains(name(alice) + " (editing)"));
		assertThat(bobClient.form(room + "/presence", Map.of("stream", aliceStreamId, "state", "VIEWING"), true)
			.statusCode()).as("someone else's stream").isEqualTo(404);
		assertThat(aliceClient.form(room + "/presence", Map.of("stream", aliceStreamId, "state", "VIEWING"), true)
			.statusCode()).isEqualTo(204);
		bobStream.awaitLatest("presence",
				(data) -> data.contains(name(alice)) && !data.contains(name(alice) + " (editing)"));
		assertThat(aliceClient.form(room + "/presence", Map.of("stream", aliceStreamId, "state", "LEFT"), true)
			.statusCode()).isEqualTo(204);
		bobStream.awaitLatest("presence", (data) -> !data.contains(name(alice)));
	}

	@Test
	void aNoticeArrivesWhenTheTransactionCommitsAndNotForItsAuthor() {
		TestUser alice = this.fixtures.scoper();
		TestUser bob = this.fixtures.admin();
		String id = "open-" + Fixtures.unique();
		Room room = new Room("test", id);
		EventStream aliceStream = stream(alice, "/test-live/" + id);
		EventStream bobStream = stream(bob, "/test-live/" + id);
		aliceStream.awaitLatest("presence", (data) -> data.contains(name(bob)));

		this.transaction.executeWithoutResult((status) -> {
			this.rooms.announce(room, alice.current(), "live.presence.editing", List.of(),
					Map.of("version", "7", "<script>", "x".repeat(1000)));
			await().during(Duration.ofMillis(500)).atMost(WAIT).until(() -> bobStream.events("notice").isEmpty());
		});
		EventStream.Event notice = bobStream.await("notice", (data) -> data.contains("\"version\":\"7\""));
		assertThat(notice.data()).contains("\"text\":\"" + name(alice) + " (editing)\"");
		assertThat(notice.data()).doesNotContain("x".repeat(201));

		this.transaction.executeWithoutResult(
				(status) -> this.rooms.announce(room, bob.current(), "live.presence.editing", List.of(), Map.of()));
		// notices reach a stream in order: once Bob's is here, Alice's own would have
		// been
		aliceStream.await("notice", (data) -> data.contains(name(bob)));
		assertThat(aliceStream.events("notice")).hasSize(1);
	}

	@Test
	void someoneWhoDisconnectsIsSeenLeavingAndHeartbeatsFlow() {
		TestUser alice = this.fixtures.scoper();
		TestUser bob = this.fixtures.admin();
		String room = "/test-live/open-" + Fixtures.unique();
		EventStream aliceStream = stream(alice, room);
		EventStream bobStream = stream(bob, room);
		aliceStream.awaitLatest("presence", (data) -> data.contains(name(bob)));
		await().atMost(WAIT).until(() -> aliceStream.comments() >= 2);

		bobStream.close();
		aliceStream.awaitLatest("presence", (data) -> !data.contains(name(bob)));
		await().atMost(WAIT).until(() -> this.hub.size() == 1);
	}

	@Test
	void aPersonsStreamsBeyondTheirLimitCloseTheOldestAndTheInstanceLimitAnswers503() {
		TestUser alice = this.fixtures.scoper();
		String room = "/test-live/open-" + Fixtures.unique();
		LiveClient client = new LiveClient(this.port).signIn(alice);
		EventStream first = track(client.events(room, null));
		first.await("hello", (data) -> true);
		EventStream second = track(client.events(room, null));
		EventStream third = track(client.events(room, null));
		third.await("hello", (data) -> true);
		await().atMost(WAIT).until(first::ended);
		assertThat(second.ended()).isFalse();

		LiveClient bob = new LiveClient(this.port).signIn(this.fixtures.admin());
		track(bob.events(room, null)).await("hello", (data) -> true);
		track(bob.events(room, null)).await("hello", (data) -> true);
		await().atMost(WAIT).until(() -> this.hub.size() == 4);
		EventStream refused = track(new LiveClient(this.port).signIn(this.fixtures.admin()).events(room, null));
		assertThat(refused.status()).isEqualTo(503);
		assertThat(refused.response().headers().firstValue("Retry-After")).hasValue("30");
	}

	@Test
	void signingOutEndsThePersonsStreams() {
		LiveClient client = new LiveClient(this.port).signIn(this.fixtures.scoper());
		EventStream stream = track(client.events("/test-live/open-" + Fixtures.unique(), null));
		stream.await("hello", (data) -> true);
		assertThat(client.form("/logout", Map.of(), true).statusCode()).isEqualTo(302);
		await().atMost(WAIT).until(stream::ended);
	}

	@Test
	void presenceIsSharedThroughTheDatabaseAndAStoppedInstancesPresenceExpires() {
		TestUser alice = this.fixtures.scoper();
		String id = "open-" + Fixtures.unique();
		EventStream aliceStream = stream(alice, "/test-live/" + id);
		aliceStream.await("hello", (data) -> true);
		// someone on another instance that then stops without cleaning up
		UUID elsewhere = UUID.randomUUID();
		this.jdbc
			.sql("""
					insert into live_presence (stream_id, room, user_id, display_name, instance_id, expires_at)
					values (:stream, :room, :user, 'Zoë on another instance', 'another-instance', now() + interval '1 hour')""")
			.param("stream", elsewhere)
			.param("room", "test:" + id)
			.param("user", UUID.randomUUID())
			.update();
		this.hub.announcePresence(new Room("test", id));
		aliceStream.awaitLatest("presence", (data) -> data.contains("Zoë on another instance"));

		this.jdbc.sql("update live_presence set expires_at = now() - interval '1 second' where stream_id = :stream")
			.param("stream", elsewhere)
			.update();
		aliceStream.awaitLatest("presence", (data) -> !data.contains("Zoë"));
	}

	@Test
	void aReconnectingStreamTakesOverItsPresence() {
		PresenceStore store = new PresenceStore(this.jdbc);
		Room room = new Room("test", "open-" + Fixtures.unique());
		UUID user = UUID.randomUUID();
		UUID first = UUID.randomUUID();
		UUID second = UUID.randomUUID();
		Duration ttl = Duration.ofMinutes(1);
		assertThat(store.enter(first, room, user, "Ada", "here", ttl, null)).isTrue();
		assertThat(store.editing(first, room, user, true, "")).isTrue();
		store.linger(first, Duration.ofSeconds(15));
		assertThat(store.enter(second, room, user, "Ada", "here", ttl, first)).as("no new arrival").isFalse();
		assertThat(store.present(room, 10).people()).singleElement()
			.satisfies((person) -> assertThat(person.editing()).isTrue());
		assertThat(store.enter(UUID.randomUUID(), room, UUID.randomUUID(), "Eve", "here", ttl, second))
			.as("another person cannot take over the stream")
			.isTrue();
		assertThat(store.present(room, 10).total()).isEqualTo(2);
		assertThat(store.leave(second)).isTrue();
		assertThat(store.present(room, 1).total()).isEqualTo(1);
	}

	private EventStream stream(TestUser user, String path) {
		return track(new LiveClient(this.port).signIn(user).events(path, null));
	}

	private EventStream track(EventStream stream) {
		this.open.add(stream);
		return stream;
	}

	private static String streamId(EventStream stream) {
		String data = stream.await("hello", (d) -> true).data();
		return data.replaceAll(".*\"stream\":\"([^\"]+)\".*", "$1");
	}

	private static String name(TestUser user) {
		return "Test " + user.username();
	}

}
