package org.datapact.definition;

/**
 * One change an admin asks of a draft, as a command: applied to the draft's content by
 * {@link DefinitionVersions#edit}, and described in the audit log. A module lists its
 * edits as records of a sealed interface extending this one.
 *
 * @param <D> the definition's content
 */
public interface DefinitionEdit<D> {

	/**
	 * The content with the change made, leaving the given content untouched.
	 * @throws DefinitionEditRefused when the change cannot be made as asked
	 */
	D applyTo(D definition);

	/** What changed, for the audit log: keys only, no free text. */
	String describe();

}
