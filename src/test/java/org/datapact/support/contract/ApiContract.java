package org.datapact.support.contract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.interaction.ApiOperationResolver;
import com.atlassian.oai.validator.model.ApiOperationMatch;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;

/**
 * The API contract test: every API request the test suite makes and the response it gets
 * are checked against the application's own OpenAPI document ({@code /v3/api-docs}) by a
 * third-party validator (Atlassian's openapi-request-validator). The check is made by the
 * clients every API test uses, MockMvc ({@link ApiContractContextCustomizerFactory}) and
 * {@code LiveClient}, so a test cannot skip it.
 *
 * <p>
 * An interaction fails the test that made it when the response's status is not documented
 * for the operation, its body does not match the documented schema, its content type is
 * not the documented one, or the server accepted (2xx) a request that the document
 * rejects; a request to an operation that is not documented must be refused as such (401,
 * 404 or 405). Every operation that was checked is recorded in
 * {@code target/api-contract/interactions.tsv}, from which
 * {@code ApiContractCoverageCheck} (run by Failsafe after the suite) proves that every
 * documented operation was exercised.
 */
public final class ApiContract {

	/**
	 * Where the interactions of this run are recorded; emptied by a JVM's first check.
	 */
	public static final Path RECORD = Path.of("target", "api-contract", "interactions.tsv");

	private static volatile ApiContract current;

	private static volatile Supplier<String> source;

	private static final AtomicLong CHECKED = new AtomicLong();

	/** Whether this JVM has started its record afresh (the first check does). */
	private static final AtomicBoolean RECORDING = new AtomicBoolean();

	private final String document;

	private final OpenApiInteractionValidator validator;

	private final ApiOperationResolver operations;

	private ApiContract(String document) {
		this(document, OpenApiInteractionValidator.createForInlineApiSpecification(document));
	}

	private ApiContract(String document, OpenApiInteractionValidator.Builder builder) {
		this.document = document;
		this.validator = builder.withLevelResolver(LevelResolver.create()
			// MockMvc carries the session as an object, not a cookie: authentication is
			// the security tests' business, the document declares it on every operation
			.withLevel("validation.request.security.missing", ValidationReport.Level.IGNORE)
			.build()).build();
		ParseOptions options = new ParseOptions();
		options.setResolve(true);
		OpenAPI api = new OpenAPIV3Parser().readContents(document, null, options).getOpenAPI();
		this.operations = new ApiOperationResolver(api, null, false);
	}

	/**
	 * Offers where the document comes from: the first application context that can
	 * produce it. The document is read once, when the first API call is checked.
	 */
	public static void offer(Supplier<String> document) {
		if (source == null) {
			source = document;
		}
	}

	/** The contract of the application under test. */
	public static ApiContract get() {
		if (current == null) {
			synchronized (ApiContract.class) {
				if (current == null) {
					Objects.requireNonNull(source, "No application context has offered its OpenAPI document");
					current = new ApiContract(source.get());
				}
			}
		}
		return current;
	}

	/** A contract for another document: for tests that show what the check catches. */
	public static ApiContract of(String document) {
		return new ApiContract(document);
	}

	public String document() {
		return this.document;
	}

	/** How many API interactions this JVM has checked. */
	public static long checked() {
		return CHECKED.get();
	}

	/**
	 * Checks one interaction and records it; throws an {@link AssertionError} that says
	 * what is off the document.
	 */
	public void check(ApiInteraction interaction) {
		if (!interaction.isApi()) {
			return;
		}
		List<String> problems = problems(interaction);
		if (!problems.isEmpty()) {
			throw new AssertionError("API contract: " + interaction + " is off the OpenAPI document:\n  "
					+ String.join("\n  ", problems) + "\n  response: " + abbreviate(interaction.responseBody()));
		}
	}

	/** What is off the document in one interaction; empty when it is all documented. */
	public List<String> problems(ApiInteraction interaction) {
		Request.Method method = Request.Method.valueOf(interaction.method());
		ApiOperationMatch match = this.operations.findApiOperation(interaction.path(), method);
		if (!match.isPathFound() || !match.isOperationAllowed()) {
			boolean refused = interaction.status() == 401 || interaction.status() == 404 || interaction.status() == 405;
			return refused ? List.of()
					: List.of("no such operation is documented, yet the server answered " + interaction.status());
		}
		if (this == current) {
			record(interaction, match);
		}
		if (interaction.containerError()) {
			return statusDocumented(match.getApiOperation().getOperation(), interaction.status()) ? List.of()
					: List.of("status " + interaction.status() + " is not documented for this operation");
		}
		ValidationReport requestReport = this.validator.validateRequest(request(interaction));
		ValidationReport report = this.validator.validateResponse(interaction.path(), method, response(interaction));
		List<String> problems = new ArrayList<>(messages(report));
		if (requestReport.hasErrors() && interaction.status() < 300) {
			problems.add("the server accepted a request that the document rejects: "
					+ String.join("; ", messages(requestReport)));
		}
		return problems;
	}

	private static boolean statusDocumented(Operation operation, int status) {
		return operation.getResponses() != null && (operation.getResponses().containsKey(String.valueOf(status))
				|| operation.getResponses().containsKey("default"));
	}

	private static List<String> messages(ValidationReport report) {
		return report.getMessages()
			.stream()
			.filter((message) -> message.getLevel() == ValidationReport.Level.ERROR)
			.map((message) -> message.getKey() + ": " + message.getMessage()
					+ (message.getNestedMessages().isEmpty() ? ""
							: " " + message.getNestedMessages()
								.stream()
								.map(ValidationReport.Message::getMessage)
								.collect(Collectors.joining("; ", "[", "]"))))
			.toList();
	}

	private static SimpleRequest request(ApiInteraction interaction) {
		SimpleRequest.Builder request = new SimpleRequest.Builder(interaction.method(), interaction.path());
		interaction.query().forEach(request::withQueryParam);
		interaction.requestHeaders().forEach(request::withHeader);
		if (interaction.requestBody() != null && !interaction.requestBody().isEmpty()) {
			request.withBody(interaction.requestBody(), StandardCharsets.UTF_8);
		}
		return request.build();
	}

	private static SimpleResponse response(ApiInteraction interaction) {
		SimpleResponse.Builder response = new SimpleResponse.Builder(interaction.status());
		if (interaction.responseContentType() != null) {
			response.withContentType(interaction.responseContentType());
		}
		if (interaction.responseBody() != null && !interaction.responseBody().isEmpty()) {
			response.withBody(interaction.responseBody(), StandardCharsets.UTF_8);
		}
		return response.build();
	}

	private static void record(ApiInteraction interaction, ApiOperationMatch match) {
		CHECKED.incrementAndGet();
		String line = match.getApiOperation().getMethod() + "\t" + match.getApiOperation().getApiPath().original()
				+ "\t" + interaction.status() + "\n";
		synchronized (ApiContract.class) {
			try {
				if (RECORDING.compareAndSet(false, true)) {
					Files.createDirectories(RECORD.getParent());
					Files.deleteIfExists(RECORD);
				}
				Files.writeString(RECORD, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
						StandardOpenOption.APPEND);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
	}

	private static String abbreviate(String body) {
		if (body == null) {
			return "(none)";
		}
		return (body.length() > 2000) ? body.substring(0, 2000) + "…" : body;
	}

}
