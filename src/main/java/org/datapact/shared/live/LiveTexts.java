package org.datapact.shared.live;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.datapact.shared.live.LiveStream.Outgoing;
import org.datapact.shared.live.LiveTopics.RoomNotice;
import org.datapact.shared.live.PresenceStore.Person;
import org.datapact.shared.live.PresenceStore.Present;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;

/**
 * Turns presence and notices into events for one browser, in its language: the texts come
 * from the message bundles, so the page script shows them as they are.
 */
class LiveTexts {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final MessageSource messages;

	LiveTexts(MessageSource messages) {
		this.messages = messages;
	}

	static String json(Object value) {
		return JSON.writeValueAsString(value);
	}

	/**
	 * Who else is in the room, as the given stream's person sees it: one line for the
	 * room, and one for each part of it where someone else is.
	 */
	Outgoing presence(Present present, LiveStream stream) {
		List<Map<String, Object>> people = new ArrayList<>();
		List<String> labels = new ArrayList<>();
		Map<String, List<String>> byPlace = new LinkedHashMap<>();
		int others = 0;
		for (Person person : present.people()) {
			if (person.userId().equals(stream.userId())) {
				continue;
			}
			others++;
			String label = person.editing() ? message("live.presence.editing", stream.locale(), person.name())
					: person.name();
			labels.add(label);
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("name", person.name());
			entry.put("editing", person.editing());
			entry.put("label", label);
			entry.put("place", person.place());
			people.add(entry);
			if (!person.place().isEmpty()) {
				byPlace.computeIfAbsent(person.place(), (place) -> new ArrayList<>()).add(label);
			}
		}
		Map<String, String> places = new LinkedHashMap<>();
		byPlace.forEach((place, names) -> places.put(place,
				message("live.presence.place", stream.locale(), String.join(", ", names))));
		boolean selfListed = present.people().stream().anyMatch((p) -> p.userId().equals(stream.userId()));
		int unlisted = present.total() - present.people().size() - (selfListed ? 0 : 1);
		String summary = "";
		if (others > 0 || unlisted > 0) {
			summary = message("live.presence.others", stream.locale(), String.join(", ", labels));
			if (unlisted > 0) {
				summary = summary + " " + message("live.presence.more", stream.locale(), unlisted);
			}
		}
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("summary", summary);
		data.put("people", people);
		data.put("places", places);
		return Outgoing.event("presence", json(data));
	}

	Outgoing notice(RoomNotice notice, Locale locale) {
		List<Object> arguments = new ArrayList<>();
		arguments.add(notice.actorName());
		arguments.addAll(notice.arguments());
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("text", message(notice.messageKey(), locale, arguments.toArray()));
		data.put("data", notice.data());
		return Outgoing.event("notice", json(data));
	}

	private String message(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, key, locale);
	}

}
