package org.datapact.questionnaire.domain;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ClarificationMessageRepository extends JpaRepository<ClarificationMessage, UUID> {

	@Query("select m from ClarificationMessage m, Clarification c where m.clarificationId = c.id"
			+ " and c.questionnaireId = ?1 order by m.createdAt")
	List<ClarificationMessage> findByQuestionnaire(UUID questionnaireId);

}
