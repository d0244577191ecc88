package org.datapact.classification;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The outcome of classifying a project's datasets with one rule set version: every
 * dataset's classification in the order given, the combinations found (ordered by rule
 * key, then dataset ids) and the project level, the highest of its datasets' levels
 * (Public for a project without datasets). Deterministic: the same rule set, context and
 * datasets always give an equal evaluation, whatever order datasets or rules come in.
 */
public record ProjectEvaluation(String ruleSetId, int ruleSetVersion, Level projectLevel,
		List<DatasetClassification> datasets, List<CombinationFinding> combinations) {

	public Optional<DatasetClassification> dataset(String datasetId) {
		return this.datasets.stream().filter((d) -> d.datasetId().equals(datasetId)).findFirst();
	}

	/** The classifications keyed by dataset id, in id order. */
	public Map<String, DatasetClassification> byDatasetId() {
		Map<String, DatasetClassification> byId = new LinkedHashMap<>();
		this.datasets.stream()
			.sorted(java.util.Comparator.comparing(DatasetClassification::datasetId))
			.forEach((d) -> byId.put(d.datasetId(), d));
		return byId;
	}

}
