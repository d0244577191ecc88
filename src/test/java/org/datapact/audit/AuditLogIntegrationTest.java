package org.datapact.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.datapact.audit.domain.AuditEntry;
import org.datapact.audit.domain.AuditFilter;
import org.datapact.audit.domain.AuditLog;
import org.datapact.audit.domain.AuditQueries;
import org.datapact.audit.domain.AuditVerification;
import org.datapact.organisation.OrganisationKind;
import org.datapact.organisation.domain.OrganisationCommand;
import org.datapact.organisation.domain.OrganisationService;
import org.datapact.shared.AuditAction;
import org.datapact.shared.AuditEvent;
import org.datapact.shared.ListPage;
import org.datapact.support.Fixtures;
import org.datapact.support.Fixtures.TestUser;
import org.datapact.support.IntegrationTest;
import org.datapact.support.TestDatabase;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class AuditLogIntegrationTest {

	@Autowired
	AuditLog log;

	@Autowired
	AuditQueries queries;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	OrganisationService organisations;

	@Autowired
	Fixtures fixtures;

	@Autowired
	ApplicationEventPublisher events;

	private static final String ACTION = AuditAction.PROJECT_UPDATED.name();

	@Test
	void concurrentWritersNeverForkTheChain() throws Exception {
		String marker = "concurrent-" + Fixtures.unique();
		ExecutorService pool = Executors.newFixedThreadPool(8);
		List<Callable<Void>> writers = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			writers.add(() -> {
				for (int j = 0; j < 25; j++) {
					this.log.append(event(marker));
				}
				return null;
			});
		}
		for (Future<Void> result : pool.invokeAll(writers)) {
			result.get();
		}
		pool.shutdown();
		ListPage<AuditEntry> page = this.queries.find(filterByMarker(marker), 0, 200);
		assertThat(page.totalItems()).isEqualTo(200);
		List<Long> sequence = this.jdbc.queryForList("select seq from audit_entry order by seq", Long.class);
		for (int i = 0; i < sequence.size(); i++) {
			assertThat(sequence.get(i)).isEqualTo(i + 1L);
		}
		assertThat(this.jdbc.queryForObject("select count(distinct previous_hash) = count(*) from audit_entry",
				Boolean.class))
			.isTrue();
		assertThat(this.queries.verify().intact()).isTrue();
	}

	@Test
	void databaseRejectsUpdateDeleteAndTruncate() {
		this.log.append(event("immutable-" + Fixtures.unique()));
		// even the schema's owner, which the application never connects as
		JdbcTemplate owner = TestDatabase.asOwner();
		assertThatThrownBy(() -> owner.update("update audit_entry set details = 'changed'"))
			.isInstanceOf(DataAccessException.class)
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> owner.update("delete from audit_entry")).isInstanceOf(DataAccessException.class)
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> owner.execute("truncate audit_entry")).isInstanceOf(DataAccessException.class)
			.hasMessageContaining("append-only");
		assertThat(this.queries.verify().intact()).isTrue();
	}

	@Test
	void hashesCompletedByTheDatabaseMatchTheOnesVerificationComputes() {
		String marker = "unicode-" + Fixtures.unique();
		this.log.append(new AuditEvent(ACTION, "Project", marker, null, null, "é-" + Fixtures.unique(),
				AuditEvent.Outcome.SUCCESS, null)
			.withDetails("Réfugiés 日本 😀 \"12:34|\" " + "x".repeat(3000)));
		this.log.append(new AuditEvent(ACTION, null, marker, null, null, null, AuditEvent.Outcome.FAILURE, null));
		List<AuditEntry> entries = this.queries.find(filterByMarker(marker), 0, 10).items();
		assertThat(entries).hasSize(2);
		assertThat(entries)
			.anySatisfy((entry) -> assertThat(entry.details()).startsWith("Réfugiés 日本 😀").hasSize(2000));
		assertThat(this.queries.verify().intact()).isTrue();
	}

	@Test
	void verificationNamesTheFirstTamperedEntry() {
		this.log.append(event("before-" + Fixtures.unique()));
		String marker = "tampered-" + Fixtures.unique();
		this.log.append(event(marker));
		this.log.append(event("after-" + Fixtures.unique()));
		long tampered = this.queries.find(filterByMarker(marker), 0, 1).items().get(0).seq();
		// Only the schema's owner could do this (the application's role may not): switch
		// the guard off, edit, and put it back.
		JdbcTemplate owner = TestDatabase.asOwner();
		owner.execute("alter table audit_entry disable trigger audit_entry_no_update_or_delete");
		try {
			owner.update("update audit_entry set details = 'forged' where seq = ?", tampered);
			AuditVerification result = this.queries.verify();
			assertThat(result.intact()).isFalse();
			assertThat(result.firstBrokenSeq()).isEqualTo(tampered);
			assertThat(result.entriesChecked()).isEqualTo(tampered - 1);
		}
		finally {
			owner.update("update audit_entry set details = null where seq = ?", tampered);
			owner.execute("alter table audit_entry enable trigger audit_entry_no_update_or_delete");
		}
		assertThat(this.queries.verify().intact()).isTrue();
	}

	@Test
	void entryCommitsAndRollsBackWithTheChange() {
		String marker = "rolled-back-" + Fixtures.unique();
		assertThatThrownBy(() -> this.transactions.executeWithoutResult((status) -> {
			this.log.append(event(marker));
			throw new IllegalStateException("business failure");
		})).isInstanceOf(IllegalStateException.class);
		assertThat(this.queries.find(filterByMarker(marker), 0, 10).totalItems()).isZero();
		assertThat(this.queries.verify().intact()).isTrue();
	}

	@Test
	void publishedEventIsAppendedWhenItsTransactionCommitsAndNotBefore() {
		String marker = "at-commit-" + Fixtures.unique();
		long seenInside = this.transactions.execute((status) -> {
			this.events.publishEvent(event(marker));
			return this.queries.find(filterByMarker(marker), 0, 10).totalItems();
		});
		assertThat(seenInside).as("the chain lock is only taken as the transaction commits").isZero();
		assertThat(this.queries.find(filterByMarker(marker), 0, 10).totalItems()).isEqualTo(1);
		assertThat(this.queries.verify().intact()).isTrue();
	}

	@Test
	void publishedEventIsDroppedWithARolledBackTransactionAndWrittenAtOnceWithoutOne() {
		String rolledBack = "dropped-" + Fixtures.unique();
		assertThatThrownBy(() -> this.transactions.executeWithoutResult((status) -> {
			this.events.publishEvent(event(rolledBack));
			throw new IllegalStateException("business failure");
		})).isInstanceOf(IllegalStateException.class);
		String outside = "no-transaction-" + Fixtures.unique();
		this.events.publishEvent(event(outside));
		assertThat(this.queries.find(filterByMarker(rolledBack), 0, 10).totalItems()).isZero();
		assertThat(this.queries.find(filterByMarker(outside), 0, 10).totalItems()).isEqualTo(1);
	}

	@Test
	void refusesToAuditFromAReadOnlyTransaction() {
		TransactionTemplate readOnly = new TransactionTemplate(this.transactions.getTransactionManager());
		readOnly.setReadOnly(true);
		String marker = "read-only-" + Fixtures.unique();
		assertThatThrownBy(() -> readOnly.executeWithoutResult((status) -> this.log.append(event(marker))))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("read-write transaction");
		assertThat(this.queries.find(filterByMarker(marker), 0, 10).totalItems()).isZero();
	}

	@Test
	void changesAreAuditedWithActorOrganisationAndEntity() {
		TestUser admin = this.fixtures.admin();
		UUID id = this.organisations
			.create(admin.current(),
					new OrganisationCommand("Audited " + Fixtures.unique(), OrganisationKind.PARTNER, null))
			.id();
		ListPage<AuditEntry> page = this.queries.find(
				new AuditFilter(admin.id(), id, "Organisation", id.toString(), "ORGANISATION_CREATED", null, null), 0,
				10);
		assertThat(page.items()).hasSize(1);
		AuditEntry entry = page.items().get(0);
		assertThat(entry.outcome()).isEqualTo("SUCCESS");
		assertThat(entry.hash()).hasSize(64).isNotEqualTo(entry.previousHash());
	}

	@Test
	void pagingAndFilteringByDate() {
		String marker = "paged-" + Fixtures.unique();
		for (int i = 0; i < 7; i++) {
			this.log.append(event(marker));
		}
		ListPage<AuditEntry> first = this.queries.find(filterByMarker(marker), 0, 3);
		ListPage<AuditEntry> last = this.queries.find(filterByMarker(marker), 2, 3);
		assertThat(first.totalItems()).isEqualTo(7);
		assertThat(first.totalPages()).isEqualTo(3);
		assertThat(first.items()).hasSize(3);
		assertThat(last.items()).hasSize(1);
		assertThat(first.items().get(0).seq()).isGreaterThan(first.items().get(2).seq());
		AuditFilter tomorrow = new AuditFilter(null, null, null, marker, null,
				java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(1), null);
		assertThat(this.queries.find(tomorrow, 0, 10).totalItems()).isZero();
	}

	/** The entries of one test: its events carry a marker as their record's id. */
	private static AuditFilter filterByMarker(String marker) {
		return new AuditFilter(null, null, null, marker, null, null, null);
	}

	/**
	 * An event of a real action (actions are a closed set) about a record whose id is the
	 * test's marker.
	 */
	private static AuditEvent event(String marker) {
		return new AuditEvent(ACTION, "Project", marker, null, null, "test", AuditEvent.Outcome.SUCCESS, null);
	}

}
