package org.datapact.classification;

import java.util.List;

import org.datapact.classification.domain.ClassificationService;
import org.datapact.shared.CurrentUser;

import org.springframework.stereotype.Component;

/** The classification module's face towards the dashboard. */
@Component
public class ClassificationReviews {

	private final ClassificationService classifications;

	ClassificationReviews(ClassificationService classifications) {
		this.classifications = classifications;
	}

	/**
	 * For scopers and administrators: projects whose classification review is overdue or
	 * that are marked for re-assessment, most urgent first; empty for anyone else.
	 */
	public List<ReviewItem> needingAttention(CurrentUser viewer) {
		return this.classifications.needingAttention(viewer);
	}

}
