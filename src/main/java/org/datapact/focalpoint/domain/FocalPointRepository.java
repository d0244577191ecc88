package org.datapact.focalpoint.domain;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface FocalPointRepository extends JpaRepository<FocalPoint, UUID> {

	List<FocalPoint> findByOrganisationIdOrderByRoleAscEffectiveFromDesc(UUID organisationId);

	List<FocalPoint> findByOrganisationIdInAndErasedAtIsNull(Collection<UUID> organisationIds);

	List<FocalPoint> findByErasedAtIsNull();

	Page<FocalPoint> findByOrganisationId(UUID organisationId, Pageable pageable);

}
