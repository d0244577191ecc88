package org.datapact.plan;

import java.util.Set;
import java.util.UUID;

/**
 * Someone commented on a plan section, mentioning project members (who are told by mail
 * once the comment has committed).
 */
public record PlanCommentPosted(UUID projectId, String sectionKey, UUID threadId, UUID authorId, Set<UUID> mentioned) {

	public PlanCommentPosted {
		mentioned = Set.copyOf(mentioned);
	}

}
