package org.datapact.questionnaire.web;

import org.datapact.definition.LocalizedText;
import org.datapact.definition.LockVersion;
import org.datapact.questionnaire.domain.Section;
import org.datapact.questionnaire.domain.TemplateDefinition;

import org.springframework.validation.Errors;

/** A section's key, title and introduction in English and French, as typed. */
record SectionForm(String lockVersion, String key, String titleEn, String titleFr, String introEn, String introFr) {

	static final int TITLE_MAX = 300;

	static final int INTRO_MAX = 5000;

	static SectionForm blank(long lockVersion) {
		return new SectionForm(String.valueOf(lockVersion), "", "", "", "", "");
	}

	static SectionForm of(Section section, long lockVersion) {
		return new SectionForm(String.valueOf(lockVersion), section.key(), section.title().in("en"),
				section.title().in("fr"), section.intro().in("en"), section.intro().in("fr"));
	}

	SectionForm withLockVersion(long newLockVersion) {
		return new SectionForm(String.valueOf(newLockVersion), this.key, this.titleEn, this.titleFr, this.introEn,
				this.introFr);
	}

	/** The version of the draft the form was filled in on. */
	long lock() {
		return LockVersion.parse(this.lockVersion);
	}

	/** Checks the input; the errors say what is wrong. */
	void validate(Errors errors) {
		String sectionKey = QuestionForm.strip(this.key);
		if (sectionKey.isEmpty()) {
			errors.rejectValue("key", "template.form.key.required");
		}
		else if (!TemplateDefinition.isKey(sectionKey)) {
			errors.rejectValue("key", "template.problem.badKey",
					new Object[] { (sectionKey.length() > 70) ? sectionKey.substring(0, 69) + "…" : sectionKey }, null);
		}
		if (QuestionForm.strip(this.titleEn).isEmpty()) {
			errors.rejectValue("titleEn", "template.form.titleEn.required");
		}
		length(errors, "titleEn", this.titleEn, TITLE_MAX);
		length(errors, "titleFr", this.titleFr, TITLE_MAX);
		length(errors, "introEn", this.introEn, INTRO_MAX);
		length(errors, "introFr", this.introFr, INTRO_MAX);
	}

	String sectionKey() {
		return QuestionForm.strip(this.key);
	}

	LocalizedText title() {
		return LocalizedText.of(QuestionForm.strip(this.titleEn), QuestionForm.strip(this.titleFr));
	}

	LocalizedText intro() {
		return LocalizedText.of(QuestionForm.strip(this.introEn), QuestionForm.strip(this.introFr));
	}

	private static void length(Errors errors, String field, String text, int max) {
		if (QuestionForm.strip(text).length() > max) {
			errors.rejectValue(field, "template.form.tooLong", new Object[] { max }, null);
		}
	}

}
