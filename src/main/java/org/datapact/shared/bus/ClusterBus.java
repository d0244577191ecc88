package org.datapact.shared.bus;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.datapact.shared.bus.BusListener.BusStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Notices between the instances of DataPact that share one PostgreSQL, over
 * {@code LISTEN/NOTIFY}: "section 42 was saved", "rule set 7 was published, drop your
 * cache". Every instance, the sender included, receives every notice of the topics it
 * subscribes to.
 * <ul>
 * <li>{@link #publish} runs {@code pg_notify} on the caller's transaction, so a notice
 * goes out only when that transaction commits, and never if it rolls back. Outside a
 * transaction it goes out at once.</li>
 * <li>A payload is a small record of ids (NOTIFY carries at most 8000 bytes): receivers
 * read whatever else they need from the database.</li>
 * <li>Handlers run one at a time on the bus's delivery thread, in the order notices
 * arrived; they must be quick and hand slow work to their own executor.</li>
 * <li>Notices sent while this instance had no connection are lost; {@link #onResync}
 * handlers are told after every reconnection (and when delivery fell behind) so that they
 * can drop caches or refresh what they show.</li>
 * </ul>
 */
public class ClusterBus implements SmartLifecycle {

	/** NOTIFY refuses payloads of 8000 bytes or more (in the server's encoding). */
	public static final int MAX_PAYLOAD_BYTES = 7999;

	private static final Logger log = LoggerFactory.getLogger(ClusterBus.class);

	private static final JsonMapper JSON = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private final String instanceId = UUID.randomUUID().toString();

	private final JdbcTemplate jdbc;

	private final BusListener listener;

	private final ThreadPoolExecutor delivery;

	private final Map<String, List<Handler<?>>> handlers = new ConcurrentHashMap<>();

	private final List<Runnable> resyncHandlers = new CopyOnWriteArrayList<>();

	private final Duration subscribeWait;

	ClusterBus(DataSource dataSource, BusProperties properties, Clock clock) {
		this.subscribeWait = properties.poll().multipliedBy(4).plusSeconds(1);
		this.jdbc = new JdbcTemplate(dataSource);
		this.listener = new BusListener(ListenerConnections.of(properties, dataSource, this.instanceId.substring(0, 8)),
				properties, this::received, this::resync, clock);
		this.delivery = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
				new ArrayBlockingQueue<>(Math.max(1, properties.dispatchQueue())), (task) -> {
					Thread thread = new Thread(task, "cluster-bus-delivery");
					thread.setDaemon(true);
					return thread;
				});
	}

	/** This instance's identity on the bus, fresh at every start. */
	public String instanceId() {
		return this.instanceId;
	}

	/**
	 * Sends a notice to every instance, when the caller's transaction commits.
	 * @throws IllegalArgumentException when the payload is 8000 bytes or more as JSON
	 */
	public <T> void publish(Topic<T> topic, T payload) {
		String json = JSON.writeValueAsString(payload);
		int bytes = json.getBytes(StandardCharsets.UTF_8).length;
		if (bytes > MAX_PAYLOAD_BYTES) {
			throw new IllegalArgumentException("A notice on " + topic.name() + " is " + bytes
					+ " bytes of JSON; NOTIFY carries at most " + MAX_PAYLOAD_BYTES + ": send ids, not content");
		}
		this.jdbc.execute("SELECT pg_notify(?, ?)", (java.sql.PreparedStatement statement) -> {
			statement.setString(1, topic.name());
			statement.setString(2, json);
			statement.execute();
			return null;
		});
	}

	/**
	 * Calls the handler, on the delivery thread, with every notice of the topic that
	 * arrives from now on (from any instance, this one included). While the bus is
	 * connected this returns once the channel is listened to, so that a notice published
	 * afterwards is received; subscribe at start-up to avoid the short wait.
	 */
	public <T> Subscription subscribe(Topic<T> topic, Consumer<? super T> handler) {
		Handler<T> registration = new Handler<>(topic, handler);
		this.handlers.computeIfAbsent(topic.name(), (name) -> new CopyOnWriteArrayList<>()).add(registration);
		CompletableFuture<Void> listening = this.listener.listen(topic.name());
		if (isListening()) {
			awaitQuietly(listening);
		}
		return () -> this.handlers.getOrDefault(topic.name(), List.of()).remove(registration);
	}

	private void awaitQuietly(CompletableFuture<Void> listening) {
		try {
			listening.get(this.subscribeWait.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (ExecutionException | TimeoutException ex) {
			// the connection is failing: the channel is listened to when it is back
		}
	}

	/**
	 * Calls the handler, on the delivery thread, whenever notices may have been missed:
	 * after the listening connection was lost and made again, or when delivery fell too
	 * far behind.
	 */
	public Subscription onResync(Runnable handler) {
		this.resyncHandlers.add(handler);
		return () -> this.resyncHandlers.remove(handler);
	}

	/** Whether this instance is listening now (notices are being received). */
	public boolean isListening() {
		return this.listener.status().listening();
	}

	BusStatus status() {
		return this.listener.status();
	}

	private void received(String channel, String payload) {
		try {
			this.delivery.execute(() -> deliver(channel, payload));
		}
		catch (RejectedExecutionException ex) {
			log.warn("Cluster bus delivery fell behind by {} notices; dropping them and resynchronising",
					this.delivery.getQueue().size());
			this.delivery.getQueue().clear();
			resync();
		}
	}

	private void resync() {
		try {
			this.delivery.execute(() -> this.resyncHandlers.forEach(ClusterBus::runSafely));
		}
		catch (RejectedExecutionException ex) {
			log.warn("Cluster bus could not queue a resynchronisation (shutting down?)");
		}
	}

	private void deliver(String channel, String payload) {
		for (Handler<?> handler : this.handlers.getOrDefault(channel, List.of())) {
			handler.deliver(payload);
		}
	}

	private static void runSafely(Runnable handler) {
		try {
			handler.run();
		}
		catch (RuntimeException ex) {
			log.error("Cluster bus resynchronisation handler failed", ex);
		}
	}

	@Override
	public void start() {
		this.listener.start();
	}

	@Override
	public void stop() {
		this.listener.stop();
	}

	@Override
	public boolean isRunning() {
		return this.listener.isRunning();
	}

	/**
	 * Starts before, and stops after, the components that use the bus (in the default
	 * phase).
	 */
	@Override
	public int getPhase() {
		return SmartLifecycle.DEFAULT_PHASE - 100;
	}

	/** Stops the delivery thread when the context closes. */
	void shutdown() {
		this.listener.stop();
		this.delivery.shutdownNow();
	}

	private record Handler<T>(Topic<T> topic, Consumer<? super T> consumer) {

		void deliver(String payload) {
			T notice;
			try {
				notice = JSON.readValue(payload, this.topic.type());
			}
			catch (JacksonException ex) {
				log.warn("Cluster bus ignored a notice on {} that is not a {}", this.topic.name(),
						this.topic.type().getSimpleName());
				return;
			}
			try {
				this.consumer.accept(notice);
			}
			catch (RuntimeException ex) {
				log.error("Cluster bus handler for {} failed", this.topic.name(), ex);
			}
		}

	}

}
