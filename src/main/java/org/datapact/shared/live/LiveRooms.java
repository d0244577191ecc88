package org.datapact.shared.live;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.datapact.shared.CurrentUser;
import org.datapact.shared.bus.ClusterBus;
import org.datapact.shared.live.LiveStream.Outgoing;
import org.datapact.shared.live.LiveTopics.RoomNotice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataAccessException;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Live rooms for modules: a module's controller checks that the person may see the thing
 * (as for any read), then hands the request to {@link #open} for a Server-Sent Events
 * stream of who else is there and what happens there, and to {@link #presence} for what
 * the page says the person is doing. Services call {@link #announce} inside the
 * transaction that changes the thing: the people in the room hear of it once it commits,
 * on every instance.
 * <p>
 * Pages include the fragment {@code fragments/live :: room} with the two URLs; the script
 * {@code /js/live.js} does the rest and shows nothing when the stream is unavailable.
 */
public class LiveRooms {

	private static final Logger log = LoggerFactory.getLogger(LiveRooms.class);

	/** Longest argument or data value in a notice. */
	static final int MAX_TEXT = 200;

	/** Most arguments, and most data entries, in a notice. */
	static final int MAX_ENTRIES = 8;

	/** A part of a room, as a page names it. */
	private static final Pattern PLACE = Pattern.compile("[A-Za-z0-9_.-]{1,80}");

	private final LiveHub hub;

	private final PresenceStore store;

	private final ClusterBus bus;

	private final LiveProperties properties;

	LiveRooms(LiveHub hub, PresenceStore store, ClusterBus bus, LiveProperties properties) {
		this.hub = hub;
		this.store = store;
		this.bus = bus;
		this.properties = properties;
	}

	/**
	 * Opens a stream of the room for the signed-in person, whose access the caller has
	 * checked. Answers 503 with {@code Retry-After} when this instance holds all the
	 * streams it may; a person's streams beyond their limit close their oldest.
	 */
	public ResponseEntity<SseEmitter> open(Room room, CurrentUser user, HttpServletRequest request) {
		SseEmitter emitter = new SseEmitter(this.properties.streamTimeout().toMillis());
		HttpSession session = request.getSession(false);
		LiveStream stream = new LiveStream(UUID.randomUUID(), room, user.id(),
				(session != null) ? session.getId() : null, LocaleContextHolder.getLocale(), emitter,
				this.properties.outbox(), this.hub.senders());
		if (!this.hub.register(stream)) {
			return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
				.header(HttpHeaders.RETRY_AFTER, "30")
				.cacheControl(CacheControl.noStore())
				.build();
		}
		emitter.onTimeout(() -> {
			// the browser reconnects: keep the presence, end the request quietly
			stream.markTimedOut();
			stream.close();
		});
		emitter.onCompletion(() -> ended(stream));
		try {
			boolean arrived = this.store.enter(stream.id(), room, user.id(), truncate(user.displayName()),
					this.hub.instanceId(), this.properties.presenceTtl(),
					previousStream(request.getHeader("Last-Event-ID")));
			if (arrived) {
				this.hub.announcePresence(room);
			}
		}
		catch (DataAccessException ex) {
			log.warn("Could not record live presence: {}", ex.getClass().getSimpleName());
		}
		stream.send(new Outgoing("hello", LiveTexts.json(Map.of("stream", stream.id().toString())),
				stream.id().toString(), this.properties.reconnectDelay().toMillis(), null));
		this.hub.presenceChanged(room.key());
		return ResponseEntity.ok()
			.contentType(MediaType.TEXT_EVENT_STREAM)
			.cacheControl(CacheControl.noStore())
			// nginx would otherwise hold events back in its buffer
			.header("X-Accel-Buffering", "no")
			.body(emitter);
	}

	/**
	 * Records what the person's page says they are doing in the room (the stream is
	 * theirs, in that room, or this answers 404).
	 */
	public ResponseEntity<Void> presence(Room room, CurrentUser user, UUID streamId, PresenceState state) {
		return presence(room, user, streamId, state, null);
	}

	/**
	 * Records what the person's page says they are doing, and in which part of the room
	 * (one section of a plan, say: a short name of the module's choosing, or null for the
	 * room as a whole; a name that is not one answers 400).
	 */
	public ResponseEntity<Void> presence(Room room, CurrentUser user, UUID streamId, PresenceState state,
			String place) {
		if (place != null && !place.isEmpty() && !PLACE.matcher(place).matches()) {
			return ResponseEntity.badRequest().build();
		}
		boolean found = (state == PresenceState.LEFT) ? this.store.leave(streamId, room, user.id()) : this.store
			.editing(streamId, room, user.id(), state == PresenceState.EDITING, (place != null) ? place : "");
		if (!found) {
			return ResponseEntity.notFound().build();
		}
		this.hub.announcePresence(room);
		return ResponseEntity.noContent().build();
	}

	/**
	 * Tells everyone with the room open (on any instance), once the caller's transaction
	 * commits. The message key is the owning module's; its first argument is the actor's
	 * name, then the given arguments. Data is for page scripts (a new version number,
	 * say). Texts longer than 200 characters are cut and at most 8 of each are sent, so a
	 * notice always fits.
	 */
	public void announce(Room room, CurrentUser actor, String messageKey, List<String> arguments,
			Map<String, String> data) {
		List<String> shortArguments = new ArrayList<>();
		arguments.stream().limit(MAX_ENTRIES).forEach((argument) -> shortArguments.add(truncate(argument)));
		Map<String, String> shortData = new LinkedHashMap<>();
		data.entrySet()
			.stream()
			.limit(MAX_ENTRIES)
			.forEach((entry) -> shortData.put(truncate(entry.getKey()), truncate(entry.getValue())));
		this.bus.publish(LiveTopics.NOTICE, new RoomNotice(room.key(), actor.id(), truncate(actor.displayName()),
				truncate(messageKey), shortArguments, shortData));
	}

	private void ended(LiveStream stream) {
		this.hub.unregister(stream);
		try {
			if (stream.timedOut()) {
				this.store.linger(stream.id(), this.properties.reconnectGrace());
			}
			else if (this.store.leave(stream.id())) {
				this.hub.announcePresence(stream.room());
			}
		}
		catch (DataAccessException ex) {
			log.warn("Could not remove live presence: {}", ex.getClass().getSimpleName());
		}
	}

	private static UUID previousStream(String lastEventId) {
		if (lastEventId == null || lastEventId.length() != 36) {
			return null;
		}
		try {
			return UUID.fromString(lastEventId);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static String truncate(String text) {
		if (text == null) {
			return "";
		}
		if (text.length() <= MAX_TEXT) {
			return text;
		}
		int end = Character.isHighSurrogate(text.charAt(MAX_TEXT - 1)) ? MAX_TEXT - 1 : MAX_TEXT;
		return text.substring(0, end) + "…";
	}

}
