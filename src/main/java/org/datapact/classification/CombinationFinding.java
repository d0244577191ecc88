package org.datapact.classification;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.datapact.definition.LocalizedText;

/**
 * The datasets of one project that a combination rule raises: each of them can be linked
 * with at least one other that, together with it, meets the rule, so all of them are at
 * least at the rule's level. One finding per rule, naming the datasets involved rather
 * than every pair, so that a finding grows with the datasets and never with their pairs.
 * Datasets are listed in id order; the inputs show, for each, the answers that made the
 * rule fire for it, and the shared linkage keys are those (other than {@code none}) that
 * at least two of the datasets list.
 */
public record CombinationFinding(String ruleKey, Level level, LocalizedText description, LocalizedText explanation,
		String reference, List<String> datasetIds, List<String> sharedLinkageKeys,
		Map<String, Map<String, Object>> inputs) {

	public CombinationFinding {
		datasetIds = (datasetIds != null) ? List.copyOf(datasetIds) : List.of();
		sharedLinkageKeys = (sharedLinkageKeys != null) ? List.copyOf(sharedLinkageKeys) : List.of();
		inputs = (inputs != null) ? Collections.unmodifiableMap(new TreeMap<>(inputs)) : Map.of();
	}

	public boolean involves(String datasetId) {
		return Collections.binarySearch(this.datasetIds, datasetId) >= 0;
	}

	/** The answers that made the rule fire for one of its datasets (empty for others). */
	public Map<String, Object> inputsOf(String datasetId) {
		return this.inputs.getOrDefault(datasetId, Map.of());
	}

}
