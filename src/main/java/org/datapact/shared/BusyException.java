package org.datapact.shared;

/**
 * The server is too busy for this request right now (a bounded resource is exhausted):
 * answered 503 with {@code Retry-After}, never queued without bound.
 */
public class BusyException extends RuntimeException {

	public BusyException(String message) {
		super(message);
	}

}
