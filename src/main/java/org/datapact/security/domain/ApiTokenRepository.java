package org.datapact.security.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ApiTokenRepository extends JpaRepository<ApiToken, UUID> {

	Optional<ApiToken> findByTokenHash(String tokenHash);

	List<ApiToken> findByUserIdOrderByCreatedAtDesc(UUID userId);

	Page<ApiToken> findByUserId(UUID userId, Pageable pageable);

	long countByUserIdAndRevokedAtIsNull(UUID userId);

	@Modifying
	@Query("update ApiToken t set t.revokedAt = :now where t.userId = :userId and t.revokedAt is null")
	int revokeAllOf(UUID userId, Instant now);

}
