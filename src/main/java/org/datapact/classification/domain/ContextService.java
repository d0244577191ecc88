package org.datapact.classification.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.datapact.classification.RunTrigger;
import org.datapact.classification.ContextDeclaration;
import org.datapact.organisation.UserAccounts;
import org.datapact.shared.AuditEvent;
import org.datapact.shared.Countries;
import org.datapact.shared.CurrentUser;
import org.datapact.shared.ForbiddenException;
import org.datapact.shared.InvalidRequestException;
import org.datapact.shared.ListPage;
import org.datapact.shared.PageQuery;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administrators declare changes of context for a country, in force from a start date and
 * until an optional end date (the first day it no longer applies). A context in force
 * when declared marks every open project of the country for re-assessment, re-runs the
 * classification of those with a submitted questionnaire, and, once committed, e-mails
 * each project's scopers; a context that starts later does so on its start date, and
 * again when it ends ({@link ContextTransitions}).
 */
@Service
@Transactional(readOnly = true)
public class ContextService {

	static final String ENTITY = "ClassificationContext";

	private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_]{1,62}");

	/** Longest description accepted. */
	public static final int DESCRIPTION_MAX = 2000;

	private final ClassificationService classifications;

	private final ContextApplication application;

	private final UserAccounts accounts;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ContextService(ClassificationService classifications, ContextApplication application, UserAccounts accounts,
			JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
		this.classifications = classifications;
		this.application = application;
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/** What an administrator declares. */
	public record ContextCommand(String country, String contextKey, String description, LocalDate effectiveFrom,
			LocalDate effectiveTo) {
	}

	/**
	 * Declares a change of context; returns the declaration with how many projects were
	 * marked.
	 */
	@Transactional
	public ContextDeclaration declare(CurrentUser admin, ContextCommand command) {
		requireAdmin(admin);
		String country = (command.country() != null) ? command.country().strip() : "";
		if (!Countries.isKnown(country)) {
			throw new InvalidRequestException("country", "classification.context.country.invalid");
		}
		String key = (command.contextKey() != null) ? command.contextKey().strip() : "";
		if (!KEY.matcher(key).matches()) {
			throw new InvalidRequestException("contextKey", "classification.context.key.invalid");
		}
		String description = (command.description() != null) ? command.description().strip() : "";
		if (description.isEmpty()) {
			throw new InvalidRequestException("description", "classification.context.description.required");
		}
		if (description.length() > DESCRIPTION_MAX) {
			throw new InvalidRequestException("description", "classification.context.description.tooLong",
					DESCRIPTION_MAX);
		}
		if (command.effectiveFrom() == null) {
			throw new InvalidRequestException("effectiveFrom", "classification.context.effectiveFrom.required");
		}
		if (command.effectiveTo() != null && !command.effectiveTo().isAfter(command.effectiveFrom())) {
			throw new InvalidRequestException("effectiveTo", "classification.context.effectiveTo.beforeFrom");
		}
		LocalDate today = today();
		boolean started = !command.effectiveFrom().isAfter(today);
		boolean ended = command.effectiveTo() != null && !command.effectiveTo().isAfter(today);
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into classification_context (id, country, context_key, description, effective_from,
				    effective_to, declared_by, declared_at, started, ended)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, country, key, description, command.effectiveFrom(), command.effectiveTo(), admin.id(),
					java.sql.Timestamp.from(this.clock.instant()), started, ended)
			.update();
		// a context that starts later is applied on its date (ContextTransitions); one
		// that is already over changes nothing
		List<UUID> marked = (started && !ended)
				? this.application.apply(id, country, ContextApplied.Change.STARTED, admin.id()) : List.of();
		this.events.publishEvent(new AuditEvent("CLASSIFICATION_CONTEXT_DECLARED", ENTITY, id.toString(), null,
				admin.id(), null, AuditEvent.Outcome.SUCCESS, "country=" + country + " context=" + key + " from="
						+ command.effectiveFrom() + " to=" + command.effectiveTo() + " projects=" + marked.size()));
		return find(id);
	}

	/**
	 * One page of the declarations, newest first (administrators): two statements for any
	 * page, the rows with their total, and who declared them.
	 */
	public ListPage<ContextDeclaration> declarations(CurrentUser admin, PageQuery query) {
		requireAdmin(admin);
		long[] total = { 0 };
		List<ContextDeclaration> rows = this.jdbc.sql("""
				select c.id, c.country, c.context_key, c.description, c.effective_from, c.effective_to,
				    c.declared_by, c.declared_at,
				    (select count(*) from classification_reassessment r where r.context_id = c.id) as marked,
				    count(*) over () as total
				from classification_context c order by c.declared_at desc, c.id limit ? offset ?""")
			.params(query.size(), query.offset())
			.query((rs, n) -> {
				total[0] = rs.getLong("total");
				return new ContextDeclaration(rs.getObject("id", UUID.class), rs.getString("country"),
						rs.getString("context_key"), rs.getString("description"),
						rs.getObject("effective_from", LocalDate.class), rs.getObject("effective_to", LocalDate.class),
						rs.getObject("declared_by", UUID.class), null, rs.getTimestamp("declared_at").toInstant(),
						rs.getInt("marked"));
			})
			.list();
		if (rows.isEmpty()) {
			total[0] = this.jdbc.sql("select count(*) from classification_context").query(Long.class).single();
		}
		Set<UUID> people = new HashSet<>();
		rows.forEach((r) -> people.add(r.declaredBy()));
		Map<UUID, String> labels = this.accounts.labels(people);
		return query.of(rows.stream()
			.map((r) -> new ContextDeclaration(r.id(), r.country(), r.contextKey(), r.description(), r.effectiveFrom(),
					r.effectiveTo(), r.declaredBy(), labels.get(r.declaredBy()), r.declaredAt(), r.projectsMarked()))
			.toList(), total[0]);
	}

	/** One declaration, with who declared it named, as the list shows it. */
	ContextDeclaration find(UUID id) {
		ContextDeclaration found = this.jdbc.sql("""
				select c.id, c.country, c.context_key, c.description, c.effective_from, c.effective_to,
				    c.declared_by, c.declared_at,
				    (select count(*) from classification_reassessment r where r.context_id = c.id) as marked
				from classification_context c where c.id = ?""")
			.param(id)
			.query((rs, n) -> new ContextDeclaration(rs.getObject("id", UUID.class), rs.getString("country"),
					rs.getString("context_key"), rs.getString("description"),
					rs.getObject("effective_from", LocalDate.class), rs.getObject("effective_to", LocalDate.class),
					rs.getObject("declared_by", UUID.class), null, rs.getTimestamp("declared_at").toInstant(),
					rs.getInt("marked")))
			.single();
		String label = this.accounts.labels(Set.of(found.declaredBy())).get(found.declaredBy());
		return new ContextDeclaration(found.id(), found.country(), found.contextKey(), found.description(),
				found.effectiveFrom(), found.effectiveTo(), found.declaredBy(), label, found.declaredAt(),
				found.projectsMarked());
	}

	LocalDate today() {
		return this.classifications.today();
	}

	private static void requireAdmin(CurrentUser user) {
		if (!user.isAdmin()) {
			throw new ForbiddenException("declare a change of context");
		}
	}

}
