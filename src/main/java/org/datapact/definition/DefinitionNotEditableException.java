package org.datapact.definition;

import org.datapact.shared.InvalidRequestException;

/** A published definition version was asked to change: it never does. */
public class DefinitionNotEditableException extends InvalidRequestException {

	public DefinitionNotEditableException(String messageKey) {
		super(null, messageKey);
	}

}
