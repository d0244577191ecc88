package org.datapact.questionnaire.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Two sets of answers side by side, question by question in template order; entries of a
 * repeating group are matched by their identity, so a dataset added or removed between
 * revisions shows as such.
 */
public final class RevisionComparison {

	private RevisionComparison() {
	}

	/** One line of the comparison; {@code entryNumber} is 0 outside repeating groups. */
	public record Line(Section section, Question question, UUID entryId, int entryNumber, String entryName,
			Object before, Object after) {

		public boolean changed() {
			return !Objects.equals(this.before, this.after);
		}

	}

	public static List<Line> compare(TemplateDefinition template, AnswerSet before, AnswerSet after) {
		List<Line> lines = new ArrayList<>();
		for (Section section : template.sections()) {
			for (Question question : section.questions()) {
				if (!question.isGroup()) {
					lines.add(new Line(section, question, null, 0, null, before.get(question.key()),
							after.get(question.key())));
					continue;
				}
				Map<UUID, AnswerSet.Entry> was = byId(before.entries(question.key()));
				Map<UUID, AnswerSet.Entry> now = byId(after.entries(question.key()));
				Set<UUID> ids = new LinkedHashSet<>(now.keySet());
				ids.addAll(was.keySet());
				int number = 0;
				for (UUID id : ids) {
					number++;
					AnswerSet.Entry old = was.get(id);
					AnswerSet.Entry current = now.get(id);
					Object name = (current != null) ? current.get("name") : old.get("name");
					for (Question child : question.questions()) {
						lines.add(new Line(section, child, id, number, (name != null) ? String.valueOf(name) : "",
								(old != null) ? old.get(child.key()) : null,
								(current != null) ? current.get(child.key()) : null));
					}
				}
			}
		}
		return lines;
	}

	private static Map<UUID, AnswerSet.Entry> byId(List<AnswerSet.Entry> entries) {
		return entries.stream()
			.collect(Collectors.toMap(AnswerSet.Entry::id, Function.identity(), (a, b) -> a,
					java.util.LinkedHashMap::new));
	}

}
