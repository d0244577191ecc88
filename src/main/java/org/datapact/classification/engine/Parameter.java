package org.datapact.classification.engine;

import java.math.BigDecimal;

import org.datapact.definition.LocalizedText;

/**
 * A named value of a rule set that conditions refer to (e.g. the smallest count {@code k}
 * below which aggregates identify people), and explanations show as {@code {name}}.
 */
public record Parameter(BigDecimal value, LocalizedText description) {

}
