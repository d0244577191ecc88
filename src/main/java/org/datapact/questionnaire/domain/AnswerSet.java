package org.datapact.questionnaire.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The typed answers of one questionnaire: top-level answers by question key, and the
 * entries of each repeating group in order, each with its own answers.
 */
public record AnswerSet(Map<String, Object> answers, Map<String, List<Entry>> groups) {

	public static final AnswerSet EMPTY = new AnswerSet(Map.of(), Map.of());

	public AnswerSet {
		answers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(answers));
		Map<String, List<Entry>> copy = new LinkedHashMap<>();
		groups.forEach((key, entries) -> copy.put(key, List.copyOf(entries)));
		groups = java.util.Collections.unmodifiableMap(copy);
	}

	/** One entry of a repeating group, such as one dataset of the inventory. */
	public record Entry(UUID id, Map<String, Object> answers) {

		public Entry {
			answers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(answers));
		}

		public Object get(String key) {
			return this.answers.get(key);
		}

	}

	public Object get(String key) {
		return this.answers.get(key);
	}

	public List<Entry> entries(String groupKey) {
		return this.groups.getOrDefault(groupKey, List.of());
	}

	/** A builder that keeps insertion order, used when reading answers from storage. */
	public static final class Builder {

		private final Map<String, Object> answers = new LinkedHashMap<>();

		private final Map<String, List<UUID>> entryOrder = new LinkedHashMap<>();

		private final Map<UUID, Map<String, Object>> entryAnswers = new LinkedHashMap<>();

		public Builder answer(String key, Object value) {
			if (value != null) {
				this.answers.put(key, value);
			}
			return this;
		}

		public Builder entry(String groupKey, UUID entryId) {
			this.entryOrder.computeIfAbsent(groupKey, (key) -> new ArrayList<>()).add(entryId);
			this.entryAnswers.putIfAbsent(entryId, new LinkedHashMap<>());
			return this;
		}

		public Builder entryAnswer(UUID entryId, String key, Object value) {
			Map<String, Object> answers = this.entryAnswers.get(entryId);
			if (answers != null && value != null) {
				answers.put(key, value);
			}
			return this;
		}

		public AnswerSet build() {
			Map<String, List<Entry>> groups = new LinkedHashMap<>();
			this.entryOrder.forEach((group, ids) -> groups.put(group,
					ids.stream().map((id) -> new Entry(id, this.entryAnswers.get(id))).toList()));
			return new AnswerSet(this.answers, groups);
		}

	}

}
