package org.datapact.classification;

/**
 * IOM's data classification categories (Table A), from least to most sensitive; the order
 * of the constants is the order of sensitivity.
 */
public enum Level {

	/** Disclosure carries little or minimal risk, e.g. national aggregates. */
	PUBLIC,

	/** Moderately sensitive, e.g. protection data per site; not shared publicly. */
	CONFIDENTIAL,

	/**
	 * Highly sensitive: personal data identifying someone alone or combined with other
	 * data, and protection incident, referral or case management information.
	 */
	SECRET;

	public Level max(Level other) {
		return (other != null && other.compareTo(this) > 0) ? other : this;
	}

	public boolean isAtLeast(Level other) {
		return compareTo(other) >= 0;
	}

}
