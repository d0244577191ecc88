package org.datapact.support.contract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every request body of the committed document ({@code docs/openapi.json}, which
 * {@code OpenApiDocumentTest} holds equal to what the application serves) has an example,
 * and each example is a request the document accepts (checked by the same third-party
 * validator as the contract test); every example file belongs to an operation with a
 * body.
 */
class RequestExamplesTest {

	private static final Path DOCUMENT = Path.of("docs", "openapi.json");

	private static final Path EXAMPLES = Path.of("src", "main", "resources", "openapi", "examples");

	@Test
	void everyRequestBodyHasAnExampleTheDocumentAccepts() throws IOException {
		String document = Files.readString(DOCUMENT, StandardCharsets.UTF_8);
		OpenAPI api = parse(document);
		OpenApiInteractionValidator validator = OpenApiInteractionValidator.createForInlineApiSpecification(document)
			.withLevelResolver(LevelResolver.create()
				.withLevel("validation.request.security.missing", ValidationReport.Level.IGNORE)
				.build())
			.build();
		List<String> problems = new ArrayList<>();
		int bodies = 0;
		for (Map.Entry<String, PathItem> path : api.getPaths().entrySet()) {
			for (Map.Entry<PathItem.HttpMethod, Operation> entry : path.getValue().readOperationsMap().entrySet()) {
				Operation operation = entry.getValue();
				if (operation.getRequestBody() == null) {
					continue;
				}
				for (Map.Entry<String, MediaType> media : operation.getRequestBody().getContent().entrySet()) {
					bodies++;
					Object example = example(media.getValue());
					if (example == null) {
						problems.add(operation.getOperationId() + " (" + media.getKey() + "): no example");
						continue;
					}
					SimpleRequest.Builder request = new SimpleRequest.Builder(entry.getKey().name(),
							concrete(api, path.getKey(), operation))
						.withContentType(media.getKey())
						.withAccept("application/json, application/problem+json")
						.withBody(Json.pretty(example), StandardCharsets.UTF_8);
					ValidationReport report = validator.validateRequest(request.build());
					report.getMessages()
						.stream()
						.filter((message) -> message.getLevel() == ValidationReport.Level.ERROR)
						.forEach((message) -> problems.add(operation.getOperationId() + ": its example is off the "
								+ "document: " + message.getKey() + " " + message.getMessage()));
				}
			}
		}
		System.out.printf("[api-contract] %d request bodies, each with an example the document accepts%n", bodies);
		assertThat(bodies).as("request bodies in the document").isPositive();
		assertThat(problems).isEmpty();
	}

	@Test
	void everyExampleFileBelongsToAnOperationWithABody() throws IOException {
		OpenAPI api = parse(Files.readString(DOCUMENT, StandardCharsets.UTF_8));
		Set<String> withBody = new TreeSet<>();
		api.getPaths()
			.values()
			.forEach((path) -> path.readOperations()
				.stream()
				.filter((operation) -> operation.getRequestBody() != null)
				.forEach((operation) -> withBody.add(operation.getOperationId())));
		try (Stream<Path> files = Files.list(EXAMPLES)) {
			assertThat(files.map((file) -> file.getFileName().toString().replaceFirst("\\.json$", "")))
				.as("example files in " + EXAMPLES)
				.isNotEmpty()
				.allSatisfy((name) -> assertThat(withBody).as("operations with a body").contains(name));
		}
	}

	private static OpenAPI parse(String document) {
		ParseOptions options = new ParseOptions();
		options.setResolve(true);
		return new OpenAPIV3Parser().readContents(document, null, options).getOpenAPI();
	}

	private static Object example(MediaType media) {
		if (media.getExample() != null) {
			return media.getExample();
		}
		if (media.getExamples() != null && !media.getExamples().isEmpty()) {
			return media.getExamples().values().iterator().next().getValue();
		}
		return null;
	}

	/** The path with each parameter replaced by a value its schema allows. */
	private static String concrete(OpenAPI api, String template, Operation operation) {
		String path = template;
		if (operation.getParameters() != null) {
			for (Parameter parameter : operation.getParameters()) {
				if ("path".equals(parameter.getIn())) {
					path = path.replace("{" + parameter.getName() + "}", value(api, parameter.getSchema()));
				}
			}
		}
		return path;
	}

	private static String value(OpenAPI api, Schema<?> schema) {
		Schema<?> resolved = schema;
		if (schema.get$ref() != null) {
			resolved = api.getComponents().getSchemas().get(schema.get$ref().replace("#/components/schemas/", ""));
		}
		if (resolved.getEnum() != null && !resolved.getEnum().isEmpty()) {
			return String.valueOf(resolved.getEnum().get(0));
		}
		if ("uuid".equals(resolved.getFormat())) {
			return "3b0c9a52-6f1e-4a57-9d7e-0c5a1f2b7e41";
		}
		if ("integer".equals(resolved.getType())) {
			return "1";
		}
		return "org_name";
	}

}
