package org.datapact.classification.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RuleSetVersionRepository extends JpaRepository<RuleSetVersion, UUID> {

	List<RuleSetVersion> findAllByOrderByRuleSetKeyAscStatusAscVersionDesc();

	Optional<RuleSetVersion> findFirstByStatusOrderByPublishedAtDescVersionDesc(RuleSetStatus status);

	Optional<RuleSetVersion> findByRuleSetKeyAndStatus(String ruleSetKey, RuleSetStatus status);

	Optional<RuleSetVersion> findFirstByRuleSetKeyAndStatusOrderByVersionDesc(String ruleSetKey, RuleSetStatus status);

	default Optional<RuleSetVersion> findLatestPublished(String ruleSetKey) {
		return findFirstByRuleSetKeyAndStatusOrderByVersionDesc(ruleSetKey, RuleSetStatus.PUBLISHED);
	}

	@Query("select coalesce(max(r.version), 0) from RuleSetVersion r where r.ruleSetKey = ?1")
	int lastVersion(String ruleSetKey);

	boolean existsByStatus(RuleSetStatus status);

}
