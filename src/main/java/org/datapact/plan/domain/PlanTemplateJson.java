package org.datapact.plan.domain;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Plan templates as JSON, the format of storage (and of import and export). Reading is
 * strict: an unknown property is refused, not silently dropped.
 */
final class PlanTemplateJson {

	private static final JsonMapper JSON = JsonMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.enable(SerializationFeature.INDENT_OUTPUT)
		.build();

	private PlanTemplateJson() {
	}

	static String write(PlanTemplateDefinition template) {
		return JSON.writeValueAsString(template);
	}

	static PlanTemplateDefinition read(String json) {
		return JSON.readValue(json, PlanTemplateDefinition.class);
	}

}
