package org.datapact.questionnaire.domain;

import org.datapact.definition.DefinitionVersionRepository;

interface TemplateVersionRepository extends DefinitionVersionRepository<TemplateVersion> {

}
