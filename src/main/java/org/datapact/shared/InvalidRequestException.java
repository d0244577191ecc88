package org.datapact.shared;

/**
 * A request that breaks a business rule; the message key is resolved from the message
 * bundles, with its arguments if any, and shown to the user.
 */
public class InvalidRequestException extends RuntimeException {

	private static final Object[] NO_ARGUMENTS = {};

	private final String messageKey;

	private final String field;

	private final Object[] arguments;

	public InvalidRequestException(String field, String messageKey) {
		this(field, messageKey, NO_ARGUMENTS);
	}

	public InvalidRequestException(String field, String messageKey, Object... arguments) {
		super(messageKey);
		this.field = field;
		this.messageKey = messageKey;
		this.arguments = (arguments != null) ? arguments.clone() : NO_ARGUMENTS;
	}

	public String messageKey() {
		return this.messageKey;
	}

	public String field() {
		return this.field;
	}

	/** Arguments of the message ({0}, {1}, …); empty when it has none. */
	public Object[] arguments() {
		return this.arguments.clone();
	}

}
