package org.datapact.questionnaire.domain;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.datapact.classification.engine.Attribute;
import org.datapact.classification.engine.AttributeCatalog;
import org.datapact.classification.engine.AttributeType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dataset inventory is a contract between the questionnaire and the classification
 * rules: the shipped template's repeating group asks exactly the questions the
 * classification's attribute catalogue describes, with the same keys, kinds and options
 * in the same order, and every option has a label in each language for explanations.
 */
class DatasetInventoryContractTests {

	static final Map<AttributeType, List<QuestionType>> KINDS = Map.of(AttributeType.TEXT,
			List.of(QuestionType.SHORT_TEXT, QuestionType.LONG_TEXT), AttributeType.CHOICE,
			List.of(QuestionType.SINGLE_CHOICE), AttributeType.MULTI, List.of(QuestionType.MULTIPLE_CHOICE),
			AttributeType.YNU, List.of(QuestionType.YES_NO_UNKNOWN), AttributeType.NUMBER, List.of(QuestionType.NUMBER),
			AttributeType.DATE, List.of(QuestionType.DATE));

	@Test
	void theShippedTemplateAsksWhatTheCatalogueDescribes() throws IOException {
		Question datasets = TemplateJsonTests.defaultTemplate().question("datasets").orElseThrow();
		List<Attribute> attributes = AttributeCatalog.datasetInventory().attributes();
		assertThat(datasets.questions()).extracting(Question::key)
			.containsExactlyElementsOf(attributes.stream().map(Attribute::key).toList());
		for (int i = 0; i < attributes.size(); i++) {
			Attribute attribute = attributes.get(i);
			Question question = datasets.questions().get(i);
			assertThat(KINDS.get(attribute.type())).as(attribute.key()).contains(question.type());
			if (attribute.type() != AttributeType.YNU) {
				assertThat(question.options()).as(attribute.key())
					.extracting(Option::key)
					.containsExactlyElementsOf(attribute.options());
			}
			for (String option : attribute.options()) {
				assertThat(attribute.labels().get(option)).as(attribute.key() + "." + option).isNotNull();
				assertThat(attribute.labels().get(option).texts()).as(attribute.key() + "." + option)
					.containsOnlyKeys("en", "fr");
			}
		}
	}

}
