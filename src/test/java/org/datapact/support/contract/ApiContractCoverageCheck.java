package org.datapact.support.contract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Run by Failsafe after the whole unit and integration suite: every operation of the
 * committed document ({@code docs/openapi.json}, which {@code OpenApiDocumentTest} holds
 * equal to what the application serves) was called at least once through the contract
 * check ({@link ApiContract#RECORD}). A new endpoint without an API test fails the build
 * here. Prints how many interactions were checked. Skipped when Surefire ran a subset
 * ({@code -Dtest=…}).
 */
class ApiContractCoverageCheck {

	private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

	@Test
	void everyDocumentedOperationWasExercised() throws IOException {
		String subset = System.getProperty("api.contract.subset", "");
		Assumptions.assumeTrue(subset.isEmpty() || subset.startsWith("$"),
				"Surefire ran a subset of the tests (-Dtest=" + subset + ")");
		assertThat(ApiContract.RECORD).as("interactions recorded by the contract check").exists();
		List<String[]> interactions = Files.readAllLines(ApiContract.RECORD, StandardCharsets.UTF_8)
			.stream()
			.filter((line) -> !line.isBlank())
			.map((line) -> line.split("\t"))
			.toList();
		Map<String, Set<String>> statuses = new TreeMap<>();
		interactions.forEach((fields) -> statuses
			.computeIfAbsent(fields[0].toLowerCase() + " " + fields[1], (key) -> new TreeSet<>())
			.add(fields[2]));
		JsonNode document = JsonMapper.builder().build().readTree(Files.readString(Path.of("docs", "openapi.json")));
		Set<String> documented = new TreeSet<>();
		document.get("paths").properties().forEach((path) -> path.getValue().properties().forEach((operation) -> {
			if (METHODS.contains(operation.getKey())) {
				documented.add(operation.getKey() + " " + path.getKey());
			}
		}));
		System.out.printf(
				"[api-contract] %d operations documented; %d requests and responses checked against "
						+ "the document; statuses seen per operation:%n%s%n",
				documented.size(), interactions.size(),
				statuses.entrySet()
					.stream()
					.map((entry) -> "  " + entry.getKey() + " " + entry.getValue())
					.collect(Collectors.joining("\n")));
		Set<String> missed = new TreeSet<>(documented);
		missed.removeAll(statuses.keySet());
		assertThat(missed).as("documented operations no API test calls").isEmpty();
	}

}
