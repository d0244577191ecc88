package org.datapact.classification;

import java.util.UUID;

/**
 * A classification run stored a dataset's result: the level the rules computed and the
 * final level after a standing override, with the run and the rule set version.
 */
public record DatasetClassified(UUID projectId, String datasetId, Level computedLevel, Level finalLevel, UUID runId,
		String ruleSetId, int ruleSetVersion, String trigger) {
}
