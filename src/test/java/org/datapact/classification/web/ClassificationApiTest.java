package org.datapact.classification.web;

import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import com.jayway.jsonpath.JsonPath;
import org.datapact.security.domain.ApiTokenService;
import org.datapact.security.domain.TokenScope;
import org.datapact.shared.Role;
import org.datapact.support.Fixtures;
import org.datapact.support.Fixtures.TestUser;
import org.datapact.support.ErrorResponses;
import org.datapact.support.LiveClient;
import org.datapact.support.LiveServerTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.skyscreamer.jsonassert.JSONAssert;
import org.skyscreamer.jsonassert.JSONCompareMode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.datapact.support.ErrorResponses.fieldError;
import static org.datapact.support.ErrorResponses.assertProblem;

/**
 * The stateless evaluation API on a real server: the documented example answers the
 * documented response, explanations follow the request's language, tokens work, nothing
 * is saved, and every kind of bad input is a 400 naming the field, never a 500.
 */
@LiveServerTest
@TestInstance(Lifecycle.PER_CLASS)
class ClassificationApiTest {

	static final String EVALUATE = "/api/v1/classification/evaluate";

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	ApiTokenService tokens;

	@Autowired
	JdbcTemplate jdbc;

	TestUser volunteer;

	LiveClient partner;

	@BeforeAll
	void signIn() {
		this.volunteer = this.fixtures.user(this.fixtures.partner(), Role.VOLUNTEER);
		this.partner = new LiveClient(this.port).signIn(this.fixtures.user(this.fixtures.partner(), Role.PARTNER));
	}

	@Test
	void theDocumentedExampleAnswersTheDocumentedResponse() throws Exception {
		HttpResponse<String> response = this.partner.json("POST", EVALUATE, ApiExamples.REQUEST);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/json"));
		// the example names version 1; tests sharing the database may have published
		// others
		int version = JsonPath.read(response.body(), "$.ruleSet.version");
		JSONAssert.assertEquals(ApiExamples.RESPONSE.replace("\"version\": 1", "\"version\": " + version),
				response.body(), JSONCompareMode.STRICT);
	}

	@Test
	void explainsInTheRequestsLanguage() {
		HttpResponse<String> response = this.partner.send(this.partner.request(EVALUATE)
			.header("Accept", "application/json")
			.header("Accept-Language", "fr-FR,fr;q=0.9")
			.header("Content-Type", "application/json")
			.header("X-CSRF-TOKEN", this.partner.csrfToken())
			.POST(BodyPublishers.ofString(ApiExamples.REQUEST)));
		assertThat(response.statusCode()).isEqualTo(200);
		String body = response.body();
		assertThat((String) JsonPath.read(body, "$.datasets[1].levelLabel")).isEqualTo("Confidentiel");
		assertThat((String) JsonPath.read(body, "$.datasets[1].firedRules[1].explanation"))
			.startsWith("Publiées, des données de protection par site");
		assertThat((String) JsonPath.read(body, "$.combinations[0].explanation"))
			.startsWith("Croiser le sentiment de sécurité");
	}

	@Test
	void anApiTokenNeedsNoSessionOrCsrfToken() {
		String secret = this.tokens
			.create(this.volunteer.current(), "classification " + Fixtures.unique(), 1, TokenScope.READ)
			.secret();
		LiveClient api = new LiveClient(this.port);
		HttpResponse<String> response = api.send(api.request(EVALUATE)
			.header("Authorization", "Bearer " + secret)
			.header("Content-Type", "application/json")
			.POST(BodyPublishers.ofString(
					"{\"datasets\": [{\"attributes\": {\"aggregation\": \"record_level\", \"direct_identifiers\": [\"names\"]}}]}")));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		assertThat((String) JsonPath.read(response.body(), "$.datasets[0].id")).isEqualTo("dataset-1");
		assertThat((String) JsonPath.read(response.body(), "$.projectLevel")).isEqualTo("SECRET");
	}

	@Test
	void anUnansweredQuestionIsNullAmongTheInputs() {
		HttpResponse<String> response = this.partner.json("POST", EVALUATE,
				datasets("{\"aggregation\": \"record_level\", \"location_granularity\": \"admin1\"}"));
		assertThat(response.statusCode()).isEqualTo(200);
		Map<String, Object> inputs = JsonPath.read(response.body(), "$.datasets[0].firedRules[0].inputs");
		assertThat(inputs).containsEntry("aggregation", "record_level")
			.containsEntry("direct_identifiers", null)
			.hasSize(2);
		assertThat((String) JsonPath.read(response.body(), "$.datasets[0].firedRules[0].rule"))
			.isEqualTo("direct_identifiers_unanswered_record_level");
	}

	@Test
	void readsTheBodyAsUtf8() {
		HttpResponse<String> response = this.partner.json("POST", EVALUATE,
				datasets("{\"name\": \"Enfants non accompagnés — été 2025 ✓\"}"));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat((String) JsonPath.read(response.body(), "$.datasets[0].name"))
			.isEqualTo("Enfants non accompagnés — été 2025 ✓");
	}

	@Test
	void savesNothing() {
		Map<String, Long> before = rowCounts();
		HttpResponse<String> response = this.partner.json("POST", EVALUATE, ApiExamples.REQUEST);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(rowCounts()).isEqualTo(before);
	}

	@Test
	void fiveHundredDatasetsAreAcceptedAndFiveHundredAndOneAreNot() {
		HttpResponse<String> most = this.partner.json("POST", EVALUATE, manyDatasets(500));
		assertThat(most.statusCode()).isEqualTo(200);
		assertThat((List<?>) JsonPath.read(most.body(), "$.datasets")).hasSize(500);
		HttpResponse<String> tooMany = this.partner.json("POST", EVALUATE, manyDatasets(501));
		assertProblem(tooMany, 400);
		assertThat(fieldError(tooMany.body(), "datasets")).isEqualTo("At most 500 datasets can be evaluated at once.");
	}

	static Stream<Arguments> badRequests() {
		return Stream.of(
				Arguments.of("an unknown question key", datasets("{\"colour\": \"red\"}"),
						"datasets[0].attributes.colour", "colour is not a question of the dataset inventory."),
				Arguments.of("text for a number", datasets("{\"smallest_count\": \"4\"}"),
						"datasets[0].attributes.smallest_count", "smallest_count takes a number."),
				Arguments.of("a negative number", datasets("{\"record_count\": -3}"),
						"datasets[0].attributes.record_count", "record_count cannot be negative."),
				Arguments.of("an option the question does not offer",
						datasets("{\"location_granularity\": \"village\"}"),
						"datasets[0].attributes.location_granularity",
						"\"village\" is not an option of location_granularity; choose from: individual, household, site, "
								+ "admin2, admin1, national, none."),
				Arguments.of("an unknown option in a list", datasets("{\"topics\": [\"health\", \"weather\"]}"),
						"datasets[0].attributes.topics[1]", "\"weather\" is not an option of topics"),
				Arguments.of("one option where a list is expected", datasets("{\"topics\": \"health\"}"),
						"datasets[0].attributes.topics", "topics takes a list of option keys"),
				Arguments.of("a list where one option is expected", datasets("{\"protection_data\": [\"yes\"]}"),
						"datasets[0].attributes.protection_data",
						"protection_data takes one option key: yes, no, unknown."),
				Arguments.of("a boolean for yes/no/unknown", datasets("{\"protection_data\": true}"),
						"datasets[0].attributes.protection_data", "protection_data takes one option key"),
				Arguments.of("none with other options", datasets("{\"direct_identifiers\": [\"none\", \"photos\"]}"),
						"datasets[0].attributes.direct_identifiers",
						"In direct_identifiers, \"none\" cannot be chosen together with other options."),
				Arguments.of("an impossible date", datasets("{\"collection_start\": \"2025-02-30\"}"),
						"datasets[0].attributes.collection_start", "collection_start takes a date written yyyy-MM-dd"),
				Arguments.of("an end before the start",
						datasets("{\"collection_start\": \"2025-03-01\", \"collection_end\": \"2025-01-01\"}"),
						"datasets[0].attributes.collection_end", "collection_end is before collection_start."),
				Arguments.of("an object as an answer", datasets("{\"name\": {\"en\": \"x\"}}"),
						"datasets[0].attributes.name", "name takes text."),
				Arguments.of("a misspelt top-level property", "{\"dataset\": []}", "dataset",
						"This property is not part of the request; check its spelling."),
				Arguments.of("a misspelt dataset property", "{\"datasets\": [{\"atributes\": {}}]}",
						"datasets[0].atributes", "This property is not part of the request"),
				Arguments.of("a misspelt context property",
						"{\"context\": {\"country\": \"KE\", \"context\": [\"active_conflict\"]}, \"datasets\": [{\"attributes\": {}}]}",
						"context.context", "This property is not part of the request"),
				Arguments.of("an answer given twice",
						datasets("{\"aggregation\": \"aggregated\", \"aggregation\": \"record_level\"}"),
						"datasets[0].attributes.aggregation", "This property is given twice."),
				Arguments.of("not JSON", "{\"datasets\": [", "body", "The request body is not valid JSON (line 1"),
				Arguments.of("no body", "", "datasets", "List at least one dataset."),
				Arguments.of("null", "null", "datasets", "List at least one dataset."),
				Arguments.of("no datasets", "{\"datasets\": []}", "datasets", "List at least one dataset."),
				Arguments.of("datasets that are not a list", "{\"datasets\": {\"attributes\": {}}}", "datasets",
						"This value has the wrong type or shape."),
				Arguments.of("answers that are not an object", "{\"datasets\": [{\"attributes\": [\"site\"]}]}",
						"datasets[0].attributes", "This value has the wrong type or shape."),
				Arguments.of("a dataset without answers", "{\"datasets\": [{\"id\": \"a\"}]}", "datasets[0].attributes",
						"Give the dataset’s answers"),
				Arguments.of("a null dataset", "{\"datasets\": [null]}", "datasets[0]",
						"Each dataset must be an object with its attributes."),
				Arguments.of("two datasets with one id",
						"{\"datasets\": [{\"id\": \"a\", \"attributes\": {}}, {\"id\": \"a\", \"attributes\": {}}]}",
						"datasets[1].id", "Another dataset already has the id \"a\"."),
				Arguments.of("a blank id", "{\"datasets\": [{\"id\": \" \", \"attributes\": {}}]}", "datasets[0].id",
						"A dataset id has 1 to 100 characters"),
				Arguments.of("a country name instead of a code",
						"{\"context\": {\"country\": \"Kenya\"}, \"datasets\": [{\"attributes\": {}}]}",
						"context.country", "Give an ISO 3166-1 alpha-2 country code, such as KE."),
				Arguments.of("a context that is no name",
						"{\"context\": {\"contexts\": [\"Active Conflict\"]}, \"datasets\": [{\"attributes\": {}}]}",
						"context.contexts[0]", "A context name has lower-case letters"),
				Arguments.of("contexts that are not a list",
						"{\"context\": {\"contexts\": \"active_conflict\"}, \"datasets\": [{\"attributes\": {}}]}",
						"context.contexts", "This value has the wrong type or shape."));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badRequests")
	void badInputIsA400NamingTheField(String name, String body, String field, String message) {
		HttpResponse<String> response = this.partner.json("POST", EVALUATE, body);
		assertProblem(response, 400);
		assertThat(ErrorResponses.errorPaths(response.body())).as(response.body()).containsExactly(field);
		assertThat(fieldError(response.body(), field)).startsWith(message);
	}

	@Test
	void badInputIsExplainedInFrenchToo() {
		HttpResponse<String> response = this.partner.send(this.partner.request(EVALUATE)
			.header("Accept", "application/json")
			.header("Accept-Language", "fr")
			.header("Content-Type", "application/json")
			.header("X-CSRF-TOKEN", this.partner.csrfToken())
			.POST(BodyPublishers.ofString(datasets("{\"aggregation\": \"summary\"}"))));
		assertProblem(response, 400);
		assertThat(fieldError(response.body(), "datasets[0].attributes.aggregation")).isEqualTo(
				"« summary » n’est pas une option de aggregation ; choisissez parmi : record_level, aggregated.");
	}

	@Test
	void onlyJsonIsAccepted() {
		HttpResponse<String> response = this.partner.send(this.partner.request(EVALUATE)
			.header("Accept", "application/json")
			.header("Content-Type", "text/plain")
			.header("X-CSRF-TOKEN", this.partner.csrfToken())
			.POST(BodyPublishers.ofString(ApiExamples.REQUEST)));
		assertProblem(response, 415);
	}

	@Test
	void theApiIsDocumentedWithExamples() {
		HttpResponse<String> docs = this.partner.getJson("/v3/api-docs");
		assertThat(docs.statusCode()).isEqualTo(200);
		String body = docs.body();
		String operation = "$.paths['/api/v1/classification/evaluate'].post";
		assertThat((Map<String, Object>) JsonPath.read(body,
				operation + ".requestBody.content['application/json'].examples.seed.value"))
			.containsKeys("context", "datasets");
		assertThat((Map<String, Object>) JsonPath.read(body,
				operation + ".responses['200'].content['application/json'].examples.seed.value"))
			.containsKeys("projectLevel", "datasets", "combinations");
		assertThat((Map<String, Object>) JsonPath.read(body,
				operation + ".responses['400'].content['application/problem+json'].examples['unknown option']"))
			.isNotEmpty();
		assertThat((String) JsonPath.read(body, operation + ".requestBody.content['application/json'].schema['$ref']"))
			.endsWith("EvaluationRequest");
		assertThat((Map<String, Object>) JsonPath.read(body, "$.components.schemas.EvaluationResponse")).isNotEmpty();
	}

	private Map<String, Long> rowCounts() {
		List<String> tables = this.jdbc.queryForList(
				"select table_name from information_schema.tables where table_schema = current_schema() "
						+ "and table_type = 'BASE TABLE' and table_name not like 'flyway%' order by table_name",
				String.class);
		return tables.stream()
			.collect(Collectors.toMap((table) -> table,
					(table) -> this.jdbc.queryForObject("select count(*) from \"" + table + "\"", Long.class)));
	}

	static String datasets(String attributes) {
		return "{\"datasets\": [{\"attributes\": " + attributes + "}]}";
	}

	static String manyDatasets(int count) {
		return IntStream.range(0, count)
			.mapToObj((i) -> "{\"attributes\": {\"aggregation\": \"aggregated\", \"location_granularity\": \"site\", "
					+ "\"smallest_count\": " + i + "}}")
			.collect(Collectors.joining(", ", "{\"datasets\": [", "]}"));
	}

}
