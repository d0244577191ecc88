package org.datapact.classification;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.datapact.definition.LocalizedText;

/**
 * What a rule set says about a dataset that none of its rules determines: the level it
 * gets (when in doubt, err on the safe side), why, and the reference. Such a dataset
 * needs a scoper's confirmation; Public is only ever the finding of a rule.
 */
@JsonPropertyOrder({ "level", "description", "explanation", "reference" })
public record DefaultLevel(Level level, LocalizedText description, LocalizedText explanation, String reference) {

}
