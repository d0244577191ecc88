package org.datapact.classification;

import java.util.List;

/**
 * One dataset's classification: its level (the highest of its own fired rules and of the
 * combinations it is part of, Public when nothing fired), the level its own answers give
 * ({@code ownLevel}), each fired rule, highest level first, and the keys of the
 * combination rules that raised or confirmed it.
 */
public record DatasetClassification(String datasetId, String name, Level level, Level ownLevel,
		List<FiredRule> firedRules, List<CombinationFinding> combinations) {

	public boolean raisedByCombination() {
		return this.level.compareTo(this.ownLevel) > 0;
	}

}
