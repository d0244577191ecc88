package org.datapact.discussion.domain;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DiscussionRepository extends JpaRepository<Discussion, UUID> {

	List<Discussion> findByOwnerTypeAndOwnerIdOrderByOpenedAt(String ownerType, UUID ownerId);

}
