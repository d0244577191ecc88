package org.datapact.focalpoint.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface FocalPointRepository extends JpaRepository<FocalPoint, UUID> {

	List<FocalPoint> findByOrganisationIdOrderByRoleAscEffectiveFromDesc(UUID organisationId);

	List<FocalPoint> findByErasedAtIsNull();

	Page<FocalPoint> findByOrganisationId(UUID organisationId, Pageable pageable);

	/**
	 * The holdings of these organisations that have not ended by the day (current and
	 * coming ones), not their whole history.
	 */
	@Query("""
			select p from FocalPoint p where p.organisationId in :organisationIds and p.erasedAt is null
			and (p.effectiveUntil is null or p.effectiveUntil > :day)""")
	List<FocalPoint> findUnendedIn(Collection<UUID> organisationIds, LocalDate day);

}
