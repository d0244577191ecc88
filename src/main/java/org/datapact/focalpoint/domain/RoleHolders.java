package org.datapact.focalpoint.domain;

import org.datapact.focalpoint.FocalPointRole;

/** Who holds a role today, and who takes over when a successor is designated. */
public record RoleHolders(FocalPointRole role, FocalPointView current, FocalPointView successor,
		HandoverView handover) {

}
