/**
 * The rules engine, in plain Java (no Spring): the dataset attribute catalogue, the rule
 * model (rule sets, rules, combination rules and their conditions as a small closed
 * expression language, serialised as JSON), its validation, and the compiled form that
 * evaluates a project's datasets.
 */
package org.datapact.classification.engine;
