package org.datapact.questionnaire.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface RevisionRepository extends JpaRepository<Revision, UUID> {

	List<Revision> findByQuestionnaireIdOrderByNumberDesc(UUID questionnaireId);

	Optional<Revision> findByQuestionnaireIdAndNumber(UUID questionnaireId, int number);

}
