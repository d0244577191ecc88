package org.datapact.questionnaire.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import org.datapact.questionnaire.web.QuestionnaireApiController.AnswerRequest;
import org.datapact.shared.InvalidRequestException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An answer's value ({@code AnswerValue} in the committed document) against what the
 * server takes, with the third-party validator of the contract test: every value the
 * document refuses, the server refuses (400 before the question is looked at; whether a
 * value fits its question is the 422 checked by {@code QuestionnaireWebTest}), and every
 * value the document accepts, the server reads, but for the one documented exception: a
 * list holding something other than strings and numbers, which the document cannot refuse
 * without breaking the generated Java client (see {@code ApiDocumentation}).
 */
class AnswerValueContractTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static OpenApiInteractionValidator validator;

	@BeforeAll
	static void document() throws IOException {
		validator = OpenApiInteractionValidator
			.createForInlineApiSpecification(Files.readString(Path.of("docs", "openapi.json"), StandardCharsets.UTF_8))
			.withLevelResolver(LevelResolver.create()
				.withLevel("validation.request.security.missing", ValidationReport.Level.IGNORE)
				.build())
			.build();
	}

	@ParameterizedTest
	@ValueSource(strings = { "\"Hope Relief\"", "\"\"", "\"2026-12-31\"", "12", "-1", "2.5", "[]", "[\"ngo\"]",
			"[\"gdpr\", \"hipaa\"]", "[1, \"two\"]", "null" })
	void aValueTheDocumentAcceptsIsReadByTheServer(String value) {
		assertThat(documentAccepts(value)).as("the document accepts " + value).isTrue();
		assertThat(serverAccepts(value)).as("the server reads " + value).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "true", "false", "{}", "{\"value\": \"x\"}" })
	void aValueTheDocumentRejectsIsRefusedByTheServer(String value) {
		assertThat(documentAccepts(value)).as("the document accepts " + value).isFalse();
		assertThat(serverAccepts(value)).as("the server reads " + value).isFalse();
	}

	/**
	 * The documented exception: if the document ever refuses these, the description and
	 * this test are to change with it.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "[true]", "[null]", "[{}]", "[[]]", "[\"ngo\", false]", "[1, [2]]" })
	void aListHoldingAnythingButStringsAndNumbersIsRefusedByTheServerAlone(String value) {
		assertThat(documentAccepts(value)).as("the document accepts " + value).isTrue();
		assertThat(serverAccepts(value)).as("the server reads " + value).isFalse();
	}

	private static boolean documentAccepts(String value) {
		SimpleRequest request = new SimpleRequest.Builder("PUT",
				"/api/v1/projects/" + UUID.randomUUID() + "/questionnaire/answers/org_name")
			.withContentType("application/json")
			.withAccept("application/json, application/problem+json")
			.withBody("{\"value\": " + value + ", \"version\": 0}", StandardCharsets.UTF_8)
			.build();
		return !validator.validateRequest(request).hasErrors();
	}

	/** What the server does with the body: read it, then the value's shape. */
	private static boolean serverAccepts(String value) {
		AnswerRequest request = JSON.readValue("{\"value\": " + value + ", \"version\": 0}", AnswerRequest.class);
		try {
			List<String> values = request.values();
			return values.size() <= 2;
		}
		catch (InvalidRequestException ex) {
			return false;
		}
	}

}
