package org.datapact.plan.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface PlanSectionRepository extends JpaRepository<PlanSection, UUID> {

	List<PlanSection> findByPlanIdOrderByPosition(UUID planId);

	Optional<PlanSection> findByPlanIdAndSectionKey(UUID planId, String sectionKey);

}
