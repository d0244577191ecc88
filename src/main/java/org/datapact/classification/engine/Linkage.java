package org.datapact.classification.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * When two datasets of a project count as linkable for a combination rule; every test
 * asked for must pass.
 *
 * @param sameGranularity both answer the same location granularity
 * @param sharedKeys when not {@code null}, both list at least one common linkage key
 * among these ({@code []}: any common key except {@code none})
 * @param overlappingPeriods their collection periods overlap; an unanswered start or end
 * is open-ended, so unknown periods count as overlapping
 */
public record Linkage(boolean sameGranularity, List<String> sharedKeys, boolean overlappingPeriods) {

	public Linkage {
		sharedKeys = (sharedKeys != null) ? Collections.unmodifiableList(new ArrayList<>(sharedKeys)) : null;
	}

	/** Any two datasets of the project. */
	public static Linkage any() {
		return new Linkage(false, null, false);
	}

}
