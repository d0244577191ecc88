package org.datapact.classification;

/**
 * A dataset's part in a combination finding: the rule (one finding per rule, so the key
 * names the finding) and the level it raises the dataset to.
 */
public record CombinationMembership(String ruleKey, Level level) {

}
