package org.datapact.classification;

/**
 * Where an override of a dataset's level stands. A raise is active at once; a lowering
 * below the computed level is pending until a second person approves or rejects it. An
 * active override whose computed level has since changed needs re-confirmation and no
 * longer applies; a newer override replaces an older one.
 */
public enum OverrideStatus {

	PENDING, ACTIVE, REJECTED, REPLACED, NEEDS_RECONFIRMATION

}
