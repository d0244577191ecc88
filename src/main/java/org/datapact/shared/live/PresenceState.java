package org.datapact.shared.live;

/** What a person's page says they are doing in a room. */
public enum PresenceState {

	/** Has the room open. */
	VIEWING,

	/** Is typing in it. */
	EDITING,

	/**
	 * Closed the page (sent as the page goes away; the stream may not notice at once).
	 */
	LEFT

}
