package org.datapact.classification;

import java.util.List;
import java.util.Map;

/**
 * Two datasets of one project that can be linked and together meet a combination rule:
 * both are raised to at least the rule's level. The datasets are named in id order; the
 * inputs show, for each, the answers that made the rule fire, and the shared linkage keys
 * (if the rule needs any) show how they link.
 */
public record CombinationFinding(String ruleKey, Level level, String firstDatasetId, String secondDatasetId,
		LocalizedText description, LocalizedText explanation, String reference, List<String> sharedLinkageKeys,
		Map<String, Object> firstInputs, Map<String, Object> secondInputs) {

	public boolean involves(String datasetId) {
		return this.firstDatasetId.equals(datasetId) || this.secondDatasetId.equals(datasetId);
	}

	/** The other dataset of the pair. */
	public String partnerOf(String datasetId) {
		return this.firstDatasetId.equals(datasetId) ? this.secondDatasetId : this.firstDatasetId;
	}

}
