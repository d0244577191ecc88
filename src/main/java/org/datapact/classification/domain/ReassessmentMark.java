package org.datapact.classification.domain;

import java.time.Instant;
import java.util.UUID;

import org.datapact.shared.InvalidRequestException;

/**
 * A project marked for re-assessment because a context started or ended for its country.
 * A mark is open until it is cleared, once: by a scoper's re-run, by a scoper's note, or
 * (for a project with nothing submitted) when its context no longer applies.
 */
final class ReassessmentMark {

	/** Why the project was marked. */
	enum Reason {

		CONTEXT_STARTED, CONTEXT_ENDED

	}

	/** How the mark was cleared. */
	enum Clearance {

		RERUN, CONTEXT_ENDED, NOTE

	}

	/** Longest note accepted. */
	static final int NOTE_MAX = 2000;

	private final UUID id;

	private final UUID projectId;

	private final UUID contextId;

	private final Reason reason;

	private Instant clearedAt;

	private UUID clearedBy;

	private Clearance clearance;

	private String note;

	ReassessmentMark(UUID id, UUID projectId, UUID contextId, Reason reason, Instant clearedAt, UUID clearedBy,
			Clearance clearance, String note) {
		this.id = id;
		this.projectId = projectId;
		this.contextId = contextId;
		this.reason = reason;
		this.clearedAt = clearedAt;
		this.clearedBy = clearedBy;
		this.clearance = clearance;
		this.note = note;
	}

	/**
	 * Clears the mark.
	 * @param by who cleared it; null when the system did
	 * @param note required when a scoper clears it without a re-run
	 * @throws IllegalStateException when the mark is already cleared
	 * @throws InvalidRequestException when a note is required and missing or too long
	 */
	void clear(Clearance how, UUID by, String note, Instant at) {
		if (!isOpen()) {
			throw new IllegalStateException("Re-assessment mark " + this.id + " is already cleared");
		}
		String text = (how == Clearance.NOTE) ? validNote(note) : null;
		this.clearance = how;
		this.clearedBy = by;
		this.note = text;
		this.clearedAt = at;
	}

	/**
	 * A scoper's note, stripped.
	 * @throws InvalidRequestException when it is missing or too long
	 */
	static String validNote(String note) {
		String text = (note != null) ? note.strip() : "";
		if (text.isEmpty()) {
			throw new InvalidRequestException("note", "classification.reassessment.note.required");
		}
		if (text.length() > NOTE_MAX) {
			throw new InvalidRequestException("note", "classification.reassessment.note.tooLong", NOTE_MAX);
		}
		return text;
	}

	boolean isOpen() {
		return this.clearedAt == null;
	}

	UUID id() {
		return this.id;
	}

	UUID projectId() {
		return this.projectId;
	}

	UUID contextId() {
		return this.contextId;
	}

	Reason reason() {
		return this.reason;
	}

	Instant clearedAt() {
		return this.clearedAt;
	}

	UUID clearedBy() {
		return this.clearedBy;
	}

	Clearance clearance() {
		return this.clearance;
	}

	String note() {
		return this.note;
	}

}
