package org.datapact.security.domain;

import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface LoginEventRepository extends JpaRepository<LoginEvent, Long> {

	Page<LoginEvent> findByUserId(UUID userId, Pageable pageable);

}
