package org.datapact.classification.web;

/**
 * A problem shown on an editor page: where it is in the rule set, the localised message,
 * and the id of the field it concerns (to link to), if any.
 */
record ProblemView(String path, String message, String fieldId) {

}
