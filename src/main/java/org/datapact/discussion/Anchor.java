package org.datapact.discussion;

import java.util.UUID;

/**
 * Where a discussion thread belongs: its owner (a kind such as {@code questionnaire} and
 * the owner's id), and what in the owner it is about ({@code key}, e.g. a question key or
 * a plan section), optionally one item of it ({@code item}, e.g. a dataset entry) and the
 * owner's version it was started on ({@code version}, e.g. a questionnaire revision).
 */
public record Anchor(String ownerType, UUID ownerId, String key, UUID item, Integer version) {

	public Anchor {
		if (ownerType == null || ownerType.isBlank() || ownerId == null || key == null || key.isBlank()) {
			throw new IllegalArgumentException("A discussion is anchored in an owner and about something in it");
		}
	}

}
