package org.datapact.classification.domain;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The classification's clock: every hour (by default;
 * {@code datapact.classification.schedule} is a cron expression, {@code -} turns it off),
 * one instance applies the contexts whose start or end date has come and mails the
 * review-by dates that passed. The lock is held a few minutes at least, so an instance
 * whose clock is a little behind does not run the same hour again.
 */
@Component
public class ClassificationSchedule {

	static final String CRON = "${datapact.classification.schedule:0 5 * * * *}";

	private final ContextTransitions transitions;

	private final ReviewReminders reminders;

	private final Reclassification reclassification;

	ClassificationSchedule(ContextTransitions transitions, ReviewReminders reminders,
			Reclassification reclassification) {
		this.transitions = transitions;
		this.reminders = reminders;
		this.reclassification = reclassification;
	}

	/**
	 * Runs both jobs; on an instance that did not get the lock this is skipped and
	 * returns null.
	 */
	@Scheduled(cron = CRON, zone = "UTC")
	@SchedulerLock(name = "classification-clock", lockAtLeastFor = "PT5M", lockAtMostFor = "PT55M")
	public Ran tick() {
		this.reclassification.failAbandoned();
		return new Ran(this.transitions.applyDue().total(), this.reminders.remindDue().scopersMailed());
	}

	/**
	 * What a tick did: contexts started or ended, and projects whose scopers were told.
	 */
	public record Ran(int contextChanges, int reviewNotices) {
	}

}
