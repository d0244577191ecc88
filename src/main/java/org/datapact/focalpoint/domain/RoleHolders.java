package org.datapact.focalpoint.domain;

import org.datapact.focalpoint.FocalPointRole;
import org.jspecify.annotations.Nullable;

/** Who holds a role today, and who takes over when a successor is designated. */
public record RoleHolders(FocalPointRole role, @Nullable FocalPointView current, @Nullable FocalPointView successor,
		@Nullable HandoverView handover) {

}
