package org.datapact.shared.bus;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BiConsumer;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The thread that holds the listening connection: LISTENs to every channel subscribed to,
 * waits for notifications and hands them on, checks an idle connection now and then, and
 * after a failure reconnects with a growing, jittered pause and LISTENs again.
 */
final class BusListener {

	private static final Logger log = LoggerFactory.getLogger(BusListener.class);

	private final ListenerConnections connections;

	private final BusProperties properties;

	private final BiConsumer<String, String> received;

	private final Runnable reconnected;

	private final Clock clock;

	/**
	 * Every channel subscribed to, each with a future completed once it has been LISTENed
	 * to.
	 */
	private final Map<String, CompletableFuture<Void>> channels = new ConcurrentHashMap<>();

	/** Channels not yet LISTENed to on the current connection. */
	private final Set<String> pending = ConcurrentHashMap.newKeySet();

	private final Object pause = new Object();

	private volatile boolean running;

	private volatile Thread thread;

	private volatile BusStatus status;

	/**
	 * @param received called on this thread with each notification's channel and payload;
	 * must return quickly
	 * @param reconnected called on this thread after a reconnection, when notices may
	 * have been missed
	 */
	BusListener(ListenerConnections connections, BusProperties properties, BiConsumer<String, String> received,
			Runnable reconnected, Clock clock) {
		this.connections = connections;
		this.properties = properties;
		this.received = received;
		this.reconnected = reconnected;
		this.clock = clock;
		this.status = BusStatus.starting(clock.instant());
	}

	/**
	 * Adds a channel; the result completes when the listening connection has LISTENed to
	 * it.
	 */
	CompletableFuture<Void> listen(String channel) {
		return this.channels.computeIfAbsent(channel, (name) -> {
			this.pending.add(name);
			return new CompletableFuture<>();
		});
	}

	BusStatus status() {
		return this.status;
	}

	synchronized void start() {
		if (this.running) {
			return;
		}
		this.running = true;
		Thread listener = new Thread(this::run, "cluster-bus-listener");
		listener.setDaemon(true);
		this.thread = listener;
		listener.start();
	}

	void stop() {
		Thread listener;
		synchronized (this) {
			this.running = false;
			listener = this.thread;
			this.thread = null;
		}
		synchronized (this.pause) {
			this.pause.notifyAll();
		}
		if (listener != null) {
			try {
				// a wait for notifications ends within one poll
				listener.join(this.properties.poll().toMillis() * 4 + 1000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	boolean isRunning() {
		return this.running;
	}

	private void run() {
		long backoff = this.properties.reconnectInitial().toMillis();
		boolean connectedBefore = false;
		while (this.running) {
			try (Connection connection = this.connections.open(readTimeout())) {
				this.pending.clear();
				for (Map.Entry<String, CompletableFuture<Void>> channel : this.channels.entrySet()) {
					execute(connection, "LISTEN " + quote(channel.getKey()));
					channel.getValue().complete(null);
				}
				this.status = this.status.listening(this.clock.instant(), backendPid(connection));
				if (connectedBefore) {
					log.info("Cluster bus reconnected and listening again");
					this.reconnected.run();
				}
				connectedBefore = true;
				backoff = this.properties.reconnectInitial().toMillis();
				listenUntilFailure(connection);
			}
			catch (SQLException | RuntimeException ex) {
				if (!this.running) {
					break;
				}
				this.status = this.status.failed(this.clock.instant(), ex.getClass().getSimpleName());
				long wait = backoff / 2 + ThreadLocalRandom.current().nextLong(backoff / 2 + 1);
				log.warn("Cluster bus has no database connection ({}); reconnecting in {} ms",
						ex.getClass().getSimpleName(), wait);
				pause(wait);
				backoff = Math.min(backoff * 2, this.properties.reconnectMax().toMillis());
			}
		}
		this.status = this.status.stopped(this.clock.instant());
	}

	private void listenUntilFailure(Connection connection) throws SQLException {
		PGConnection postgres = connection.unwrap(PGConnection.class);
		int poll = (int) Math.max(1, this.properties.poll().toMillis());
		long validationNanos = this.properties.validation().toNanos();
		long lastHeard = System.nanoTime();
		while (this.running) {
			for (Iterator<String> it = this.pending.iterator(); it.hasNext();) {
				String channel = it.next();
				it.remove();
				execute(connection, "LISTEN " + quote(channel));
				this.channels.get(channel).complete(null);
			}
			PGNotification[] notifications = postgres.getNotifications(poll);
			if (notifications != null && notifications.length > 0) {
				for (PGNotification notification : notifications) {
					this.received.accept(notification.getName(), notification.getParameter());
				}
				lastHeard = System.nanoTime();
			}
			else if (System.nanoTime() - lastHeard > validationNanos) {
				execute(connection, "SELECT 1");
				lastHeard = System.nanoTime();
			}
		}
	}

	private Duration readTimeout() {
		return this.properties.validation().multipliedBy(3).plus(this.properties.poll());
	}

	private void pause(long millis) {
		long deadline = System.nanoTime() + Duration.ofMillis(millis).toNanos();
		synchronized (this.pause) {
			long left;
			while (this.running && (left = deadline - System.nanoTime()) > 0) {
				try {
					this.pause.wait(Math.max(1, left / 1_000_000));
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					return;
				}
			}
		}
	}

	private static void execute(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	private static int backendPid(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("SELECT pg_backend_pid()")) {
			result.next();
			return result.getInt(1);
		}
	}

	/**
	 * Channel names are checked identifiers ({@link Topic}); quoted to keep their case.
	 */
	private static String quote(String channel) {
		return '"' + channel + '"';
	}

	/**
	 * What the listener is doing, for the health indicator and for tests.
	 *
	 * @param listening whether a connection is open and LISTENing
	 * @param since when the current state began
	 * @param backendPid the listening connection's server process, 0 when none
	 * @param lastFailure the kind of the last failure, or {@code null}
	 * @param failures failures since start
	 */
	record BusStatus(boolean listening, Instant since, int backendPid, String lastFailure, long failures) {

		static BusStatus starting(Instant now) {
			return new BusStatus(false, now, 0, null, 0);
		}

		BusStatus listening(Instant now, int pid) {
			return new BusStatus(true, now, pid, this.lastFailure, this.failures);
		}

		BusStatus failed(Instant now, String failure) {
			return new BusStatus(false, this.listening ? now : this.since, 0, failure, this.failures + 1);
		}

		BusStatus stopped(Instant now) {
			return new BusStatus(false, now, 0, this.lastFailure, this.failures);
		}

	}

}
