package org.datapact.classification;

import java.util.List;

/**
 * One dataset's classification: its level (the highest of its own fired rules and of the
 * combinations it is part of, Public when nothing fired), the level its own answers give
 * ({@code ownLevel}), each fired rule, highest level first, and the combination findings
 * it is part of (by rule key, which names the finding).
 */
public record DatasetClassification(String datasetId, String name, Level level, Level ownLevel,
		List<FiredRule> firedRules, List<CombinationMembership> combinations) {

	public boolean raisedByCombination() {
		return this.level.compareTo(this.ownLevel) > 0;
	}

}
