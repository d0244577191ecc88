package org.datapact.questionnaire.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RevisionRepository extends JpaRepository<Revision, UUID> {

	Optional<Revision> findByQuestionnaireIdAndNumber(UUID questionnaireId, int number);

	/** A revision as lists show it, without its answers. */
	record Listed(int number, Instant submittedAt, UUID submittedBy, ReviewOutcome outcome, Instant reviewedAt,
			UUID reviewedBy, String reviewNote) {
	}

	/** A page of a questionnaire's revisions, newest first, without their answers. */
	@Query(value = """
			select new org.datapact.questionnaire.domain.RevisionRepository$Listed(r.number, r.submittedAt,
			    r.submittedBy, r.review.outcome, r.review.reviewedAt, r.review.reviewedBy, r.review.reviewNote)
			from Revision r where r.questionnaireId = :questionnaireId order by r.number desc""",
			countQuery = "select count(r) from Revision r where r.questionnaireId = :questionnaireId")
	Page<Listed> findListed(UUID questionnaireId, Pageable pageable);

	@Query("""
			select new org.datapact.questionnaire.domain.RevisionRepository$Listed(r.number, r.submittedAt,
			    r.submittedBy, r.review.outcome, r.review.reviewedAt, r.review.reviewedBy, r.review.reviewNote)
			from Revision r where r.questionnaireId = :questionnaireId and r.number = :number""")
	Optional<Listed> findListed(UUID questionnaireId, int number);

}
