package org.datapact.security.domain;

import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

interface LoginEventRepository extends JpaRepository<LoginEvent, Long> {

	List<LoginEvent> findByUserIdOrderByOccurredAtDesc(UUID userId, Limit limit);

}
