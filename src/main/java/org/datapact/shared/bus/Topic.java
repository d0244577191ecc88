package org.datapact.shared.bus;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A named kind of notice on the {@link ClusterBus}, carrying payloads of one record type.
 * The name is the PostgreSQL channel, so it is a lower-case identifier; prefix it with
 * the owning module ({@code plan_section_saved}, {@code classification_rules_published}).
 *
 * @param <T> the payload: a small record of ids, serialised as JSON
 * @param name the channel name
 * @param type the payload's class
 */
public record Topic<T>(String name, Class<T> type) {

	private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");

	public Topic {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(type, "type");
		if (!NAME.matcher(name).matches()) {
			throw new IllegalArgumentException(
					"A topic name is a lower-case identifier of at most 63 characters: " + name);
		}
	}

	public static <T> Topic<T> of(String name, Class<T> type) {
		return new Topic<>(name, type);
	}

}
