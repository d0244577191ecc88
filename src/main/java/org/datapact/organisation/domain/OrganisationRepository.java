package org.datapact.organisation.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.datapact.organisation.OrganisationKind;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OrganisationRepository extends JpaRepository<Organisation, UUID> {

	List<Organisation> findAllByOrderByNameAsc();

	/**
	 * A page of organisations whose name contains the text (lower case, with % around).
	 */
	@Query("select o from Organisation o where lower(o.name) like :pattern escape '\\'")
	Page<Organisation> findByNameLike(String pattern, Pageable pageable);

	Optional<Organisation> findFirstByKind(OrganisationKind kind);

	boolean existsByNameIgnoreCase(String name);

	boolean existsByDemoTrue();

	Optional<Organisation> findFirstByDemoFalseOrderByCreatedAtAsc();

	boolean existsByNameIgnoreCaseAndIdNot(String name, UUID id);

}
