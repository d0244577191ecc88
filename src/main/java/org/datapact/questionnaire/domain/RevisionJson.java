package org.datapact.questionnaire.domain;

import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The frozen answers of a revision as JSON: {@code {"answers": {...}, "groups":
 * {"datasets": [{"id": ..., "answers": {...}}]}}}. The same shape is the JSON export.
 */
public final class RevisionJson {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private RevisionJson() {
	}

	public static ObjectNode tree(AnswerSet answers) {
		JsonNodeFactory nodes = JsonNodeFactory.instance;
		ObjectNode root = nodes.objectNode();
		ObjectNode top = root.putObject("answers");
		answers.answers().forEach((key, value) -> top.set(key, AnswerCodec.toJson(value)));
		ObjectNode groups = root.putObject("groups");
		answers.groups().forEach((groupKey, entries) -> {
			ArrayNode array = groups.putArray(groupKey);
			for (AnswerSet.Entry entry : entries) {
				ObjectNode item = array.addObject();
				item.put("id", entry.id().toString());
				ObjectNode values = item.putObject("answers");
				entry.answers().forEach((key, value) -> values.set(key, AnswerCodec.toJson(value)));
			}
		});
		return root;
	}

	public static String write(AnswerSet answers) {
		return JSON.writeValueAsString(tree(answers));
	}

	public static AnswerSet read(TemplateDefinition template, String json) {
		JsonNode root = JSON.readTree(json);
		Map<String, Question> questions = template.questionsByKey();
		AnswerSet.Builder builder = new AnswerSet.Builder();
		root.path("answers").properties().forEach((field) -> {
			Question question = questions.get(field.getKey());
			if (question != null) {
				builder.answer(field.getKey(), AnswerCodec.fromJson(question, field.getValue()));
			}
		});
		root.path("groups").properties().forEach((group) -> {
			for (JsonNode item : group.getValue()) {
				UUID id = UUID.fromString(item.path("id").asString());
				builder.entry(group.getKey(), id);
				item.path("answers").properties().forEach((field) -> {
					Question question = questions.get(field.getKey());
					if (question != null) {
						builder.entryAnswer(id, field.getKey(), AnswerCodec.fromJson(question, field.getValue()));
					}
				});
			}
		});
		return builder.build();
	}

}
