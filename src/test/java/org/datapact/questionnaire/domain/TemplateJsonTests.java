package org.datapact.questionnaire.domain;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.datapact.classification.engine.Attribute;
import org.datapact.classification.engine.AttributeCatalog;
import org.datapact.definition.Problem;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

class TemplateJsonTests {

	static TemplateDefinition defaultTemplate() throws IOException {
		return TemplateJson.read(new ClassPathResource("questionnaire/default-template.json")
			.getContentAsString(StandardCharsets.UTF_8));
	}

	@Test
	void defaultTemplateIsValidAndSurvivesARoundTrip() throws IOException {
		TemplateDefinition template = defaultTemplate();
		assertThat(template.problems()).isEmpty();
		assertThat(TemplateJson.read(TemplateJson.write(template))).isEqualTo(template);
	}

	@Test
	void defaultTemplateAsksEveryDatasetAttributeTheRulesRead() throws IOException {
		Question datasets = defaultTemplate().question("datasets").orElseThrow();
		assertThat(datasets.type()).isEqualTo(QuestionType.REPEATING_GROUP);
		assertThat(datasets.questions()).extracting(Question::key)
			.containsAll(AttributeCatalog.datasetInventory().attributes().stream().map(Attribute::key).toList());
	}

	@Test
	void defaultTemplateIsTranslatedEverywhere() throws IOException {
		TemplateDefinition template = defaultTemplate();
		for (Question question : template.questions()) {
			assertThat(question.label().texts().keySet()).as(question.key()).isEqualTo(Set.of("en", "fr"));
			question.options()
				.forEach((option) -> assertThat(option.label().texts().keySet()).as(question.key() + "." + option.key())
					.isEqualTo(Set.of("en", "fr")));
		}
	}

	@Test
	void unreadableJsonIsReportedWithItsPositionAndNoInternalNames() {
		TemplateJson.Imported imported = TemplateJson
			.parse("{\"key\": \"t\", \"sections\": [{\"key\": 3, \"bogus\": 1}]}");
		assertThat(imported.isValid()).isFalse();
		Problem problem = imported.problems().get(0);
		assertThat(problem.messageKey()).isEqualTo("template.problem.unreadable");
		assertThat(problem.path()).doesNotContain("org.datapact").contains("bogus");
		assertThat(problem.arguments()).first().isEqualTo(1);
	}

	@Test
	void unknownQuestionTypeIsRefused() {
		TemplateJson.Imported imported = TemplateJson.parse("""
				{"key":"t","title":{"en":"T"},"sections":[{"key":"s","title":{"en":"S"},
				 "questions":[{"key":"q","type":"SLIDER","label":{"en":"Q"}}]}]}""");
		assertThat(imported.isValid()).isFalse();
		assertThat(imported.problems().get(0).messageKey()).isEqualTo("template.problem.unreadable");
	}

	@Test
	void emptyInputIsRefused() {
		assertThat(TemplateJson.parse("  ").problems()).extracting(Problem::messageKey)
			.containsExactly("template.problem.empty");
		assertThat(TemplateJson.parse("null").problems()).extracting(Problem::messageKey)
			.containsExactly("template.problem.empty");
	}

}
