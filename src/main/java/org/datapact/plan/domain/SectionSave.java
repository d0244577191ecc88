package org.datapact.plan.domain;

/**
 * A section's new text and the version it was based on (the version the editor read).
 */
public record SectionSave(String body, int basedOn) {
}
