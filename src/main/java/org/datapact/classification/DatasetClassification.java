package org.datapact.classification;

import java.util.List;

/**
 * One dataset's classification: its level (the highest of its own level and of the
 * combinations it is part of), the level its own answers give ({@code ownLevel}: the
 * highest of its fired rules, or the rule set's default level when no rule fired), each
 * fired rule, highest level first, the combination findings it is part of (by rule key,
 * which names the finding), and the rule set's default level when it applied
 * ({@code defaultLevel}, null otherwise).
 */
public record DatasetClassification(String datasetId, String name, Level level, Level ownLevel,
		List<FiredRule> firedRules, List<CombinationMembership> combinations, DefaultLevel defaultLevel) {

	/**
	 * Whether no rule determined the dataset's own level, so that a scoper must confirm
	 * it.
	 */
	public boolean needsConfirmation() {
		return this.defaultLevel != null;
	}

	public boolean raisedByCombination() {
		return this.level.compareTo(this.ownLevel) > 0;
	}

}
