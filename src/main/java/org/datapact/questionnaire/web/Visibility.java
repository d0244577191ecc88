package org.datapact.questionnaire.web;

import java.util.ArrayList;
import java.util.List;

import org.datapact.questionnaire.domain.AnswerSet;
import org.datapact.questionnaire.domain.Evaluation;
import org.datapact.questionnaire.domain.Question;
import org.datapact.questionnaire.domain.Section;
import org.datapact.questionnaire.domain.TemplateDefinition;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * After an autosave, tells the page (through an htmx event) which questions are hidden
 * now and how far each section is, so that conditions and progress follow every answer.
 */
final class Visibility {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private Visibility() {
	}

	static String trigger(Evaluation evaluation) {
		TemplateDefinition template = evaluation.template();
		AnswerSet answers = evaluation.answers();
		List<String> hidden = new ArrayList<>();
		for (Section section : template.sections()) {
			for (Question question : section.questions()) {
				if (!evaluation.isShown(question.key())) {
					hidden.add(FieldIds.of(null, question.key()));
				}
				if (question.isGroup()) {
					for (AnswerSet.Entry entry : answers.entries(question.key())) {
						for (Question child : question.questions()) {
							if (!evaluation.isShown(entry.id(), child.key())) {
								hidden.add(FieldIds.of(entry.id(), child.key()));
							}
						}
					}
				}
			}
		}
		ObjectNode event = JSON.createObjectNode();
		ObjectNode detail = event.putObject("questionnaire:saved");
		detail.putPOJO("hidden", hidden);
		ObjectNode progress = detail.putObject("progress");
		for (Section section : template.sections()) {
			progress.put(section.key(), evaluation.progress(section.key()).percent());
		}
		progress.put("overall", evaluation.overall().percent());
		return JSON.writeValueAsString(event);
	}

}
