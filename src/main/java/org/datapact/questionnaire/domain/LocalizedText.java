package org.datapact.questionnaire.domain;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Template text in every language the template was written in. English is the fallback,
 * so a template is readable in every UI language even before it is fully translated.
 */
public record LocalizedText(Map<String, String> texts) {

	public static final String FALLBACK = "en";

	public static final LocalizedText EMPTY = new LocalizedText(Map.of());

	public LocalizedText {
		TreeMap<String, String> cleaned = new TreeMap<>();
		if (texts != null) {
			texts.forEach((language, text) -> {
				if (language != null && text != null && !text.isBlank()) {
					cleaned.put(language, text.strip());
				}
			});
		}
		texts = java.util.Collections.unmodifiableMap(cleaned);
	}

	@JsonCreator
	public static LocalizedText of(Map<String, String> texts) {
		return new LocalizedText(texts);
	}

	public static LocalizedText of(String english, String french) {
		java.util.HashMap<String, String> texts = new java.util.HashMap<>();
		texts.put("en", english);
		texts.put("fr", french);
		return new LocalizedText(texts);
	}

	@JsonValue
	public Map<String, String> texts() {
		return this.texts;
	}

	public String in(Locale locale) {
		String text = this.texts.get(locale.getLanguage());
		return (text != null) ? text : this.texts.getOrDefault(FALLBACK, "");
	}

	public String in(String language) {
		return this.texts.getOrDefault(language, "");
	}

	public boolean isEmpty() {
		return this.texts.isEmpty();
	}

	public LocalizedText with(String language, String text) {
		java.util.HashMap<String, String> texts = new java.util.HashMap<>(this.texts);
		texts.put(language, text);
		return new LocalizedText(texts);
	}

}
