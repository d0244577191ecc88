package org.datapact.classification;

import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A text in every interface language, keyed by language code ({@code en}, {@code fr}).
 * Serialised as a plain JSON object: {@code {"en": "…", "fr": "…"}}.
 */
public record LocalizedText(Map<String, String> texts) {

	/** The language used when a text lacks the requested one. */
	public static final String FALLBACK_LANGUAGE = "en";

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public LocalizedText {
		texts = (texts != null) ? Collections.unmodifiableMap(new TreeMap<>(texts)) : Map.of();
	}

	public static LocalizedText of(String english, String french) {
		return new LocalizedText(Map.of("en", english, "fr", french));
	}

	@Override
	@JsonValue
	public Map<String, String> texts() {
		return this.texts;
	}

	/** The text in the locale's language, else in English, else empty. */
	public String in(Locale locale) {
		String text = (locale != null) ? this.texts.get(locale.getLanguage()) : null;
		if (text == null || text.isBlank()) {
			text = this.texts.get(FALLBACK_LANGUAGE);
		}
		return (text != null) ? text : "";
	}

	/** Whether the text exists, not blank, in the language. */
	public boolean has(String language) {
		String text = this.texts.get(language);
		return text != null && !text.isBlank();
	}

	/** Replaces {@code {name}} in every language by the given values. */
	public LocalizedText replace(Map<String, String> values) {
		if (values.isEmpty()) {
			return this;
		}
		Map<String, String> replaced = new TreeMap<>();
		this.texts.forEach((language, text) -> {
			String result = text;
			for (Map.Entry<String, String> value : values.entrySet()) {
				result = result.replace("{" + value.getKey() + "}", value.getValue());
			}
			replaced.put(language, result);
		});
		return new LocalizedText(replaced);
	}

}
