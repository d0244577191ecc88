package org.datapact.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.datapact.support.IntegrationTest;
import org.datapact.support.contract.ApiContractContextCustomizerFactory;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The OpenAPI document is committed as {@code docs/openapi.json}, so that every change of
 * the API shows in review; the build fails when the running application's document
 * differs from it. After a deliberate change, write the new one with
 * {@code ./mvnw test -Dtest=OpenApiDocumentTest -Dopenapi.write=true} and commit it.
 */
@IntegrationTest
@AutoConfigureMockMvc
class OpenApiDocumentTest {

	static final Path COMMITTED = Path.of("docs", "openapi.json");

	private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	@Autowired
	WebApplicationContext context;

	@Test
	void theCommittedDocumentIsTheOneTheApplicationServes() throws IOException {
		JsonNode served = JSON.readTree(ApiContractContextCustomizerFactory.document(this.context));
		if (Boolean.getBoolean("openapi.write")) {
			Files.createDirectories(COMMITTED.getParent());
			Files.writeString(COMMITTED, JSON.writeValueAsString(served) + "\n", StandardCharsets.UTF_8);
		}
		assertThat(COMMITTED).as("docs/openapi.json: write it with -Dopenapi.write=true").exists();
		JsonNode committed = JSON.readTree(Files.readString(COMMITTED, StandardCharsets.UTF_8));
		List<String> differences = new ArrayList<>();
		compare("$", committed, served, differences);
		if (!differences.isEmpty()) {
			fail("The API changed but docs/openapi.json did not. Review the change, then run "
					+ "./mvnw test -Dtest=OpenApiDocumentTest -Dopenapi.write=true and commit docs/openapi.json. "
					+ "Differences (committed → served):\n  "
					+ String.join("\n  ", differences.subList(0, Math.min(30, differences.size()))));
		}
	}

	private static void compare(String path, JsonNode committed, JsonNode served, List<String> differences) {
		if (committed == null || served == null || committed.getNodeType() != served.getNodeType()
				|| (!committed.isContainer() && !committed.equals(served))) {
			differences.add(path + ": " + text(committed) + " → " + text(served));
			return;
		}
		if (committed.isObject()) {
			for (Map.Entry<String, JsonNode> entry : committed.properties()) {
				compare(path + "." + entry.getKey(), entry.getValue(), served.get(entry.getKey()), differences);
			}
			for (Map.Entry<String, JsonNode> entry : served.properties()) {
				if (!committed.has(entry.getKey())) {
					differences.add(path + "." + entry.getKey() + ": (none) → " + text(entry.getValue()));
				}
			}
		}
		else if (committed.isArray()) {
			if (committed.size() != served.size()) {
				differences.add(path + ": " + committed.size() + " items → " + served.size() + " items");
			}
			for (int i = 0; i < Math.min(committed.size(), served.size()); i++) {
				compare(path + "[" + i + "]", committed.get(i), served.get(i), differences);
			}
		}
	}

	private static String text(JsonNode node) {
		if (node == null) {
			return "(none)";
		}
		String text = node.toString();
		return (text.length() > 120) ? text.substring(0, 120) + "…" : text;
	}

}
