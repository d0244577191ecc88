package org.datapact.definition;

/**
 * The lock version a page sends back with a change of a draft. Pages send it as text; a
 * missing or garbled one is a version no draft has, so the change is refused as a
 * conflict and the page says someone else changed the draft.
 */
public final class LockVersion {

	/** The version nothing has. */
	public static final long NONE = -1;

	private LockVersion() {
	}

	public static long parse(String lockVersion) {
		if (lockVersion == null) {
			return NONE;
		}
		try {
			return Long.parseLong(lockVersion.strip());
		}
		catch (NumberFormatException ex) {
			return NONE;
		}
	}

}
