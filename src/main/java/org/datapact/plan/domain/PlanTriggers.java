package org.datapact.plan.domain;

import org.datapact.questionnaire.QuestionnaireAccepted;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Starts a project's plan once the acceptance of its questionnaire has committed, in a
 * transaction of its own: a failure here is logged and never undoes the acceptance. The
 * plan's generated parts need no copy of the answers: they are read when the plan is.
 */
@Component
class PlanTriggers {

	private static final Logger log = LoggerFactory.getLogger(PlanTriggers.class);

	private final PlanService plans;

	PlanTriggers(PlanService plans) {
		this.plans = plans;
	}

	@TransactionalEventListener
	public void on(QuestionnaireAccepted accepted) {
		try {
			this.plans.start(accepted.projectId(), LocaleContextHolder.getLocale());
		}
		catch (RuntimeException ex) {
			log.warn("Starting the plan of project {} failed: {}", accepted.projectId(), ex.getClass().getSimpleName());
		}
	}

}
