package org.datapact.plan.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface PlanRepository extends JpaRepository<Plan, UUID> {

	Optional<Plan> findByProjectId(UUID projectId);

	List<Plan> findByProjectIdIn(Collection<UUID> projectIds);

}
