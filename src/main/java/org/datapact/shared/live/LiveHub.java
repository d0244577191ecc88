package org.datapact.shared.live;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.datapact.shared.bus.ClusterBus;
import org.datapact.shared.live.LiveStream.Outgoing;
import org.datapact.shared.live.LiveTopics.PresenceChanged;
import org.datapact.shared.live.LiveTopics.RoomNotice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.security.web.session.HttpSessionDestroyedEvent;

/**
 * This instance's open streams, by room, person and session, and what keeps them going:
 * notices and presence changes from the cluster bus are fanned out to the streams in the
 * room; a heartbeat pings every stream, renews this instance's presence and sweeps
 * expired presence. Nothing here grows without bound: streams are capped per person and
 * per instance, each stream's outbox is bounded, and presence reads are coalesced per
 * room.
 */
class LiveHub implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(LiveHub.class);

	private final ClusterBus bus;

	private final PresenceStore store;

	private final LiveTexts texts;

	private final LiveProperties properties;

	private final Map<UUID, LiveStream> streams = new ConcurrentHashMap<>();

	private final Map<String, Set<LiveStream>> rooms = new ConcurrentHashMap<>();

	/** Guarded by {@code this}: each person's streams, oldest first. */
	private final Map<UUID, Deque<LiveStream>> people = new ConcurrentHashMap<>();

	private final Set<String> presenceDue = ConcurrentHashMap.newKeySet();

	/** Drain the streams' outboxes; each stream is queued at most once at a time. */
	private final ThreadPoolExecutor senders;

	/** Reads presence, one room at a time. */
	private final ThreadPoolExecutor presenceReader;

	private volatile ScheduledExecutorService heartbeat;

	LiveHub(ClusterBus bus, PresenceStore store, LiveTexts texts, LiveProperties properties) {
		this.bus = bus;
		this.store = store;
		this.texts = texts;
		this.properties = properties;
		this.senders = new ThreadPoolExecutor(2, 2, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(),
				daemon("live-send"));
		this.presenceReader = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(),
				daemon("live-presence"));
		bus.subscribe(LiveTopics.PRESENCE, (changed) -> presenceChanged(changed.room()));
		bus.subscribe(LiveTopics.NOTICE, this::deliver);
		bus.onResync(() -> this.rooms.keySet().forEach(this::presenceChanged));
	}

	ExecutorService senders() {
		return this.senders;
	}

	String instanceId() {
		return this.bus.instanceId();
	}

	int size() {
		return this.streams.size();
	}

	/**
	 * Adds a stream, closing the person's oldest when they have too many.
	 * @return false when this instance holds all the streams it may
	 */
	boolean register(LiveStream stream) {
		List<LiveStream> evicted = new ArrayList<>();
		synchronized (this) {
			if (this.streams.size() >= this.properties.maxStreams()) {
				return false;
			}
			Deque<LiveStream> own = this.people.computeIfAbsent(stream.userId(), (id) -> new ArrayDeque<>());
			while (own.size() >= Math.max(1, this.properties.maxStreamsPerUser())) {
				evicted.add(own.pollFirst());
			}
			own.addLast(stream);
			this.streams.put(stream.id(), stream);
			this.rooms.computeIfAbsent(stream.room().key(), (key) -> ConcurrentHashMap.newKeySet()).add(stream);
		}
		evicted.forEach(LiveStream::close);
		return true;
	}

	/** Forgets a stream that has ended; called once its request completes. */
	synchronized void unregister(LiveStream stream) {
		this.streams.remove(stream.id());
		Deque<LiveStream> own = this.people.get(stream.userId());
		if (own != null) {
			own.remove(stream);
			if (own.isEmpty()) {
				this.people.remove(stream.userId());
			}
		}
		Set<LiveStream> room = this.rooms.get(stream.room().key());
		if (room != null) {
			room.remove(stream);
			if (room.isEmpty()) {
				this.rooms.remove(stream.room().key());
			}
		}
	}

	/** Tells every instance that a room's presence changed (at once: no transaction). */
	void announcePresence(Room room) {
		this.bus.publish(LiveTopics.PRESENCE, new PresenceChanged(room.key()));
	}

	/**
	 * Reads a room's presence and sends it to the streams here that are in it; requests
	 * arriving while one is waiting are folded into it.
	 */
	void presenceChanged(String roomKey) {
		if (!this.rooms.containsKey(roomKey) || !this.presenceDue.add(roomKey)) {
			return;
		}
		this.presenceReader.execute(() -> {
			this.presenceDue.remove(roomKey);
			Set<LiveStream> here = this.rooms.get(roomKey);
			if (here == null) {
				return;
			}
			try {
				PresenceStore.Present present = this.store.present(Room.fromKey(roomKey),
						this.properties.presenceShown());
				here.forEach((stream) -> stream.send(this.texts.presence(present, stream)));
			}
			catch (RuntimeException ex) {
				log.warn("Could not read presence for a room: {}", ex.getClass().getSimpleName());
			}
		});
	}

	private void deliver(RoomNotice notice) {
		Set<LiveStream> here = this.rooms.get(notice.room());
		if (here == null) {
			return;
		}
		Map<java.util.Locale, Outgoing> byLanguage = new java.util.HashMap<>();
		for (LiveStream stream : here) {
			if (!stream.userId().equals(notice.actor())) {
				stream.send(byLanguage.computeIfAbsent(stream.locale(), (locale) -> this.texts.notice(notice, locale)));
			}
		}
	}

	/** A signed-out or expired session ends its streams at once. */
	@EventListener
	void sessionEnded(HttpSessionDestroyedEvent event) {
		String session = event.getId();
		this.streams.values().stream().filter((s) -> session.equals(s.sessionId())).forEach(LiveStream::close);
	}

	private void beat() {
		Outgoing ping = Outgoing.comment("ping");
		this.streams.values().forEach((stream) -> stream.send(ping));
		try {
			this.store.renew(instanceId(), this.properties.presenceTtl());
			for (String room : this.store.sweep()) {
				this.bus.publish(LiveTopics.PRESENCE, new PresenceChanged(room));
			}
		}
		catch (RuntimeException ex) {
			log.warn("Could not renew live presence: {}", ex.getClass().getSimpleName());
		}
	}

	@Override
	public synchronized void start() {
		if (this.heartbeat != null) {
			return;
		}
		this.heartbeat = Executors.newSingleThreadScheduledExecutor(daemon("live-heartbeat"));
		long period = Math.max(50, this.properties.heartbeat().toMillis());
		this.heartbeat.scheduleWithFixedDelay(this::beat, period, period, TimeUnit.MILLISECONDS);
	}

	/**
	 * Ends every stream (browsers reconnect to another instance) and removes this
	 * instance's presence so that others see it at once.
	 */
	@Override
	public synchronized void stop() {
		if (this.heartbeat == null) {
			return;
		}
		this.heartbeat.shutdownNow();
		this.heartbeat = null;
		if (this.streams.isEmpty()) {
			// nothing of this instance's is present
			return;
		}
		List.copyOf(this.streams.values()).forEach(LiveStream::close);
		try {
			for (String room : this.store.leaveAll(instanceId())) {
				this.bus.publish(LiveTopics.PRESENCE, new PresenceChanged(room));
			}
		}
		catch (RuntimeException ex) {
			log.warn("Could not remove live presence at shut-down: {}", ex.getClass().getSimpleName());
		}
	}

	@Override
	public boolean isRunning() {
		return this.heartbeat != null;
	}

	void shutdown() {
		this.senders.shutdownNow();
		this.presenceReader.shutdownNow();
	}

	private static ThreadFactory daemon(String name) {
		return (task) -> {
			Thread thread = new Thread(task, name);
			thread.setDaemon(true);
			return thread;
		};
	}

}
