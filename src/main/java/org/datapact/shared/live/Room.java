package org.datapact.shared.live;

import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Something people can have open together, such as one section of one plan: a kind named
 * by the owning module and the thing's id. Live notices and presence are per room.
 *
 * @param kind lower-case name of the kind, such as {@code plan-section}
 * @param id the thing's id
 */
public record Room(String kind, String id) {

	private static final Pattern KIND = Pattern.compile("[a-z][a-z0-9-]{0,39}");

	private static final Pattern ID = Pattern.compile("[A-Za-z0-9_.-]{1,80}");

	public Room {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(id, "id");
		if (!KIND.matcher(kind).matches() || !ID.matcher(id).matches()) {
			throw new IllegalArgumentException("Not a room: " + kind + "/" + id);
		}
	}

	public static Room of(String kind, UUID id) {
		return new Room(kind, id.toString());
	}

	/** The room as one string, as stored and sent between instances. */
	public String key() {
		return this.kind + ":" + this.id;
	}

	static Room fromKey(String key) {
		int colon = key.indexOf(':');
		if (colon < 0) {
			throw new IllegalArgumentException("Not a room key: " + key);
		}
		return new Room(key.substring(0, colon), key.substring(colon + 1));
	}

}
