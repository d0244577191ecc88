package org.datapact.discussion;

import org.datapact.shared.InvalidRequestException;

/**
 * A thread was asked for a step its state does not allow: a message or a resolution for a
 * resolved thread, or reopening an open one.
 */
public class DiscussionStateException extends InvalidRequestException {

	public DiscussionStateException(String messageKey) {
		super(null, messageKey);
	}

}
