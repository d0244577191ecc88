package org.datapact.shared;

/**
 * A request that breaks a business rule; the message key is resolved from the message
 * bundles and shown to the user.
 */
public class InvalidRequestException extends RuntimeException {

	private final String messageKey;

	private final String field;

	public InvalidRequestException(String field, String messageKey) {
		super(messageKey);
		this.field = field;
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return this.messageKey;
	}

	public String field() {
		return this.field;
	}

}
