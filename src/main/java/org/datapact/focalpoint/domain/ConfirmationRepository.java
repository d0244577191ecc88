package org.datapact.focalpoint.domain;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ConfirmationRepository extends JpaRepository<Confirmation, UUID> {

	Optional<Confirmation> findByTokenHash(String tokenHash);

}
