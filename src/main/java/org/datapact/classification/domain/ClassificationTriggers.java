package org.datapact.classification.domain;

import java.util.UUID;

import org.datapact.classification.RunTrigger;
import org.datapact.questionnaire.QuestionnaireAccepted;
import org.datapact.questionnaire.QuestionnaireSubmitted;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Classifies a project once a questionnaire submission or acceptance has committed, in a
 * transaction of its own: a failure here is logged and never loses the submission (a
 * scoper can run the classification on demand).
 */
@Component
class ClassificationTriggers {

	private static final Logger log = LoggerFactory.getLogger(ClassificationTriggers.class);

	private final ClassificationService classifications;

	ClassificationTriggers(ClassificationService classifications) {
		this.classifications = classifications;
	}

	@TransactionalEventListener
	public void on(QuestionnaireSubmitted submitted) {
		run(submitted.projectId(), RunTrigger.SUBMITTED);
	}

	@TransactionalEventListener
	public void on(QuestionnaireAccepted accepted) {
		run(accepted.projectId(), RunTrigger.ACCEPTED);
	}

	private void run(UUID projectId, RunTrigger trigger) {
		try {
			this.classifications.classifyInNewTransaction(projectId, trigger);
		}
		catch (RuntimeException ex) {
			log.warn("Classification of project {} after '{}' failed: {}", projectId, trigger,
					ex.getClass().getSimpleName());
		}
	}

}
