package org.datapact.definition;

/** A definition version is edited as a draft, then published and never changed again. */
public enum DefinitionStatus {

	DRAFT, PUBLISHED

}
