package org.datapact.classification.domain;

import java.util.Optional;

import org.datapact.definition.DefinitionStatus;
import org.datapact.definition.DefinitionVersionRepository;

interface RuleSetVersionRepository extends DefinitionVersionRepository<RuleSetVersion> {

	Optional<RuleSetVersion> findFirstByStatusOrderByPublishedAtDescVersionDesc(DefinitionStatus status);

}
