package org.datapact.shared.bus;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.datapact.support.TestDatabase;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.awaitility.Awaitility.await;

/**
 * The bus on real PostgreSQL, in small application contexts of the bus alone: each
 * context is one DataPact instance with its own listening connection.
 */
class ClusterBusTest {

	private static final Duration WAIT = Duration.ofSeconds(10);

	private final ApplicationContextRunner instance = instance();

	static ApplicationContextRunner instance() {
		TestDatabase.Connection database = TestDatabase.get();
		return new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
					DataSourceTransactionManagerAutoConfiguration.class, TransactionAutoConfiguration.class,
					JdbcTemplateAutoConfiguration.class))
			.withUserConfiguration(BusConfiguration.class)
			.withPropertyValues("spring.datasource.url=" + database.url(),
					"spring.datasource.username=" + database.username(),
					"spring.datasource.password=" + database.password(), "spring.datasource.hikari.maximum-pool-size=2",
					"datapact.bus.poll=100ms", "datapact.bus.reconnect-initial=50ms",
					"datapact.bus.reconnect-max=500ms");
	}

	@Test
	void deliversNoticesToSubscribers() {
		this.instance.run((context) -> {
			ClusterBus bus = listening(context);
			Topic<Saved> topic = topic();
			List<Saved> received = new CopyOnWriteArrayList<>();
			bus.subscribe(topic, received::add);
			bus.publish(topic, new Saved(UUID.randomUUID(), 3));
			Saved second = new Saved(UUID.randomUUID(), 4);
			bus.publish(topic, second);
			await().atMost(WAIT).until(() -> received.size() == 2);
			assertThat(received.get(1)).isEqualTo(second);
		});
	}

	@Test
	void sendsANoticeOnlyWhenTheTransactionCommits() {
		this.instance.run((context) -> {
			ClusterBus bus = listening(context);
			TransactionTemplate transaction = context.getBean(TransactionTemplate.class);
			Topic<Saved> topic = topic();
			List<Saved> received = new CopyOnWriteArrayList<>();
			bus.subscribe(topic, received::add);
			Saved committed = new Saved(UUID.randomUUID(), 1);
			transaction.executeWithoutResult((status) -> {
				bus.publish(topic, committed);
				await().during(Duration.ofMillis(500)).atMost(WAIT).until(received::isEmpty);
			});
			await().atMost(WAIT).until(() -> received.contains(committed));

			Saved rolledBack = new Saved(UUID.randomUUID(), 2);
			transaction.executeWithoutResult((status) -> {
				bus.publish(topic, rolledBack);
				status.setRollbackOnly();
			});
			Saved later = new Saved(UUID.randomUUID(), 3);
			transaction.executeWithoutResult((status) -> bus.publish(topic, later));
			// notices arrive in commit order: once the later one is here, an earlier one
			// would have been too
			await().atMost(WAIT).until(() -> received.contains(later));
			assertThat(received).containsExactly(committed, later);
		});
	}

	@Test
	void reconnectsAndListensAgainAfterTheConnectionIsKilled() {
		this.instance.run((context) -> {
			ClusterBus bus = listening(context);
			Topic<Saved> topic = topic();
			List<Saved> received = new CopyOnWriteArrayList<>();
			bus.subscribe(topic, received::add);
			AtomicInteger resyncs = new AtomicInteger();
			bus.onResync(resyncs::incrementAndGet);
			int killed = bus.status().backendPid();

			Boolean terminated = context.getBean(JdbcTemplate.class)
				.queryForObject("SELECT pg_terminate_backend(?)", Boolean.class, killed);
			assertThat(terminated).isTrue();

			await().atMost(WAIT).until(() -> bus.isListening() && bus.status().backendPid() != killed);
			assertThat(bus.status().failures()).isPositive();
			await().atMost(WAIT).until(() -> resyncs.get() == 1);
			Saved afterReconnect = new Saved(UUID.randomUUID(), 9);
			bus.publish(topic, afterReconnect);
			await().atMost(WAIT).until(() -> received.contains(afterReconnect));
		});
	}

	@Test
	void aNoticePublishedInOneInstanceArrivesInTheOther() {
		this.instance.run((first) -> instance().run((second) -> {
			ClusterBus sender = listening(first);
			ClusterBus receiver = listening(second);
			assertThat(sender.instanceId()).isNotEqualTo(receiver.instanceId());
			Topic<Saved> topic = topic();
			List<Saved> receivedThere = new CopyOnWriteArrayList<>();
			List<Saved> receivedHere = new CopyOnWriteArrayList<>();
			receiver.subscribe(topic, receivedThere::add);
			sender.subscribe(topic, receivedHere::add);
			Saved saved = new Saved(UUID.randomUUID(), 5);
			first.getBean(TransactionTemplate.class).executeWithoutResult((status) -> sender.publish(topic, saved));
			await().atMost(WAIT).until(() -> receivedThere.contains(saved) && receivedHere.contains(saved));
		}));
	}

	@Test
	void refusesPayloadsThatNotifyCannotCarry() {
		this.instance.run((context) -> {
			ClusterBus bus = context.getBean(ClusterBus.class);
			Topic<Text> topic = Topic.of("bus_test_text", Text.class);
			assertThatIllegalArgumentException().isThrownBy(() -> bus.publish(topic, new Text("é".repeat(4000))))
				.withMessageContaining("at most 7999")
				.withMessageContaining("ids");
		});
	}

	@Test
	void oneFailingHandlerDoesNotStopTheOthersOrLaterNotices() {
		this.instance.run((context) -> {
			ClusterBus bus = listening(context);
			Topic<Saved> topic = topic();
			List<Saved> received = new CopyOnWriteArrayList<>();
			bus.subscribe(topic, (saved) -> {
				throw new IllegalStateException("handler failure in a test");
			});
			bus.subscribe(topic, received::add);
			bus.publish(topic, new Saved(UUID.randomUUID(), 1));
			bus.publish(topic, new Saved(UUID.randomUUID(), 2));
			await().atMost(WAIT).until(() -> received.size() == 2);
		});
	}

	@Test
	void aClosedSubscriptionReceivesNothingMore() {
		this.instance.run((context) -> {
			ClusterBus bus = listening(context);
			Topic<Saved> topic = topic();
			List<Saved> closed = new CopyOnWriteArrayList<>();
			List<Saved> open = new CopyOnWriteArrayList<>();
			Subscription subscription = bus.subscribe(topic, closed::add);
			bus.subscribe(topic, open::add);
			subscription.close();
			Saved saved = new Saved(UUID.randomUUID(), 1);
			bus.publish(topic, saved);
			await().atMost(WAIT).until(() -> open.contains(saved));
			assertThat(closed).isEmpty();
		});
	}

	@Test
	void healthIsUpWhileListeningAndDownWithoutADatabase() {
		this.instance.run((context) -> {
			listening(context);
			assertThat(context.getBean(BusHealthIndicator.class).health().getStatus()).isEqualTo(Status.UP);
		});
		this.instance.withPropertyValues("datapact.bus.url=jdbc:postgresql://127.0.0.1:1/nothing").run((context) -> {
			ClusterBus bus = context.getBean(ClusterBus.class);
			await().atMost(WAIT).until(() -> bus.status().failures() > 0);
			assertThat(bus.isListening()).isFalse();
			var health = context.getBean(BusHealthIndicator.class).health();
			assertThat(health.getStatus()).isEqualTo(Status.DOWN);
			assertThat(health.getDetails()).containsKey("lastFailure");
		});
	}

	@Test
	void topicNamesArePostgresIdentifiers() {
		assertThatIllegalArgumentException().isThrownBy(() -> Topic.of("Plan saved", Saved.class));
		assertThatIllegalArgumentException().isThrownBy(() -> Topic.of("x\"; DROP TABLE y; --", Saved.class));
		assertThatIllegalArgumentException().isThrownBy(() -> Topic.of("a".repeat(64), Saved.class));
		assertThat(Topic.of("plan_section_saved", Saved.class).name()).isEqualTo("plan_section_saved");
	}

	private static ClusterBus listening(AssertableApplicationContext context) {
		assertThat(context).hasNotFailed();
		ClusterBus bus = context.getBean(ClusterBus.class);
		await().atMost(WAIT).until(bus::isListening);
		return bus;
	}

	private static Topic<Saved> topic() {
		return Topic.of("bus_test_" + UUID.randomUUID().toString().replace("-", ""), Saved.class);
	}

	record Saved(UUID id, int version) {
	}

	record Text(String text) {
	}

}
