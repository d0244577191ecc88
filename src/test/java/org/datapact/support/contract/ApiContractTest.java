package org.datapact.support.contract;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.function.Consumer;

import org.datapact.shared.Role;
import org.datapact.support.Fixtures;
import org.datapact.support.LiveClient;
import org.datapact.support.LiveServerTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contract check catches what it must: real interactions with the running server,
 * which pass against the application's document, fail against a document changed in one
 * place, as they would if the server changed without its document.
 */
@LiveServerTest
class ApiContractTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Test
	void aResponseFieldOfAnotherTypeFails() {
		ApiInteraction me = me();
		assertThat(ApiContract.get().problems(me)).isEmpty();
		assertThat(against((doc) -> schema(doc, "CurrentUser").withObject("properties")
			.withObject("username")
			.put("type", "integer"), me)).anySatisfy((problem) -> assertThat(problem).contains("username"));
	}

	@Test
	void aMissingRequiredFieldFails() {
		ApiInteraction me = me();
		assertThat(against((doc) -> schema(doc, "CurrentUser").withArray("required").add("nickname"), me))
			.anySatisfy((problem) -> assertThat(problem).contains("nickname"));
	}

	@Test
	void anUndocumentedStatusFails() {
		ApiInteraction me = me();
		assertThat(against((doc) -> doc.withObject("paths")
			.withObjectProperty("/api/v1/me")
			.withObject("get")
			.withObject("responses")
			.remove("200"), me)).anySatisfy((problem) -> assertThat(problem).contains("200"));
	}

	@Test
	void anotherContentTypeFails() {
		ApiInteraction me = me();
		assertThat(against((doc) -> {
			ObjectNode content = doc.withObject("paths")
				.withObjectProperty("/api/v1/me")
				.withObject("get")
				.withObject("responses")
				.withObject("200")
				.withObject("content");
			content.set("text/csv", content.remove("application/json"));
		}, me)).anySatisfy((problem) -> assertThat(problem).containsIgnoringCase("content"));
	}

	@Test
	void aRequestTheDocumentRejectsButTheServerAcceptsFails() {
		LiveClient client = new LiveClient(this.port).signIn(this.fixtures.user(this.fixtures.partner(), Role.PARTNER));
		HttpRequest.Builder request = client.request("/api/v1/me/tokens")
			.header("Accept", "application/json")
			.header("Content-Type", "application/json")
			.header("X-CSRF-TOKEN", client.csrfToken())
			.POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"Contract check\", \"validDays\": 30}"));
		HttpResponse<String> response = client.send(request);
		assertThat(response.statusCode()).isEqualTo(201);
		ApiInteraction created = LiveInteractions.of(request.build(), response);
		assertThat(ApiContract.get().problems(created)).isEmpty();
		assertThat(against(
				(doc) -> schema(doc, "TokenForm").withObject("properties").withObject("validDays").put("maximum", 7),
				created))
			.anySatisfy((problem) -> assertThat(problem).contains("accepted a request that the document rejects"));
	}

	@Test
	void anUndocumentedOperationThatAnswersFails() {
		ApiInteraction me = me();
		assertThat(against((doc) -> doc.withObject("paths").remove("/api/v1/me"), me))
			.anySatisfy((problem) -> assertThat(problem).contains("no such operation"));
	}

	private ApiInteraction me() {
		LiveClient client = new LiveClient(this.port).signIn(this.fixtures.user(this.fixtures.partner(), Role.PARTNER));
		HttpRequest.Builder request = client.request("/api/v1/me").header("Accept", "application/json").GET();
		HttpResponse<String> response = client.send(request);
		assertThat(response.statusCode()).isEqualTo(200);
		return LiveInteractions.of(request.build(), response);
	}

	private static ObjectNode schema(ObjectNode document, String name) {
		return document.withObject("components").withObject("schemas").withObject(name);
	}

	private static java.util.List<String> against(Consumer<ObjectNode> change, ApiInteraction interaction) {
		ObjectNode document = (ObjectNode) JSON.readTree(ApiContract.get().document());
		change.accept(document);
		return ApiContract.of(JSON.writeValueAsString(document)).problems(interaction);
	}

}
