package org.datapact.classification.domain;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.datapact.notification.Mail;
import org.datapact.notification.Notifications;
import org.datapact.organisation.Recipient;
import org.datapact.organisation.UserAccounts;
import org.datapact.project.ProjectMember;
import org.datapact.project.ProjectRole;
import org.datapact.project.ProjectSummary;
import org.datapact.project.Projects;
import org.datapact.shared.AuditEvent;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Review-by dates that pass: the project's scopers are mailed the day after, and the
 * administrators a week later if the result still stands unreviewed (one mail listing
 * every such project). Each notice is recorded per project and review-by date, so nobody
 * is mailed twice for the same date; a re-run or a recorded "reviewed, no change" gives
 * the result a new date and ends it.
 */
@Component
class ReviewReminders {

	/** Days after a passed review-by date that the administrators are told. */
	static final int ADMIN_DELAY_DAYS = 7;

	/** Projects read at a time. */
	static final int BATCH = 500;

	private final ClassificationService classifications;

	private final Projects projects;

	private final UserAccounts accounts;

	private final Notifications notifications;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ReviewReminders(ClassificationService classifications, Projects projects, UserAccounts accounts,
			Notifications notifications, JdbcClient jdbc, TransactionTemplate transactions,
			ApplicationEventPublisher events, Clock clock) {
		this.clock = clock;
		this.classifications = classifications;
		this.projects = projects;
		this.accounts = accounts;
		this.notifications = notifications;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.events = events;
	}

	/**
	 * What a call did: projects looked at, projects whose scopers were told, and projects
	 * listed to the administrators.
	 */
	record Reminded(int looked, int scopersMailed, int adminsMailed) {
	}

	private record Due(UUID projectId, LocalDate reviewBy, boolean scopersDue, boolean adminsDue) {
	}

	/** Mails every notice due today, a batch of projects at a time. */
	Reminded remindDue() {
		LocalDate today = this.classifications.today();
		int looked = 0;
		int scopers = 0;
		int admins = 0;
		Reminded batch;
		do {
			batch = remindBatch(today);
			looked += batch.looked();
			scopers += batch.scopersMailed();
			admins += batch.adminsMailed();
		}
		while (batch.looked() == BATCH);
		return new Reminded(looked, scopers, admins);
	}

	private Reminded remindBatch(LocalDate today) {
		List<Due> due = this.jdbc.sql("""
				with latest as (
				  select distinct on (r.project_id) r.project_id,
				      greatest(r.review_by, (select max(v.next_review_by) from classification_review v
				                             where v.run_id = r.id)) as review_by
				  from classification_run r
				  order by r.project_id, r.evaluated_at desc, r.id desc)
				select l.project_id, l.review_by, n.scopers_notified_at is null as scopers_due,
				       n.admins_notified_at is null and l.review_by < :adminDay as admins_due
				from latest l
				left join classification_review_notice n on n.project_id = l.project_id and n.review_by = l.review_by
				where l.review_by < :today and not coalesce(n.skipped, false)
				  and (n.scopers_notified_at is null or (n.admins_notified_at is null and l.review_by < :adminDay))
				order by l.review_by, l.project_id limit :batch""")
			.param("today", today)
			.param("adminDay", today.minusDays(ADMIN_DELAY_DAYS))
			.param("batch", BATCH)
			.query((rs, n) -> new Due(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class), rs.getBoolean(3),
					rs.getBoolean(4)))
			.list();
		if (due.isEmpty()) {
			return new Reminded(0, 0, 0);
		}
		Map<UUID, ProjectSummary> open = this.projects.openAmong(due.stream().map(Due::projectId).toList());
		Map<UUID, Recipient> admins = due.stream().anyMatch(Due::adminsDue) ? this.accounts.administrators() : Map.of();
		int scopers = 0;
		List<Overdue> weekOverdue = new ArrayList<>();
		for (Due item : due) {
			ProjectSummary project = open.get(item.projectId());
			if (!claim(item, project == null)) {
				continue;
			}
			if (project == null) {
				continue;
			}
			if (item.scopersDue()) {
				mail(scopersOf(project.id()), "classification-review-due", project, item.reviewBy());
				scopers++;
			}
			if (item.adminsDue()) {
				weekOverdue.add(new Overdue(project.id(), project.title(), item.reviewBy()));
			}
		}
		if (!weekOverdue.isEmpty()) {
			digest(admins.values(), weekOverdue);
		}
		return new Reminded(due.size(), scopers, weekOverdue.size());
	}

	/**
	 * Records the notices about to be sent (or that a closed project needs none); false
	 * when another call recorded them first.
	 */
	private boolean claim(Due item, boolean skip) {
		Timestamp now = Timestamp.from(this.clock.instant());
		Integer claimed = this.transactions.execute((status) -> {
			int rows = this.jdbc.sql("""
					insert into classification_review_notice (project_id, review_by, scopers_notified_at,
					    admins_notified_at, skipped)
					values (:project, :reviewBy, :now, case when :admins then cast(:now as timestamptz) end, :skip)
					on conflict (project_id, review_by) do update set
					    scopers_notified_at = coalesce(classification_review_notice.scopers_notified_at, :now),
					    admins_notified_at = case when :admins
					        then coalesce(classification_review_notice.admins_notified_at, :now)
					        else classification_review_notice.admins_notified_at end,
					    skipped = :skip
					where (:scopers and classification_review_notice.scopers_notified_at is null)
					   or (:admins and classification_review_notice.admins_notified_at is null)""")
				.param("project", item.projectId())
				.param("reviewBy", item.reviewBy())
				.param("now", now)
				.param("admins", item.adminsDue())
				.param("scopers", item.scopersDue())
				.param("skip", skip)
				.update();
			if (rows > 0 && !skip) {
				this.events.publishEvent(new AuditEvent("CLASSIFICATION_REVIEW_OVERDUE_NOTIFIED",
						ClassificationService.ENTITY, item.projectId().toString(), null, null,
						ClassificationService.SYSTEM, AuditEvent.Outcome.SUCCESS, "reviewBy=" + item.reviewBy()
								+ " scopers=" + item.scopersDue() + " admins=" + item.adminsDue()));
			}
			return rows;
		});
		return claimed != null && claimed > 0;
	}

	/** A project whose review is a week overdue, as the administrators' mail lists it. */
	record Overdue(UUID projectId, String title, LocalDate reviewBy) {
	}

	/**
	 * One mail per administrator, however many projects became a week overdue (at most a
	 * batch of them).
	 */
	private void digest(Collection<Recipient> admins, List<Overdue> projects) {
		for (Recipient admin : admins) {
			Map<String, Object> variables = new HashMap<>();
			variables.put("recipientName", admin.displayName());
			variables.put("projects", projects);
			this.notifications
				.send(new Mail(admin.email(), admin.language(), "classification-review-overdue", variables));
		}
	}

	private Collection<Recipient> scopersOf(UUID projectId) {
		List<UUID> scopers = this.projects.members(projectId)
			.stream()
			.filter((member) -> member.role() == ProjectRole.SCOPER)
			.map(ProjectMember::userId)
			.toList();
		return this.accounts.recipients(scopers).values();
	}

	private void mail(Collection<Recipient> recipients, String template, ProjectSummary project, LocalDate reviewBy) {
		for (Recipient recipient : new ArrayList<>(recipients)) {
			Map<String, Object> variables = new HashMap<>();
			variables.put("recipientName", recipient.displayName());
			variables.put("projectTitle", project.title());
			variables.put("projectId", project.id());
			variables.put("reviewBy", reviewBy);
			this.notifications.send(new Mail(recipient.email(), recipient.language(), template, variables));
		}
	}

}
