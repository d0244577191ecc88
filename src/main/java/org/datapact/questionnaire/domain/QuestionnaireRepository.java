package org.datapact.questionnaire.domain;

import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface QuestionnaireRepository extends JpaRepository<Questionnaire, UUID> {

	Optional<Questionnaire> findByProjectId(UUID projectId);

	/**
	 * Taken by a submit or review so that no answer is saved into a revision being
	 * frozen.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select q from Questionnaire q where q.projectId = ?1")
	Optional<Questionnaire> lockByProjectId(UUID projectId);

	/**
	 * Taken by an autosave: many at once, but none while a submit or review holds the
	 * row.
	 */
	@Lock(LockModeType.PESSIMISTIC_READ)
	@Query("select q from Questionnaire q where q.projectId = ?1")
	Optional<Questionnaire> shareByProjectId(UUID projectId);

}
