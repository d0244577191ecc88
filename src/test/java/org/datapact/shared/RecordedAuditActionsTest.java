package org.datapact.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every action and kind of record the code records is in the closed sets. An
 * {@link AuditEvent} refuses any other where it is made, so one missing from
 * {@link AuditAction} would turn that action (a lifted sign-in lock, a refused token)
 * into an error at the moment it should be audited. The actions are named by string
 * literals across the modules, some passed on through helpers before the event is made:
 * this reads them all from the sources rather than trusting a list kept by hand.
 */
class RecordedAuditActionsTest {

	private static final Path JAVA = Path.of("src/main/java");

	/** A name in upper snake case: how actions are written, in a literal or the enum. */
	private static final Pattern ACTION_LITERAL = Pattern.compile("\"([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)\"");

	private static final Pattern ACTION_CONSTANT = Pattern.compile("\\bAuditAction\\.([A-Z][A-Z0-9_]+)\\b");

	/** The upper snake case literals that are not actions: environment variables read. */
	private static final Set<String> NOT_ACTIONS = Set.of("DATABASE_URL", "SPRING_DATASOURCE_URL", "DATAPACT_AUDIT_KEY",
			"DATAPACT_ENCRYPTION_KEY");

	private static final Pattern ENTITY_CONSTANT = Pattern.compile("static final String ENTITY = \"([A-Za-z]+)\";");

	private static final Pattern ENTITY_REFERENCE = Pattern.compile("\\b([A-Z][A-Za-z]+)\\.ENTITY\\b");

	/** A kind of record written as a literal where an event is made or a read denied. */
	private static final List<Pattern> ENTITY_LITERALS = List.of(
			Pattern.compile("new AuditEvent\\(\\s*[^,()]+,\\s*\"([A-Za-z]+)\""),
			Pattern.compile("AuditEvent\\.(?:success|refused)\\(\\s*[^,()]+,\\s*[^,()]+,\\s*\"([A-Za-z]+)\""),
			Pattern.compile("hiddenFrom\\(\\s*[^,()]+,\\s*\"([A-Za-z]+)\""));

	@Test
	void everyActionTheCodeRecordsIsAnAuditActionAndEveryAuditActionIsRecorded() throws IOException {
		Map<Path, String> sources = sources();
		Set<String> recorded = new TreeSet<>();
		sources.forEach((file, text) -> {
			if (!file.endsWith(Path.of("shared", "AuditAction.java"))) {
				recorded.addAll(all(ACTION_LITERAL, text));
				recorded.addAll(all(ACTION_CONSTANT, text));
			}
		});
		recorded.removeAll(NOT_ACTIONS);
		// the reading finds the actions of every module, the security ones among them
		assertThat(recorded).contains("PROJECT_CREATED", "SIGN_IN_LOCK_LIFTED", "SIGN_IN_UNLOCK_OFFERED",
				"API_TOKEN_SCOPE_REFUSED", "API_WRITES_LIMITED", "AUDIT_NOISE_SUMMARY", "ACCESS_DENIED");
		Set<String> listed = Arrays.stream(AuditAction.values()).map(Enum::name).collect(Collectors.toSet());
		assertThat(recorded).as("actions recorded but missing from AuditAction").isSubsetOf(listed);
		assertThat(listed).as("AuditAction lists actions nothing records").isSubsetOf(recorded);
	}

	@Test
	void everyKindOfRecordTheCodeAuditsIsAnAuditEntityType() throws IOException {
		Map<Path, String> sources = sources();
		Map<String, String> entityOfClass = new HashMap<>();
		sources.forEach((file, text) -> all(ENTITY_CONSTANT, text)
			.forEach((entity) -> entityOfClass.put(className(file), entity)));
		Set<String> audited = new TreeSet<>();
		sources.forEach((file, text) -> {
			if (!text.contains("AuditEvent")) {
				return;
			}
			// the kinds of record of the classes that make events, and of those whose
			// constant they use
			if (entityOfClass.containsKey(className(file))) {
				audited.add(entityOfClass.get(className(file)));
			}
			all(ENTITY_REFERENCE, text).stream()
				.filter(entityOfClass::containsKey)
				.forEach((owner) -> audited.add(entityOfClass.get(owner)));
			ENTITY_LITERALS.forEach((pattern) -> audited.addAll(all(pattern, text)));
		});
		assertThat(audited).contains("Project", "FocalPoint", "ClassificationRuleSet", "QuestionnaireTemplate",
				"SignInLock", "ApiToken", "HandoverItem");
		assertThat(audited).allSatisfy((entity) -> assertThat(AuditEntityType.of(entity)).as(entity).isPresent());
	}

	private static Map<Path, String> sources() throws IOException {
		try (Stream<Path> files = Files.walk(JAVA)) {
			return files.filter((file) -> file.toString().endsWith(".java"))
				.collect(Collectors.toMap((file) -> file, RecordedAuditActionsTest::read));
		}
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String className(Path file) {
		String name = file.getFileName().toString();
		return name.substring(0, name.length() - ".java".length());
	}

	private static Set<String> all(Pattern pattern, String text) {
		Set<String> found = new TreeSet<>();
		Matcher matcher = pattern.matcher(text);
		while (matcher.find()) {
			found.add(matcher.group(1));
		}
		return found;
	}

}
