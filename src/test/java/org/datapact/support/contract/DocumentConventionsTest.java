package org.datapact.support.contract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What issue 20 asks of every operation of the committed document
 * ({@code docs/openapi.json}, held equal to what the application serves by
 * {@code OpenApiDocumentTest}): a unique operationId without a numeric suffix, a summary
 * and a description, a description for every parameter, security, exact content types
 * (never {@code *}{@code /*}), every error as problem+json with the one {@code Problem}
 * schema, and no Java class (Jackson's {@code JsonNode}) among the schemas.
 */
class DocumentConventionsTest {

	private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

	private static final Set<String> CONTENT_TYPES = Set.of("application/json", "application/problem+json", "text/csv",
			"application/pdf");

	@Test
	void everyOperationIsNamedDescribedSecuredAndExactAboutItsContent() throws IOException {
		JsonNode document = JsonMapper.builder()
			.build()
			.readTree(Files.readString(Path.of("docs", "openapi.json"), StandardCharsets.UTF_8));
		List<String> problems = new ArrayList<>();
		Set<String> operationIds = new HashSet<>();
		int operations = 0;
		for (Map.Entry<String, JsonNode> path : document.get("paths").properties()) {
			for (Map.Entry<String, JsonNode> entry : path.getValue().properties()) {
				if (!METHODS.contains(entry.getKey())) {
					continue;
				}
				operations++;
				JsonNode operation = entry.getValue();
				String name = entry.getKey() + " " + path.getKey();
				String id = operation.path("operationId").asString("");
				if (id.isEmpty() || id.matches(".*_\\d+$") || !operationIds.add(id)) {
					problems.add(name + ": operationId '" + id + "' is missing, repeated or numbered");
				}
				for (String text : List.of("summary", "description")) {
					if (operation.path(text).asString("").isBlank()) {
						problems.add(name + ": no " + text);
					}
				}
				operation.path("parameters").forEach((parameter) -> {
					if (parameter.path("description").asString("").isBlank()) {
						problems.add(name + ": parameter " + parameter.path("name").asString() + " has no description");
					}
				});
				if (operation.path("security").isEmpty()) {
					problems.add(name + ": no security declared");
				}
				if (!operation.path("responses").has("401")) {
					problems.add(name + ": 401 not documented");
				}
				// a parameter out of range or of the wrong type (a page's size, an id)
				// answers 400
				if ((!operation.path("parameters").isEmpty() || operation.has("requestBody"))
						&& !operation.path("responses").has("400")) {
					problems.add(name + ": takes input but 400 is not documented");
				}
				contentTypes(name + " request", operation.path("requestBody").path("content"), problems);
				operation.path("responses").properties().forEach((response) -> {
					JsonNode content = response.getValue().path("content");
					contentTypes(name + " " + response.getKey(), content, problems);
					if (response.getKey().matches("[45]\\d\\d")) {
						JsonNode problem = content.path("application/problem+json").path("schema").path("$ref");
						if (content.size() != 1 || !problem.asString("").endsWith("/Problem")) {
							problems.add(name + " " + response.getKey() + ": not problem+json with the Problem schema");
						}
					}
				});
			}
		}
		String schemas = document.path("components").path("schemas").toString();
		for (String javaClass : List.of("JsonNode", "\"nodeType\"", "ObjectNode")) {
			if (schemas.contains(javaClass)) {
				problems.add("the schemas mention " + javaClass);
			}
		}
		System.out.printf("[api-contract] %d operations named, described, secured and exact about their content%n",
				operations);
		assertThat(operations).isPositive();
		assertThat(problems).isEmpty();
	}

	private static void contentTypes(String where, JsonNode content, List<String> problems) {
		content.propertyNames().forEach((type) -> {
			if (!CONTENT_TYPES.contains(type)) {
				problems.add(where + ": content type " + type);
			}
		});
	}

}
