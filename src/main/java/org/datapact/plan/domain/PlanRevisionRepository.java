package org.datapact.plan.domain;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface PlanRevisionRepository extends JpaRepository<PlanRevision, UUID> {

	Optional<PlanRevision> findBySectionIdAndSectionVersion(UUID sectionId, int sectionVersion);

	long countBySectionId(UUID sectionId);

}
