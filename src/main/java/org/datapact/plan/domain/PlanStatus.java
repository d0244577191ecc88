package org.datapact.plan.domain;

/**
 * Where a plan is in its life. Issue 12 adds review and approval as guarded moves on
 * {@link Plan}; until then every plan is a draft that its editors co-write.
 */
public enum PlanStatus {

	DRAFT

}
