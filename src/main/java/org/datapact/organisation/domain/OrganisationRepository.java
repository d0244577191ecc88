package org.datapact.organisation.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.datapact.organisation.OrganisationKind;

import org.springframework.data.jpa.repository.JpaRepository;

interface OrganisationRepository extends JpaRepository<Organisation, UUID> {

	List<Organisation> findAllByOrderByNameAsc();

	Optional<Organisation> findFirstByKind(OrganisationKind kind);

	boolean existsByNameIgnoreCase(String name);

	boolean existsByNameIgnoreCaseAndIdNot(String name, UUID id);

}
