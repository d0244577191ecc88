package org.datapact.plan.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.datapact.definition.LocalizedText;
import org.datapact.definition.Problem;

/**
 * The content of one plan template version: its key, title and ordered sections.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record PlanTemplateDefinition(String key, LocalizedText title, List<PlanTemplateSection> sections) {

	/** Most sections a plan may have. */
	public static final int MAX_SECTIONS = 50;

	/** Longest title, in any language. */
	public static final int MAX_TITLE = 500;

	/** Longest guidance or starter text, in any language. */
	public static final int MAX_TEXT = 5000;

	private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_]{0,62}");

	public PlanTemplateDefinition {
		title = (title != null) ? title : LocalizedText.EMPTY;
		sections = (sections != null) ? List.copyOf(sections) : List.of();
	}

	public Optional<PlanTemplateSection> section(String sectionKey) {
		return this.sections.stream().filter((s) -> s.key().equals(sectionKey)).findFirst();
	}

	/** What stops this template from being published; empty when nothing does. */
	public List<Problem> problems() {
		List<Problem> problems = new ArrayList<>();
		if (this.key == null || !KEY.matcher(this.key).matches()) {
			problems.add(Problem.of("key", "plan.template.problem.key"));
		}
		if (!this.title.has(LocalizedText.FALLBACK)) {
			problems.add(Problem.of("title", "plan.template.problem.title"));
		}
		checkLength(problems, "title", this.title, MAX_TITLE);
		if (this.sections.isEmpty()) {
			problems.add(Problem.of("sections", "plan.template.problem.noSections"));
		}
		if (this.sections.size() > MAX_SECTIONS) {
			problems.add(Problem.of("sections", "plan.template.problem.tooManySections", MAX_SECTIONS));
		}
		Set<String> keys = new HashSet<>();
		for (int i = 0; i < this.sections.size(); i++) {
			PlanTemplateSection section = this.sections.get(i);
			String path = "sections[" + i + "]";
			if (section.key() == null || !KEY.matcher(section.key()).matches()) {
				problems.add(Problem.of(path + ".key", "plan.template.problem.key"));
			}
			else if (!keys.add(section.key())) {
				problems.add(Problem.of(path + ".key", "plan.template.problem.duplicateKey", section.key()));
			}
			if (!section.title().has(LocalizedText.FALLBACK)) {
				problems.add(Problem.of(path + ".title", "plan.template.problem.title"));
			}
			checkLength(problems, path + ".title", section.title(), MAX_TITLE);
			checkLength(problems, path + ".guidance", section.guidance(), MAX_TEXT);
			checkLength(problems, path + ".starter", section.starter(), MAX_TEXT);
		}
		return problems;
	}

	private static void checkLength(List<Problem> problems, String path, LocalizedText text, int max) {
		if (text.texts().values().stream().anyMatch((t) -> t.length() > max)) {
			problems.add(Problem.of(path, "plan.template.problem.tooLong", max));
		}
	}

}
