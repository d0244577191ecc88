package org.datapact.classification.domain;

import org.datapact.classification.ProjectEvaluation;

/**
 * Sample datasets classified by a draft and by the rule set in force, side by side.
 */
public record BenchComparison(ProjectEvaluation draft, ProjectEvaluation published) {

}
