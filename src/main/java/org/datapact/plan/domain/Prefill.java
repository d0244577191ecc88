package org.datapact.plan.domain;

/**
 * What a plan section's generated part is made from. Generated parts are computed from
 * the questionnaire, the classification and the focal points each time the plan is shown,
 * so they always agree with them; what people write beside them is theirs.
 */
public enum Prefill {

	/** Nothing: the section is narrative only. */
	NONE,
	/** Project, partner, champion, scopers and both sides' focal points. */
	CONTACTS,
	/** The dataset inventory of the accepted questionnaire. */
	DATASETS,
	/**
	 * Each dataset's level, the rules that fired, the rule set and the review-by date.
	 */
	CLASSIFICATION,
	/** Sharing per dataset by urgency (IOM Table B); Secret data out of scope. */
	SHARING,
	/** Each dataset's deletion date. */
	RETENTION

}
