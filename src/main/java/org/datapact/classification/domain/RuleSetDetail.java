package org.datapact.classification.domain;

import org.datapact.classification.engine.RuleSet;

/** A rule set version with its rules. */
public record RuleSetDetail(RuleSetSummary summary, RuleSet definition) {

}
