package org.datapact.plan.domain;

import org.datapact.definition.DefinitionVersionRepository;

interface PlanTemplateVersionRepository extends DefinitionVersionRepository<PlanTemplateVersion> {

}
