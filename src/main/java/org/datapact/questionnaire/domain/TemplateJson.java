package org.datapact.questionnaire.domain;

import java.util.List;

import org.datapact.definition.Problem;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Templates as JSON, the format of import, export and storage. Reading is strict: an
 * unknown property or type is refused with its position, not silently dropped.
 */
public final class TemplateJson {

	private static final JsonMapper JSON = JsonMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.enable(SerializationFeature.INDENT_OUTPUT)
		.build();

	private TemplateJson() {
	}

	public static String write(TemplateDefinition template) {
		return JSON.writeValueAsString(template);
	}

	/** Reads a stored definition, which was valid when stored. */
	public static TemplateDefinition read(String json) {
		return JSON.readValue(json, TemplateDefinition.class);
	}

	/**
	 * Reads a definition someone supplied, reporting where it cannot be read and what it
	 * breaks.
	 */
	public static Imported parse(String json) {
		if (json == null || json.isBlank()) {
			return new Imported(null, List.of(Problem.of("", "template.problem.empty")));
		}
		try {
			TemplateDefinition template = JSON.readValue(json, TemplateDefinition.class);
			if (template == null) {
				return new Imported(null, List.of(Problem.of("", "template.problem.empty")));
			}
			return new Imported(template, template.problems());
		}
		catch (JacksonException ex) {
			TokenStreamLocation location = ex.getLocation();
			int line = (location != null) ? location.getLineNr() : 0;
			int column = (location != null) ? location.getColumnNr() : 0;
			return new Imported(null, List.of(Problem.of(path(ex), "template.problem.unreadable", line, column)));
		}
	}

	/**
	 * Where in the document reading stopped, as {@code sections[0].questions[2].type}.
	 */
	private static String path(JacksonException ex) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : ex.getPath()) {
			if (reference.getPropertyName() != null) {
				path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.toString();
	}

	/**
	 * The outcome of reading a supplied template: the template, if readable, and its
	 * problems.
	 */
	public record Imported(TemplateDefinition template, List<Problem> problems) {

		public boolean isValid() {
			return this.template != null && this.problems.isEmpty();
		}

	}

}
