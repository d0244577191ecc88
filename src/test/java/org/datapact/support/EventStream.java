package org.datapact.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A Server-Sent Events stream as a browser's {@code EventSource} reads it: events (name,
 * data, id) and comments are collected by a reading thread as they arrive.
 */
public final class EventStream implements AutoCloseable {

	private static final Duration WAIT = Duration.ofSeconds(15);

	private final HttpResponse<Stream<String>> response;

	private final List<Event> events = new CopyOnWriteArrayList<>();

	private final AtomicInteger comments = new AtomicInteger();

	private volatile boolean ended;

	private EventStream(HttpResponse<Stream<String>> response) {
		this.response = response;
		if (response.statusCode() != 200) {
			this.ended = true;
			response.body().close();
			return;
		}
		Thread reader = new Thread(this::read, "event-stream-reader");
		reader.setDaemon(true);
		reader.start();
	}

	/** Opens a stream; answers once the response headers have arrived. */
	static EventStream open(HttpClient http, HttpRequest request) {
		try {
			return new EventStream(http.send(request, BodyHandlers.ofLines()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private void read() {
		String name = null;
		String id = null;
		StringBuilder data = null;
		try (Stream<String> lines = this.response.body()) {
			for (String line : (Iterable<String>) lines::iterator) {
				if (line.isEmpty()) {
					if (data != null) {
						this.events
							.add(new Event((name != null) ? name : "message", data.toString(), id, System.nanoTime()));
					}
					name = null;
					data = null;
				}
				else if (line.startsWith(":")) {
					this.comments.incrementAndGet();
				}
				else if (line.startsWith("event:")) {
					name = value(line);
				}
				else if (line.startsWith("id:")) {
					id = value(line);
				}
				else if (line.startsWith("data:")) {
					data = (data == null) ? new StringBuilder() : data.append('\n');
					data.append(value(line));
				}
			}
		}
		catch (RuntimeException ex) {
			// closed by the test or by the server
		}
		finally {
			this.ended = true;
		}
	}

	private static String value(String line) {
		String value = line.substring(line.indexOf(':') + 1);
		return value.startsWith(" ") ? value.substring(1) : value;
	}

	public HttpResponse<Stream<String>> response() {
		return this.response;
	}

	public int status() {
		return this.response.statusCode();
	}

	public List<Event> events(String name) {
		return this.events.stream().filter((e) -> e.name().equals(name)).toList();
	}

	public Optional<Event> last(String name) {
		List<Event> named = events(name);
		return named.isEmpty() ? Optional.empty() : Optional.of(named.get(named.size() - 1));
	}

	/** Waits for an event of that name whose data passes the test. */
	public Event await(String name, Predicate<String> data) {
		return org.awaitility.Awaitility.await()
			.atMost(WAIT)
			.until(() -> events(name).stream().filter((e) -> data.test(e.data())).findFirst(), Optional::isPresent)
			.orElseThrow();
	}

	/** Waits until the latest event of that name passes the test. */
	public Event awaitLatest(String name, Predicate<String> data) {
		return org.awaitility.Awaitility.await()
			.atMost(WAIT)
			.until(() -> last(name).filter((e) -> data.test(e.data())), Optional::isPresent)
			.orElseThrow();
	}

	public int comments() {
		return this.comments.get();
	}

	/** Whether the server ended the stream. */
	public boolean ended() {
		return this.ended;
	}

	@Override
	public void close() {
		this.response.body().close();
	}

	/** An event, with when it was read ({@link System#nanoTime()}). */
	public record Event(String name, String data, String id, long receivedNanos) {
	}

}
