package org.datapact.plan.domain;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface PlanRevisionRepository extends JpaRepository<PlanRevision, UUID> {

	Optional<PlanRevision> findBySectionIdAndSectionVersion(UUID sectionId, int sectionVersion);

	/** A page of a section's revisions, in the page's order. */
	Page<PlanRevision> findBySectionId(UUID sectionId, Pageable pageable);

}
