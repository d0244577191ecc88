package org.datapact.classification;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.datapact.classification.domain.ClassificationService;
import org.datapact.classification.domain.ReviewQueue;
import org.datapact.classification.domain.RuleSets;
import org.datapact.shared.CurrentUser;
import org.datapact.shared.ListPage;
import org.datapact.shared.PageQuery;

import org.springframework.stereotype.Component;

/**
 * The classification module's face towards other modules. {@link #evaluate} classifies a
 * project's datasets with the rule set in force and saves nothing; stored results live in
 * the module ({@code ClassificationService}); the dashboard asks here which reviews are
 * due.
 */
@Component
public class Classifier {

	private final RuleSets ruleSets;

	private final ReviewQueue reviews;

	private final ClassificationService classifications;

	Classifier(RuleSets ruleSets, ReviewQueue reviews, ClassificationService classifications) {
		this.ruleSets = ruleSets;
		this.reviews = reviews;
		this.classifications = classifications;
	}

	/**
	 * The project's latest stored classification run, if any, for modules that build on
	 * it (the plan). No viewer check: the caller checked that the viewer sees the
	 * project.
	 */
	public Optional<StoredClassification> current(UUID projectId) {
		return this.classifications.current(projectId);
	}

	/**
	 * For scopers and administrators: projects whose classification review is overdue or
	 * that a change of context marked for re-assessment, overdue first, one page of them;
	 * empty for anyone else.
	 */
	public ListPage<ReviewItem> needingAttention(CurrentUser viewer, PageQuery query) {
		return this.reviews.needingAttention(viewer, query);
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
