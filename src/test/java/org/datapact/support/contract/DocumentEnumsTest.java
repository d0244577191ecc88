package org.datapact.support.contract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import org.datapact.classification.Level;
import org.datapact.classification.OverrideStatus;
import org.datapact.classification.RunTrigger;
import org.datapact.classification.domain.OverrideService;
import org.datapact.focalpoint.FocalPointFlag;
import org.datapact.focalpoint.FocalPointRole;
import org.datapact.focalpoint.domain.FocalPointView;
import org.datapact.organisation.OrganisationKind;
import org.datapact.project.ProjectRole;
import org.datapact.project.ProjectStatus;
import org.datapact.questionnaire.QuestionnaireStatus;
import org.datapact.questionnaire.domain.DisplayCondition;
import org.datapact.questionnaire.domain.QuestionType;
import org.datapact.questionnaire.domain.ReviewOutcome;
import org.datapact.plan.domain.PlanStatus;
import org.datapact.plan.domain.Prefill;
import org.datapact.security.SignInLock;
import org.datapact.security.domain.TokenScope;
import org.datapact.shared.AuditAction;
import org.datapact.shared.AuditEntityType;
import org.datapact.shared.AuditEvent;
import org.datapact.shared.Role;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every closed set of the committed document ({@code docs/openapi.json}, held equal to
 * what the application serves by {@code OpenApiDocumentTest}) lists exactly the values of
 * the server's Java enum behind it, as Jackson writes them: each {@code enum} found
 * anywhere in the document (a named schema, a nullable copy in a property, a parameter)
 * must be claimed by an entry below, or the test fails. The display conditions' types are
 * checked against the names their Java interface declares. The values of the {@code sort}
 * parameters are not a Java enum: they are made from each operation's {@code @Paged}
 * annotation, the same one that checks the parameter.
 */
class DocumentEnumsTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** Where a closed set appears in the document, and the Java enum it stands for. */
	private static final Map<String, Class<? extends Enum<?>>> ENUMS = new LinkedHashMap<>();

	static {
		// named schemas, shared by every property and parameter that refers to them
		ENUMS.put("#/components/schemas/Role", Role.class);
		ENUMS.put("#/components/schemas/ProjectRole", ProjectRole.class);
		ENUMS.put("#/components/schemas/ProjectStatus", ProjectStatus.class);
		ENUMS.put("#/components/schemas/OrganisationKind", OrganisationKind.class);
		ENUMS.put("#/components/schemas/FocalPointRole", FocalPointRole.class);
		ENUMS.put("#/components/schemas/Status", FocalPointView.Status.class);
		ENUMS.put("#/components/schemas/Reason", FocalPointFlag.Reason.class);
		ENUMS.put("#/components/schemas/Level", Level.class);
		ENUMS.put("#/components/schemas/QuestionType", QuestionType.class);
		ENUMS.put("#/components/schemas/QuestionnaireStatus", QuestionnaireStatus.class);
		ENUMS.put("#/components/schemas/Outcome", AuditEvent.Outcome.class);
		ENUMS.put("#/components/schemas/RunTrigger", RunTrigger.class);
		ENUMS.put("#/components/schemas/AuditAction", AuditAction.class);
		ENUMS.put("#/components/schemas/AuditEntityType", AuditEntityType.class);
		ENUMS.put("#/components/schemas/OverrideStatus", OverrideStatus.class);
		ENUMS.put("#/components/schemas/OverrideOutcome", OverrideService.Outcome.class);
		ENUMS.put("#/components/schemas/TokenScope", TokenScope.class);
		// the sign-in lock's kind, which the document names Kind
		ENUMS.put("#/components/schemas/Kind", SignInLock.Kind.class);
		ENUMS.put("#/components/schemas/PlanStatus", PlanStatus.class);
		ENUMS.put("#/components/schemas/Prefill", Prefill.class);
		// nullable copies of a closed set in a property (a reference cannot be nullable)
		ENUMS.put("#/components/schemas/RevisionSummary/properties/outcome", ReviewOutcome.class);
		ENUMS.put("#/components/schemas/AuditEntryResponse/properties/entityType", AuditEntityType.class);
		ENUMS.put("#/components/schemas/TokenForm/properties/scope", TokenScope.class);
		ENUMS.put("#/components/schemas/PlanDataset/properties/level", Level.class);
	}

	/** Path parameters that name a closed set in lower case. */
	private static final Map<String, Class<? extends Enum<?>>> LOWER_CASE_PATH_PARAMETERS = Map.of("role",
			FocalPointRole.class);

	@Test
	void everyClosedSetOfTheDocumentIsTheServersEnum() throws IOException {
		JsonNode document = JSON.readTree(Files.readString(Path.of("docs", "openapi.json"), StandardCharsets.UTF_8));
		Map<String, List<String>> found = new LinkedHashMap<>();
		collect(document, "#", found);
		List<String> problems = new ArrayList<>();
		Set<String> claimed = new TreeSet<>();
		int checked = 0;
		for (Map.Entry<String, List<String>> entry : found.entrySet()) {
			String where = entry.getKey();
			List<String> values = entry.getValue();
			Class<? extends Enum<?>> server = ENUMS.get(where);
			if (server != null) {
				claimed.add(where);
				checked++;
				compare(where, values, jsonValues(server), problems);
				continue;
			}
			JsonNode parameter = parameterAt(document, where);
			if (parameter != null && "sort".equals(parameter.path("name").asString())) {
				continue;
			}
			if (parameter != null && "path".equals(parameter.path("in").asString())
					&& LOWER_CASE_PATH_PARAMETERS.containsKey(parameter.path("name").asString())) {
				checked++;
				compare(where, values, Arrays
					.stream(LOWER_CASE_PATH_PARAMETERS.get(parameter.path("name").asString()).getEnumConstants())
					.map((constant) -> constant.name().toLowerCase(Locale.ROOT))
					.toList(), problems);
				continue;
			}
			if (where.matches("#/components/schemas/\\w+Condition/properties/type")) {
				checked++;
				continue; // the discriminator's values, checked below
			}
			problems.add(where + " lists " + values + " but is not claimed by any of the server's enums");
		}
		Set<String> unclaimed = new TreeSet<>(ENUMS.keySet());
		unclaimed.removeAll(claimed);
		unclaimed.forEach((where) -> problems.add(where + " is no longer a closed set of the document"));
		conditionTypes(document, problems);
		System.out.printf("[api-contract] %d closed sets of the document checked against the server's enums%n",
				checked);
		assertThat(checked).isGreaterThanOrEqualTo(ENUMS.size());
		assertThat(problems).isEmpty();
	}

	/**
	 * The display condition's {@code type}: the discriminator maps exactly the names the
	 * Java interface declares, each to a schema whose {@code type} allows only that name.
	 */
	private static void conditionTypes(JsonNode document, List<String> problems) {
		JsonNode schemas = document.path("components").path("schemas");
		JsonNode mapping = schemas.path("DisplayCondition").path("discriminator").path("mapping");
		Set<String> declared = new TreeSet<>();
		for (JsonSubTypes.Type type : DisplayCondition.class.getAnnotation(JsonSubTypes.class).value()) {
			declared.add(type.name());
		}
		Set<String> documented = new TreeSet<>(mapping.propertyNames());
		if (!documented.equals(declared)) {
			problems.add("DisplayCondition's discriminator maps " + documented + ", the server reads " + declared);
		}
		mapping.properties().forEach((entry) -> {
			String schema = entry.getValue().asString().replace("#/components/schemas/", "");
			List<String> values = new ArrayList<>();
			schemas.path(schema).path("properties").path("type").path("enum").forEach((v) -> values.add(v.asString()));
			if (!values.equals(List.of(entry.getKey()))) {
				problems.add(schema + ".type allows " + values + ", not only " + entry.getKey());
			}
		});
	}

	private static void compare(String where, List<String> documented, List<String> server, List<String> problems) {
		List<String> withoutNull = documented.stream().filter((value) -> value != null).toList();
		if (!new LinkedHashSet<>(withoutNull).equals(new LinkedHashSet<>(server))
				|| withoutNull.size() != server.size()) {
			problems.add(where + " lists " + withoutNull + ", the server's enum " + server);
		}
	}

	/** The constants as Jackson writes them (by their {@code @JsonValue}, if any). */
	private static List<String> jsonValues(Class<? extends Enum<?>> type) {
		return Arrays.stream(type.getEnumConstants()).map((constant) -> JSON.valueToTree(constant).asString()).toList();
	}

	private static void collect(JsonNode node, String pointer, Map<String, List<String>> found) {
		if (node.isObject()) {
			if (node.path("enum").isArray()) {
				List<String> values = new ArrayList<>();
				node.path("enum").forEach((value) -> values.add(value.isNull() ? null : value.asString()));
				found.put(pointer, values);
			}
			node.properties().forEach((entry) -> {
				if (!"enum".equals(entry.getKey())) {
					collect(entry.getValue(), pointer + "/" + entry.getKey().replace("~", "~0").replace("/", "~1"),
							found);
				}
			});
		}
		else if (node.isArray()) {
			for (int i = 0; i < node.size(); i++) {
				collect(node.get(i), pointer + "/" + i, found);
			}
		}
	}

	/** The parameter whose schema is at this JSON pointer, if it is one. */
	private static JsonNode parameterAt(JsonNode document, String pointer) {
		if (!pointer.endsWith("/schema") || !pointer.contains("/parameters/")) {
			return null;
		}
		return document.at(pointer.substring(1, pointer.length() - "/schema".length()));
	}

}
