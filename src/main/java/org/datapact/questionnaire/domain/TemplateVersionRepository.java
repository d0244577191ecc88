package org.datapact.questionnaire.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TemplateVersionRepository extends JpaRepository<TemplateVersion, UUID> {

	List<TemplateVersion> findAllByOrderByTemplateKeyAscVersionDesc();

	Optional<TemplateVersion> findFirstByTemplateKeyAndStatusOrderByVersionDesc(String templateKey,
			TemplateStatus status);

	Optional<TemplateVersion> findByTemplateKeyAndStatus(String templateKey, TemplateStatus status);

	@Query("select coalesce(max(t.version), 0) from TemplateVersion t where t.templateKey = ?1")
	int lastVersion(String templateKey);

	boolean existsByTemplateKey(String templateKey);

}
