package org.datapact.definition;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One localized text for every definition: texts are kept stripped, a blank text counts
 * as missing (so English stands in for it), and JSON is a plain object of languages.
 */
class LocalizedTextTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void aBlankTranslationIsMissingAndEnglishStandsInForIt() {
		Map<String, String> texts = new HashMap<>();
		texts.put("en", "  Names  ");
		texts.put("fr", "   ");
		texts.put("de", null);
		LocalizedText text = new LocalizedText(texts);
		assertThat(text.texts()).containsExactly(Map.entry("en", "Names"));
		assertThat(text.has("en")).isTrue();
		assertThat(text.has("fr")).isFalse();
		assertThat(text.in(Locale.FRENCH)).isEqualTo("Names");
		assertThat(text.in("fr")).isEmpty();
		assertThat(text.in((Locale) null)).isEqualTo("Names");
		assertThat(LocalizedText.of(" ", "")).isEqualTo(LocalizedText.EMPTY);
		assertThat(LocalizedText.EMPTY.in(Locale.ENGLISH)).isEmpty();
	}

	@Test
	void changesMakeNewTexts() {
		LocalizedText text = LocalizedText.of("Keep {k} people", "Garder {k} personnes");
		assertThat(text.with("fr", " ").has("fr")).isFalse();
		assertThat(text.replace(Map.of("k", "5")).in(Locale.FRENCH)).isEqualTo("Garder 5 personnes");
		assertThat(text.replace(Map.of())).isSameAs(text);
		assertThat(text.in(Locale.ENGLISH)).isEqualTo("Keep {k} people");
	}

	@Test
	void jsonIsAnObjectOfLanguages() {
		LocalizedText text = LocalizedText.of("Yes", "Oui");
		String json = JSON.writeValueAsString(text);
		assertThat(json).isEqualTo("{\"en\":\"Yes\",\"fr\":\"Oui\"}");
		assertThat(JSON.readValue(json, LocalizedText.class)).isEqualTo(text);
		assertThat(JSON.readValue("{\"en\": \" Yes \", \"fr\": \"\"}", LocalizedText.class))
			.isEqualTo(LocalizedText.of("Yes", null));
	}

}
