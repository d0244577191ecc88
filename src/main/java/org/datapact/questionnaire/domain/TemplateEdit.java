package org.datapact.questionnaire.domain;

import org.datapact.definition.DefinitionEdit;
import org.datapact.definition.LocalizedText;
import org.datapact.questionnaire.domain.TemplateEditor.Direction;

/**
 * One change an admin asks of a draft template, made by {@link TemplateEditor} and
 * described in the audit log.
 */
public sealed interface TemplateEdit extends DefinitionEdit<TemplateDefinition> {

	record AddSection(String key, LocalizedText title, LocalizedText intro) implements TemplateEdit {

		@Override
		public TemplateDefinition applyTo(TemplateDefinition template) {
			return TemplateEditor.addSection(template, this.key, this.title, this.intro);
		}

		@Override
		public String describe() {
			return "section added: " + this.key;
		}

	}

	record UpdateSection(String sectionKey, String key, LocalizedText title,
			LocalizedText intro) implements TemplateEdit {

		@Override
		public TemplateDefinition applyTo(TemplateDefinition template) {
			return TemplateEditor.updateSection(template, this.sectionKey, this.key, this.title, this.intro);
		}

		@Override
		public String describe() {
			return "section updated: " + this.sectionKey
					+ (this.sectionKey.equals(this.key) ? "" : " (now " + this.key + ")");
		}

	}

	record MoveSection(String sectionKey, Direction direction) implements TemplateEdit {

		@Override
		public TemplateDefinition applyTo(TemplateDefinition template) {
			return TemplateEditor.moveSection(template, this.sectionKey, this.direction);
		}

		@Override
		public String describe() {
			return "section moved " + this.direction.name().toLowerCase(java.util.Locale.ROOT) + ": " + this.sectionKey;
		}

	}

	record RemoveSection(String sectionKey) implements TemplateEdit {

		@Override
		public TemplateDefinition applyTo(TemplateDefinition template) {
			return TemplateEditor.removeSection(template, this.sectionKey);
		}

		@Override
		public String describe() {
			return "section removed: " + this.sectionKey;
		}

	}

	/** Adds a question at the end of a section, or of a group when a group is named. */
	record AddQuestion(String sectionKey, String groupKey, Question question) implements TemplateEdit {

		@Override
		public TemplateDefinition applyTo(TemplateDefinition template) {
			return (this.groupKey != null) ? TemplateEditor.addToGroup(template, this.groupKey, this.question)
					: TemplateEditor.addQuestion(template, this.sectionKey, this.question);
		}

		@Override
		public String describe() {
			return "question added: " + this.question.key() + " in "
					+ ((this.groupKey != null) ? "group " + this.groupKey : "section " + this.sectionKey);
		}

	}

	record UpdateQuestion(String key, Question question) implements TemplateEdit {

		@Override
		public TemplateDefinition applyTo(TemplateDefinition template) {
			return TemplateEditor.updateQuestion(template, this.key, this.question);
		}

		@Override
		public String describe() {
			return "question updated: " + this.key
					+ (this.key.equals(this.question.key()) ? "" : " (now " + this.question.key() + ")");
		}

	}

	record RemoveQuestion(String key) implements TemplateEdit {

		@Override
		public TemplateDefinition applyTo(TemplateDefinition template) {
			return TemplateEditor.removeQuestion(template, this.key);
		}

		@Override
		public String describe() {
			return "question removed: " + this.key;
		}

	}

	record MoveQuestion(String key, Direction direction) implements TemplateEdit {

		@Override
		public TemplateDefinition applyTo(TemplateDefinition template) {
			return TemplateEditor.moveQuestion(template, this.key, this.direction);
		}

		@Override
		public String describe() {
			return "question moved " + this.direction.name().toLowerCase(java.util.Locale.ROOT) + ": " + this.key;
		}

	}

	record MoveToSection(String key, String sectionKey) implements TemplateEdit {

		@Override
		public TemplateDefinition applyTo(TemplateDefinition template) {
			return TemplateEditor.moveToSection(template, this.key, this.sectionKey);
		}

		@Override
		public String describe() {
			return "question moved: " + this.key + " to section " + this.sectionKey;
		}

	}

	record CloneQuestion(String key) implements TemplateEdit {

		@Override
		public TemplateDefinition applyTo(TemplateDefinition template) {
			return TemplateEditor.cloneQuestion(template, this.key);
		}

		@Override
		public String describe() {
			return "question cloned: " + this.key;
		}

	}

}
