package org.datapact.shared.live;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Presence in PostgreSQL, shared by every instance: one row per open stream. Every
 * statement touches the rows of one stream, one room or one instance, through an index;
 * expiry uses the database's clock, so instances' clocks need not agree.
 */
class PresenceStore {

	private final JdbcClient jdbc;

	PresenceStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Records a new stream, or lets it take over the presence of the stream it reconnects
	 * from (the same person in the same room), keeping their editing state.
	 * @return whether the room's presence changed (someone new is there)
	 */
	boolean enter(UUID stream, Room room, UUID userId, String displayName, String instance, Duration ttl,
			UUID previous) {
		if (previous != null) {
			int taken = this.jdbc.sql("""
					update live_presence set stream_id = :stream, instance_id = :instance,
					    expires_at = now() + make_interval(secs => :ttl)
					where stream_id = :previous and user_id = :user and room = :room""")
				.param("stream", stream)
				.param("instance", instance)
				.param("ttl", ttl.toMillis() / 1000.0)
				.param("previous", previous)
				.param("user", userId)
				.param("room", room.key())
				.update();
			if (taken == 1) {
				return false;
			}
		}
		this.jdbc.sql("""
				insert into live_presence (stream_id, room, user_id, display_name, instance_id, expires_at)
				values (:stream, :room, :user, :name, :instance, now() + make_interval(secs => :ttl))""")
			.param("stream", stream)
			.param("room", room.key())
			.param("user", userId)
			.param("name", displayName)
			.param("instance", instance)
			.param("ttl", ttl.toMillis() / 1000.0)
			.update();
		return true;
	}

	/**
	 * @return whether the stream was present
	 */
	boolean leave(UUID stream) {
		return this.jdbc.sql("delete from live_presence where stream_id = :stream")
			.param("stream", stream)
			.update() == 1;
	}

	/** A person's page saying they left. @return whether their stream was present */
	boolean leave(UUID stream, Room room, UUID userId) {
		return this.jdbc.sql("delete from live_presence where stream_id = :stream and user_id = :user and room = :room")
			.param("stream", stream)
			.param("user", userId)
			.param("room", room.key())
			.update() == 1;
	}

	/**
	 * Keeps a stream's presence a little longer, out of its instance's renewal, while the
	 * browser reconnects.
	 */
	void linger(UUID stream, Duration grace) {
		this.jdbc.sql("""
				update live_presence set instance_id = '', expires_at = now() + make_interval(secs => :grace)
				where stream_id = :stream""")
			.param("grace", grace.toMillis() / 1000.0)
			.param("stream", stream)
			.update();
	}

	/**
	 * @param place the part of the room the person is in, or empty for the room as a
	 * whole
	 * @return whether the person's stream in that room was found (and now says whether
	 * they are editing, and where)
	 */
	boolean editing(UUID stream, Room room, UUID userId, boolean editing, String place) {
		return this.jdbc.sql("""
				update live_presence set editing = :editing, place = :place
				where stream_id = :stream and user_id = :user and room = :room and expires_at > now()""")
			.param("editing", editing)
			.param("place", place)
			.param("stream", stream)
			.param("user", userId)
			.param("room", room.key())
			.update() == 1;
	}

	/** Renews the presence of every stream this instance holds, in one statement. */
	void renew(String instance, Duration ttl) {
		this.jdbc.sql("""
				update live_presence set expires_at = now() + make_interval(secs => :ttl)
				where instance_id = :instance""")
			.param("ttl", ttl.toMillis() / 1000.0)
			.param("instance", instance)
			.update();
	}

	/** Removes expired presence. @return the rooms whose presence changed */
	Set<String> sweep() {
		return new TreeSet<>(this.jdbc.sql("delete from live_presence where expires_at < now() returning room")
			.query(String.class)
			.list());
	}

	/** Removes every stream of this instance (at shut-down). @return the rooms */
	Set<String> leaveAll(String instance) {
		return new TreeSet<>(this.jdbc.sql("delete from live_presence where instance_id = :instance returning room")
			.param("instance", instance)
			.query(String.class)
			.list());
	}

	/**
	 * The people in a room, each once, first comers first, at most {@code limit}, and how
	 * many there are in all. A person with several streams is where their latest stream
	 * that names a place says, and editing if any of their streams is.
	 */
	Present present(Room room, int limit) {
		List<Person> people = this.jdbc.sql("""
				select user_id, min(display_name) as display_name, bool_or(editing) as editing,
				    coalesce((array_agg(place order by opened_at desc) filter (where place <> ''))[1], '') as place,
				    count(*) over () as total
				from live_presence
				where room = :room and expires_at > now()
				group by user_id
				order by min(opened_at), user_id
				limit :limit""")
			.param("room", room.key())
			.param("limit", limit)
			.query((row, i) -> new Person(row.getObject("user_id", UUID.class), row.getString("display_name"),
					row.getBoolean("editing"), row.getString("place"), row.getInt("total")))
			.list();
		return new Present(people, people.isEmpty() ? 0 : people.get(0).total());
	}

	/**
	 * Someone in a room, and the part of it they are in (empty: none in particular);
	 * {@code total} is how many people the room has in all.
	 */
	record Person(UUID userId, String name, boolean editing, String place, int total) {
	}

	record Present(List<Person> people, int total) {
	}

}
