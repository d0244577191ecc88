package org.datapact.classification;

import java.util.List;

import org.datapact.classification.domain.RuleSets;

import org.springframework.stereotype.Component;

/**
 * Classifies a project's datasets with the rule set in force. Saves nothing: the caller
 * decides what to keep. Other modules (the questionnaire on submission, the plan) ask
 * here.
 */
@Component
public class Classifier {

	private final RuleSets ruleSets;

	Classifier(RuleSets ruleSets) {
		this.ruleSets = ruleSets;
	}

	/**
	 * Every dataset's level with the rules that fired and why, the combinations found
	 * between pairs of datasets, and the project level.
	 * @throws InvalidFactsException (a 400 in the API) when a dataset's id or answers do
	 * not fit the dataset inventory contract
	 */
	public ProjectEvaluation evaluate(ProjectContext project, List<DatasetFacts> datasets) {
		return this.ruleSets.current().evaluate(project, datasets);
	}

}
