package org.datapact.definition;

import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A text in every language it was written in, keyed by language code ({@code en},
 * {@code fr}), serialised as a plain JSON object: {@code {"en": "…", "fr": "…"}}.
 *
 * <p>
 * Texts are kept stripped, and a blank or missing text is absent: the language falls back
 * to English ({@link #in(Locale)}) and does not count as written ({@link #has}). So a
 * definition is readable in every interface language even before it is fully translated,
 * and a blank translation is never shown instead of the English one.
 */
public record LocalizedText(Map<String, String> texts) {

	/** The language used when a text lacks the requested one. */
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
		texts = Collections.unmodifiableMap(cleaned);
	}

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static LocalizedText of(Map<String, String> texts) {
		return new LocalizedText(texts);
	}

	public static LocalizedText of(String english, String french) {
		Map<String, String> texts = new HashMap<>();
		texts.put("en", english);
		texts.put("fr", french);
		return new LocalizedText(texts);
	}

	@Override
	@JsonValue
	public Map<String, String> texts() {
		return this.texts;
	}

	/** The text in the locale's language, else in English, else empty. */
	public String in(Locale locale) {
		String text = (locale != null) ? this.texts.get(locale.getLanguage()) : null;
		return (text != null) ? text : this.texts.getOrDefault(FALLBACK, "");
	}

	/** The text in exactly this language, empty when it has none. */
	public String in(String language) {
		return this.texts.getOrDefault(language, "");
	}

	/** Whether the text is written in the language. */
	public boolean has(String language) {
		return this.texts.containsKey(language);
	}

	public boolean isEmpty() {
		return this.texts.isEmpty();
	}

	public LocalizedText with(String language, String text) {
		Map<String, String> changed = new HashMap<>(this.texts);
		changed.put(language, text);
		return new LocalizedText(changed);
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
