/**
 * Versioned definitions: content that admins edit as a draft and publish as numbered,
 * immutable versions (questionnaire templates, classification rule sets, and the plan
 * template next). One lifecycle ({@link org.datapact.definition.DefinitionVersions}):
 * draft from a published version, edits as commands checked against a lock version,
 * publishing with a reason once nothing stops it, a database trigger that refuses changes
 * to published rows, and the versions DataPact ships brought to every installation once
 * each ({@link org.datapact.definition.ShippedDefinitions}). Also the pieces every
 * definition is written with: {@link org.datapact.definition.LocalizedText} and
 * {@link org.datapact.definition.Problem}.
 */
package org.datapact.definition;
