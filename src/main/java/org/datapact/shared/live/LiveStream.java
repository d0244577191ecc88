package org.datapact.shared.live;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Executor;

import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter.SseEventBuilder;

/**
 * One browser's open stream: an {@link SseEmitter} with a small outbox that a shared
 * executor drains, so that a slow client never holds up the others. The outbox is
 * bounded; a client that falls behind is disconnected (its browser reconnects and gets
 * the current state). Presence is a state, not a message: only the latest waits to be
 * sent.
 */
final class LiveStream {

	private final UUID id;

	private final Room room;

	private final UUID userId;

	private final String sessionId;

	private final Locale locale;

	private final SseEmitter emitter;

	private final int outboxSize;

	private final Executor senders;

	private final ArrayDeque<Outgoing> outbox = new ArrayDeque<>();

	private Outgoing presence;

	private boolean draining;

	private boolean closed;

	private volatile boolean timedOut;

	LiveStream(UUID id, Room room, UUID userId, String sessionId, Locale locale, SseEmitter emitter, int outboxSize,
			Executor senders) {
		this.id = id;
		this.room = room;
		this.userId = userId;
		this.sessionId = sessionId;
		this.locale = locale;
		this.emitter = emitter;
		this.outboxSize = outboxSize;
		this.senders = senders;
	}

	UUID id() {
		return this.id;
	}

	Room room() {
		return this.room;
	}

	UUID userId() {
		return this.userId;
	}

	String sessionId() {
		return this.sessionId;
	}

	Locale locale() {
		return this.locale;
	}

	SseEmitter emitter() {
		return this.emitter;
	}

	boolean timedOut() {
		return this.timedOut;
	}

	void markTimedOut() {
		this.timedOut = true;
	}

	/** Queues an event; a client whose outbox is full is disconnected. */
	void send(Outgoing event) {
		boolean schedule;
		boolean overflow = false;
		synchronized (this) {
			if (this.closed) {
				return;
			}
			if (event.isPresence()) {
				this.presence = event;
			}
			else if (this.outbox.size() < this.outboxSize) {
				this.outbox.add(event);
			}
			else {
				overflow = true;
			}
			schedule = !overflow && !this.draining;
			if (schedule) {
				this.draining = true;
			}
		}
		if (overflow) {
			close();
		}
		else if (schedule) {
			this.senders.execute(this::drain);
		}
	}

	private void drain() {
		while (true) {
			Outgoing next;
			synchronized (this) {
				next = this.outbox.poll();
				if (next == null) {
					next = this.presence;
					this.presence = null;
				}
				if (next == null || this.closed) {
					this.draining = false;
					return;
				}
			}
			try {
				this.emitter.send(next.toEvent());
			}
			catch (IOException | IllegalStateException ex) {
				// the client has gone (or the stream has just ended)
				close();
			}
		}
	}

	/** Ends the stream; its clean-up runs when the request completes. */
	void close() {
		synchronized (this) {
			if (this.closed) {
				return;
			}
			this.closed = true;
			this.outbox.clear();
			this.presence = null;
		}
		try {
			this.emitter.complete();
		}
		catch (IllegalStateException ex) {
			// already completed
		}
	}

	/** An event for the browser: a named event with JSON data, or a comment. */
	record Outgoing(String name, String json, String id, long retryMillis, String comment) {

		static Outgoing event(String name, String json) {
			return new Outgoing(name, json, null, -1, null);
		}

		static Outgoing comment(String comment) {
			return new Outgoing(null, null, null, -1, comment);
		}

		boolean isPresence() {
			return "presence".equals(this.name);
		}

		SseEventBuilder toEvent() {
			SseEventBuilder event = SseEmitter.event();
			if (this.comment != null) {
				return event.comment(this.comment);
			}
			if (this.id != null) {
				event.id(this.id);
			}
			if (this.retryMillis >= 0) {
				event.reconnectTime(this.retryMillis);
			}
			return event.name(this.name).data(this.json);
		}

	}

}
