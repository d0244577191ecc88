package org.datapact.focalpoint.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface HandoverRepository extends JpaRepository<Handover, UUID> {

	Optional<Handover> findByIncomingId(UUID incomingId);

	List<Handover> findByIncomingIdIn(Collection<UUID> incomingIds);

	/** The handovers to these holders with their items, in one statement. */
	@Query("select distinct h from Handover h left join fetch h.items where h.incomingId in :incomingIds")
	List<Handover> findWithItemsByIncomingIdIn(Collection<UUID> incomingIds);

	@Query("select h from Handover h join h.items i where i.id = :itemId")
	Optional<Handover> findByItemId(UUID itemId);

}
