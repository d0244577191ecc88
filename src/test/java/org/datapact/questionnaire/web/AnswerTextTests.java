package org.datapact.questionnaire.web;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.context.support.StaticMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The country options are written unescaped into the page for speed, so what goes in must
 * be safe: escaped names, ISO codes only, and a selected value only when it is one.
 */
class AnswerTextTests {

	private final AnswerText text = new AnswerText(new StaticMessageSource());

	@Test
	void countryOptionsAreEscapedAndSelectOnlyAKnownCode() {
		String options = this.text.countryOptions("KE", Locale.FRENCH);
		assertThat(options).contains("<option value=\"KE\" selected>Kenya</option>")
			.doesNotContain("<script")
			.containsOnlyOnce("selected");
		assertThat(options.replaceAll("<option value=\"[A-Z]{2}\"( selected)?>[^<>\"]*</option>", "")).isEmpty();
		assertThat(this.text.countryOptions("\"><script>alert(1)</script>", Locale.ENGLISH)).doesNotContain("<script")
			.doesNotContain("selected");
	}

}
