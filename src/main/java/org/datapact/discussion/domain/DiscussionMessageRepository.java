package org.datapact.discussion.domain;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface DiscussionMessageRepository extends JpaRepository<DiscussionMessage, UUID> {

	/** Every message of an owner's threads, in order. */
	@Query("select m from DiscussionMessage m, Discussion d where m.discussionId = d.id"
			+ " and d.ownerType = ?1 and d.ownerId = ?2 order by m.createdAt")
	List<DiscussionMessage> findByOwner(String ownerType, UUID ownerId);

}
