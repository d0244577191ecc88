package org.datapact.plan;

import java.util.UUID;

import org.datapact.plan.domain.PlanService;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The plan module's face towards other modules. */
@Component
public class Plans {

	private final PlanService plans;

	Plans(PlanService plans) {
		this.plans = plans;
	}

	/**
	 * Starts the project's plan from the plan template in force, unless it has one; the
	 * plan's id. No viewer check (system use).
	 */
	public UUID start(UUID projectId) {
		return this.plans.start(projectId, LocaleContextHolder.getLocale());
	}

}
