/**
 * The Data Management Plan of a project, co-created by scopers and the partner (seed
 * 000): plan templates versioned with the definition machinery, one plan per project
 * prefilled when its questionnaire is accepted, sections that carry their own version so
 * that a stale save never overwrites anyone, and a revision for every save. Public API:
 * the {@link org.datapact.plan.Plans} facade and the
 * {@link org.datapact.plan.PlanSectionSaved} event; the plan's place in the project
 * pipeline is a {@link org.datapact.project.ProjectStage}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "definition", "project",
		"questionnaire", "classification", "focalpoint", "organisation", "discussion", "notification" })
package org.datapact.plan;
