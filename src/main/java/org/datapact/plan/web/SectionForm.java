package org.datapact.plan.web;

import org.datapact.plan.domain.SectionSave;

/**
 * A section's text from the plan page, with the version the editor read. A missing
 * version is refused: a save must say what it was based on.
 */
record SectionForm(String body, Integer version) {

	SectionSave command() {
		return new SectionSave(this.body, this.version);
	}

}
