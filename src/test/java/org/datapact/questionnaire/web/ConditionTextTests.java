package org.datapact.questionnaire.web;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.datapact.definition.LocalizedText;
import org.datapact.questionnaire.domain.DisplayCondition;
import org.datapact.questionnaire.domain.DisplayCondition.All;
import org.datapact.questionnaire.domain.DisplayCondition.Answered;
import org.datapact.questionnaire.domain.DisplayCondition.Any;
import org.datapact.questionnaire.domain.DisplayCondition.AnyOf;
import org.datapact.questionnaire.domain.DisplayCondition.Equals;
import org.datapact.questionnaire.domain.Option;
import org.datapact.questionnaire.domain.Question;
import org.datapact.questionnaire.domain.QuestionType;
import org.datapact.questionnaire.domain.Section;
import org.datapact.questionnaire.domain.TemplateDefinition;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Conditions read as sentences with the application's own message bundles, and every
 * message key the template editor's code names exists in English and French.
 */
class ConditionTextTests {

	private static final Locale ENGLISH = Locale.ENGLISH;

	private static final Locale FRENCH = Locale.FRENCH;

	static ConditionText conditionText() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("i18n/messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return new ConditionText(messages);
	}

	static TemplateDefinition template() {
		Question twoFactor = new Question("two_factor", QuestionType.YES_NO_UNKNOWN, LocalizedText
			.of("Is two-factor authentication switched on?", "L’authentification à deux facteurs est-elle activée ?"),
				null, false, null, null, null, null);
		Question backups = new Question("backups", QuestionType.MULTIPLE_CHOICE, LocalizedText.of("Backups", ""), null,
				false, List.of(new Option("daily", LocalizedText.of("Daily", "Quotidiennes")),
						new Option("weekly", LocalizedText.of("Weekly", ""))),
				null, null, null);
		Question staff = new Question("staff", QuestionType.NUMBER, LocalizedText.of("Staff", "Personnel"), null, false,
				null, null, null, null);
		return new TemplateDefinition("t", LocalizedText.of("T", ""),
				List.of(new Section("s", LocalizedText.of("S", ""), null, List.of(twoFactor, backups, staff))));
	}

	String text(DisplayCondition condition, Locale locale) {
		return conditionText().text(template(), condition, locale);
	}

	@Test
	void aConditionReadsAsASentenceWithLabelsInsteadOfKeys() {
		DisplayCondition condition = new All(
				List.of(new Equals("two_factor", "yes"), new AnyOf("backups", List.of("daily", "weekly"))));
		assertThat(text(condition, ENGLISH)).isEqualTo(
				"Shown when “Is two-factor authentication switched on?” is “Yes” and “Backups” is one of “Daily”, “Weekly”");
		assertThat(text(condition, FRENCH)).as("labels missing in French fall back to English")
			.isEqualTo(
					"Affichée si « L’authentification à deux facteurs est-elle activée ? » vaut « Oui » et « Backups » vaut l’une des réponses « Quotidiennes », « Weekly »");
	}

	@Test
	void everyKindOfConditionHasItsWords() {
		assertThat(text(new Answered("staff"), ENGLISH)).isEqualTo("Shown when “Staff” is answered");
		assertThat(text(new Equals("staff", "12"), ENGLISH)).as("free values as they are")
			.isEqualTo("Shown when “Staff” is “12”");
		assertThat(text(new Any(List.of(new Equals("two_factor", "no"), new Equals("two_factor", "unknown"))), ENGLISH))
			.isEqualTo(
					"Shown when “Is two-factor authentication switched on?” is “No” or “Is two-factor authentication switched on?” is “Don’t know”");
		assertThat(text(new All(List.of(new Answered("staff"),
				new Any(List.of(new Equals("backups", "daily"), new Answered("two_factor"))))), ENGLISH))
			.as("a nested group in brackets")
			.isEqualTo(
					"Shown when “Staff” is answered and (“Backups” is “Daily” or “Is two-factor authentication switched on?” is answered)");
		assertThat(text(null, ENGLISH)).isEmpty();
	}

	@Test
	void unknownQuestionsAndAnswersAreShownByTheirKeys() {
		assertThat(text(new Equals("ghost", "boo"), ENGLISH)).isEqualTo("Shown when “ghost” is “boo”");
		assertThat(text(new Equals("backups", "monthly"), ENGLISH)).isEqualTo("Shown when “Backups” is “monthly”");
	}

	/** Message keys named in the template editor's code: {@code "template.…"}. */
	private static final Pattern KEY = Pattern.compile("\"(template\\.[a-zA-Z.]*[a-zA-Z])\"");

	@Test
	void everyMessageKeyTheEditorNamesExistsInEnglishAndFrench() throws IOException {
		Set<String> english = keys("i18n/messages.properties");
		Set<String> french = keys("i18n/messages_fr.properties");
		Set<String> used = new TreeSet<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/datapact/questionnaire"))) {
			for (Path file : files.filter((path) -> path.toString().endsWith(".java")).toList()) {
				Matcher matcher = KEY.matcher(Files.readString(file));
				while (matcher.find()) {
					used.add(matcher.group(1));
				}
			}
		}
		assertThat(used).as("keys found").contains("template.edit.questionInUse", "template.form.key.required");
		assertThat(used).as("missing in English").isSubsetOf(english);
		assertThat(used).as("missing in French").isSubsetOf(french);
	}

	private static Set<String> keys(String resource) throws IOException {
		Properties properties = new Properties();
		try (InputStreamReader in = new InputStreamReader(
				ConditionTextTests.class.getClassLoader().getResourceAsStream(resource), StandardCharsets.UTF_8)) {
			properties.load(in);
		}
		return properties.stringPropertyNames();
	}

}
