package org.datapact.questionnaire.domain;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ClarificationRepository extends JpaRepository<Clarification, UUID> {

	List<Clarification> findByQuestionnaireIdOrderByCreatedAt(UUID questionnaireId);

}
