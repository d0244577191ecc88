package org.datapact.questionnaire.web;

import java.util.List;

import org.datapact.definition.LocalizedText;
import org.datapact.questionnaire.domain.DisplayCondition;
import org.datapact.questionnaire.domain.DisplayCondition.All;
import org.datapact.questionnaire.domain.DisplayCondition.Answered;
import org.datapact.questionnaire.domain.DisplayCondition.Any;
import org.datapact.questionnaire.domain.DisplayCondition.Equals;
import org.datapact.questionnaire.domain.NumberRange;
import org.datapact.questionnaire.domain.Question;
import org.datapact.questionnaire.domain.TemplateDefinition;
import org.junit.jupiter.api.Test;

import org.springframework.validation.BeanPropertyBindingResult;

import static org.assertj.core.api.Assertions.assertThat;

/** The question form shows a question as it is and reads it back unchanged. */
class QuestionFormTests {

	static TemplateDefinition template() {
		return ConditionTextTests.template();
	}

	static List<Question> candidates() {
		return template().questions();
	}

	Question roundTrip(Question question, List<Question> candidates) {
		QuestionForm form = QuestionForm.of(template(), question, 7);
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "form");
		Question read = form.toQuestion(template(), candidates, question.condition(), errors);
		assertThat(errors.getAllErrors()).isEmpty();
		return read;
	}

	@Test
	void everyQuestionOfTheSampleComesBackAsItWas() {
		for (Question question : template().questions()) {
			assertThat(roundTrip(question, List.of())).as(question.key()).isEqualTo(question);
		}
	}

	@Test
	void aConditionOfUpToFourRowsComesBackAsItWas() {
		DisplayCondition condition = new Any(List.of(new Equals("two_factor", "yes"),
				new DisplayCondition.AnyOf("backups", List.of("daily", "weekly")), new Equals("staff", "12"),
				new Answered("staff")));
		Question question = template().question("staff").orElseThrow().withKey("later").withCondition(condition);
		QuestionForm form = QuestionForm.of(template(), question, 3);
		assertThat(form.combine()).isEqualTo("any");
		assertThat(form.rows()).extracting(ConditionRow::question)
			.containsExactly("two_factor", "backups", "staff", "staff");
		assertThat(form.row2().text()).isEqualTo("12");
		assertThat(form.lock()).isEqualTo(3);
		assertThat(roundTrip(question, candidates())).isEqualTo(question);
	}

	@Test
	void aConditionTooComplexForTheRowsIsKeptUnlessRowsAreFilledIn() {
		DisplayCondition nested = new All(List.of(new Answered("staff"),
				new Any(List.of(new Equals("two_factor", "no"), new Answered("backups")))));
		Question question = template().question("staff").orElseThrow().withKey("later").withCondition(nested);
		QuestionForm form = QuestionForm.of(template(), question, 0);
		assertThat(form.isKeptCondition()).isTrue();
		assertThat(form.rows()).allSatisfy((row) -> assertThat(row.isBlank()).isTrue());
		assertThat(roundTrip(question, candidates()).condition()).isEqualTo(nested);
	}

	@Test
	void numberBoundsAcceptACommaAndRefuseText() {
		Question staff = template().question("staff").orElseThrow();
		QuestionForm form = QuestionForm.of(template(), staff, 0);
		QuestionForm bounded = new QuestionForm(form.lockVersion(), form.key(), form.type(), form.labelEn(),
				form.labelFr(), "", "", "", "", "0", "2,5", "true", "people", "personnes", "all", null, null, null,
				null, "");
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(bounded, "form");
		Question read = bounded.toQuestion(template(), List.of(), null, errors);
		assertThat(errors.getAllErrors()).isEmpty();
		assertThat(read.number()).isEqualTo(new NumberRange(java.math.BigDecimal.ZERO, new java.math.BigDecimal("2.5"),
				true, org.datapact.definition.LocalizedText.of("people", "personnes")));

		QuestionForm text = new QuestionForm("0", "staff", "NUMBER", "Staff", "", "", "", "", "", "1e9", "", "", "", "",
				"all", null, null, null, null, "");
		BeanPropertyBindingResult textErrors = new BeanPropertyBindingResult(text, "form");
		assertThat(text.toQuestion(template(), List.of(), null, textErrors)).isNull();
		assertThat(textErrors.getFieldError("numberMin").getCode()).isEqualTo("template.form.number.invalid");
	}

}
