package org.datapact.shared.live;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.datapact.shared.bus.Topic;

/** What instances tell each other about rooms, over the cluster bus. */
final class LiveTopics {

	/**
	 * Someone came, left, or started or stopped editing: read the room's presence again.
	 */
	static final Topic<PresenceChanged> PRESENCE = Topic.of("live_presence", PresenceChanged.class);

	/** Something happened in a room that the people there should hear of. */
	static final Topic<RoomNotice> NOTICE = Topic.of("live_notice", RoomNotice.class);

	private LiveTopics() {
	}

	record PresenceChanged(String room) {
	}

	/**
	 * A notice for a room: a message key of the owning module, the actor (whose name is
	 * the message's first argument), further short arguments, and short data for page
	 * scripts. Bounded so that it always fits a NOTIFY.
	 */
	record RoomNotice(String room, UUID actor, String actorName, String messageKey, List<String> arguments,
			Map<String, String> data) {

	}

}
