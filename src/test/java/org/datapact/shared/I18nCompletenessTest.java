package org.datapact.shared;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * All user-visible text lives in the message bundles: English and French have the same
 * keys, every key a template or a Java class names exists, and no template carries
 * hard-coded text.
 */
class I18nCompletenessTest {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final Path JAVA = Path.of("src/main/java");

	/**
	 * Text nodes: the content between a tag's end and the next tag, when it contains a
	 * letter.
	 */
	private static final Pattern OPEN_TAG_THEN_TEXT = Pattern.compile("<([a-zA-Z][a-zA-Z0-9]*)([^<>]*)>([^<]*)");

	private static final Pattern VISIBLE_ATTRIBUTE = Pattern
		.compile("\\s(aria-label|placeholder|title|alt|value)=\"([^\"]*\\p{L}[^\"]*)\"");

	/**
	 * Attributes that replace an element's content or the element itself (escaped or
	 * not).
	 */
	private static final Pattern REPLACING_ATTRIBUTE = Pattern.compile("th:(u?text|errors|replace|insert)=");

	private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([a-zA-Z][\\w.-]*)[}(]");

	/** A property's key: up to its first unescaped separator. */
	private static final Pattern PROPERTY_KEY = Pattern.compile("((?:\\\\.|[^=:\\s\\\\])+)");

	/** Strings in code that look like message keys but name something else. */
	private static final Set<String> NOT_MESSAGE_KEYS = Set.of("project.country", "project.contexts");

	private static final Pattern JAVA_KEY = Pattern.compile(
			"\"((?:organisation|user|password|token|login|error|audit|home|nav|focalPoint|project|classification|questionnaire|clarification|template|live)\\.[a-zA-Z.]*[a-zA-Z])\"");

	@Test
	void frenchAndEnglishHaveTheSameKeys() throws IOException {
		Set<String> english = keys("i18n/messages.properties");
		Set<String> french = keys("i18n/messages_fr.properties");
		assertThat(difference(english, french)).as("keys missing in French").isEmpty();
		assertThat(difference(french, english)).as("keys only in French").isEmpty();
	}

	@Test
	void noKeyIsDefinedTwice() throws IOException {
		// a bundle keeps the last of two definitions, so the first text is silently lost
		assertThat(definedTwice("i18n/messages.properties")).as("keys defined twice in English").isEmpty();
		assertThat(definedTwice("i18n/messages_fr.properties")).as("keys defined twice in French").isEmpty();
	}

	@Test
	void everyKeyNamedInTemplatesAndCodeExists() throws IOException {
		Set<String> english = keys("i18n/messages.properties");
		Set<String> missing = new TreeSet<>();
		for (Path file : files(TEMPLATES, ".html")) {
			collect(TEMPLATE_KEY, Files.readString(file), english, missing);
		}
		for (Path file : files(JAVA, ".java")) {
			collect(JAVA_KEY, Files.readString(file), english, missing);
		}
		assertThat(missing).as("message keys used but not defined").isEmpty();
	}

	@Test
	void templatesHaveNoHardCodedText() throws IOException {
		List<String> problems = new ArrayList<>();
		for (Path file : files(TEMPLATES, ".html")) {
			String html = Files.readString(file).replaceAll("(?s)<!--.*?-->", "");
			Matcher tag = OPEN_TAG_THEN_TEXT.matcher(html);
			while (tag.find()) {
				String name = tag.group(1);
				String attributes = tag.group(2);
				String text = tag.group(3).strip();
				boolean replaced = REPLACING_ATTRIBUTE.matcher(attributes).find();
				boolean endonym = attributes.contains(" lang=\"");
				boolean code = name.equals("script") || name.equals("style") || name.equals("title");
				if (text.matches("(?s).*\\p{L}.*") && !replaced && !endonym && !code) {
					problems.add(TEMPLATES.relativize(file) + ": <" + name + "> " + text);
				}
				Matcher attribute = VISIBLE_ATTRIBUTE.matcher(attributes);
				while (attribute.find()) {
					boolean shownValue = name.equals("button")
							|| attributes.matches("(?s).*type=\"(submit|button|reset)\".*");
					if (attribute.group(1).equals("value") && !shownValue) {
						continue;
					}
					problems.add(
							TEMPLATES.relativize(file) + ": " + attribute.group(1) + "=\"" + attribute.group(2) + "\"");
				}
			}
		}
		assertThat(problems).as("hard-coded text in templates").isEmpty();
	}

	/**
	 * MessageFormat reads a single apostrophe as the start of quoted text: in a message
	 * with arguments it would vanish and take the argument with it.
	 */
	@Test
	void messagesWithArgumentsHaveNoSingleApostrophe() throws IOException {
		for (String resource : List.of("i18n/messages.properties", "i18n/messages_fr.properties")) {
			Properties properties = new Properties();
			try (InputStream in = I18nCompletenessTest.class.getClassLoader().getResourceAsStream(resource)) {
				properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
			}
			for (String key : properties.stringPropertyNames()) {
				String message = properties.getProperty(key);
				if (message.matches("(?s).*\\{\\d.*")) {
					assertThat(message.replace("''", "")).as(resource + ": " + key).doesNotContain("'");
				}
			}
		}
	}

	@Test
	void theCheckItselfCatchesHardCodedText() {
		Matcher tag = OPEN_TAG_THEN_TEXT.matcher("<p class=\"x\">Hello there</p>");
		assertThat(tag.find()).isTrue();
		assertThat(tag.group(3)).isEqualTo("Hello there");
		assertThat(VISIBLE_ATTRIBUTE.matcher(" placeholder=\"Your name\"").find()).isTrue();
		assertThat(VISIBLE_ATTRIBUTE.matcher(" th:placeholder=\"#{x}\"").find()).isFalse();
	}

	private static void collect(Pattern pattern, String source, Set<String> known, Set<String> missing) {
		Matcher matcher = pattern.matcher(source);
		while (matcher.find()) {
			String key = matcher.group(1);
			if (!known.contains(key) && !NOT_MESSAGE_KEYS.contains(key)) {
				missing.add(key);
			}
		}
	}

	private static Set<String> keys(String resource) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = I18nCompletenessTest.class.getClassLoader().getResourceAsStream(resource)) {
			assertThat(in).as(resource).isNotNull();
			properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return new TreeSet<>(properties.stringPropertyNames());
	}

	private static Set<String> definedTwice(String resource) throws IOException {
		Set<String> seen = new TreeSet<>();
		Set<String> twice = new TreeSet<>();
		boolean continued = false;
		try (InputStream in = I18nCompletenessTest.class.getClassLoader().getResourceAsStream(resource)) {
			assertThat(in).as(resource).isNotNull();
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
				boolean continues = line.endsWith("\\");
				String stripped = line.strip();
				if (!continued && !stripped.isEmpty() && stripped.charAt(0) != '#' && stripped.charAt(0) != '!') {
					Matcher key = PROPERTY_KEY.matcher(stripped);
					if (key.lookingAt() && !seen.add(key.group(1))) {
						twice.add(key.group(1));
					}
				}
				continued = continues;
			}
		}
		return twice;
	}

	private static Set<String> difference(Set<String> a, Set<String> b) {
		Set<String> result = new TreeSet<>(a);
		result.removeAll(b);
		return result;
	}

	private static List<Path> files(Path root, String suffix) throws IOException {
		try (Stream<Path> paths = Files.walk(root)) {
			return paths.filter((p) -> p.toString().endsWith(suffix)).sorted().toList();
		}
	}

}
