package org.datapact.audit.domain;

import java.sql.Connection;
import java.time.Clock;
import java.util.List;

import javax.sql.DataSource;

import org.datapact.shared.AuditAction;
import org.datapact.shared.AuditEvent;
import org.datapact.shared.crypto.Secrets;
import org.datapact.shared.db.EmbeddedDatabase;
import org.datapact.support.Fixtures;
import org.datapact.support.IntegrationTest;
import org.datapact.support.TestDatabase;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Status;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An audit log the application cannot rewrite: its database role may only read and add
 * entries; the chain is keyed with a key outside the database, so recomputing it after a
 * change is detected; a signed checkpoint shows entries removed from the end; a refusal
 * survives its transaction's rollback.
 */
@IntegrationTest
class AuditIntegrityTest {

	@Autowired
	AuditLog log;

	@Autowired
	AuditQueries queries;

	@Autowired
	AuditKeys keys;

	@Autowired
	Clock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	AuditDatabaseRoleHealthIndicator health;

	@Test
	void theApplicationsRoleCanOnlyReadAndAddEntriesAndCannotTouchTheTriggers() {
		append("role-" + Fixtures.unique());
		for (String change : List.of("update audit_entry set details = 'changed'", "delete from audit_entry",
				"truncate audit_entry", "alter table audit_entry disable trigger audit_entry_no_update_or_delete",
				"drop trigger audit_entry_no_truncate on audit_entry")) {
			assertThatThrownBy(() -> this.jdbc.execute(change)).as(change)
				.isInstanceOf(DataAccessException.class)
				.rootCause()
				.message()
				.containsAnyOf("permission denied", "must be owner");
		}
		assertThat(this.health.health().getStatus()).isEqualTo(Status.UP);
		assertThat(this.queries.verify().intact()).isTrue();
	}

	@Test
	void connectedAsTheOwnerDataPactReportsItselfUnready() {
		// at least one entry, for the row trigger below to refuse changing
		append("owner-" + Fixtures.unique());
		JdbcTemplate owner = TestDatabase.asOwner();
		AuditDatabaseRoleHealthIndicator asOwner = new AuditDatabaseRoleHealthIndicator(
				JdbcClient.create(owner.getDataSource()),
				new StaticListableBeanFactory().getBeanProvider(EmbeddedDatabase.class));
		assertThat(asOwner.health().getStatus()).isEqualTo(Status.DOWN);
		assertThat(asOwner.health().getDetails()).containsEntry("reason", "database user owns the audit log");
		StaticListableBeanFactory embedded = new StaticListableBeanFactory();
		embedded.addBean("embedded", new EmbeddedDatabase(java.nio.file.Path.of(".data/postgres")));
		AuditDatabaseRoleHealthIndicator onEmbedded = new AuditDatabaseRoleHealthIndicator(
				JdbcClient.create(owner.getDataSource()), embedded.getBeanProvider(EmbeddedDatabase.class));
		assertThat(onEmbedded.health().getStatus()).as("excepted, with a notice").isEqualTo(Status.UP);
		assertThat(onEmbedded.health().getDetails()).containsKey("notice");
		// even the owner's triggers hold; only switching them off would let it rewrite
		assertThatThrownBy(() -> owner.update("update audit_entry set details = 'changed'"))
			.hasMessageContaining("append-only");
	}

	@Test
	void entriesAreKeyedAndAChainRecomputedWithoutTheKeyIsDetected() throws Exception {
		String marker = "keyed-" + Fixtures.unique();
		append(marker);
		append("after-" + Fixtures.unique());
		AuditEntry entry = this.jdbc.queryForObject("select * from audit_entry where entity_id = ?",
				AuditQueries::entry, marker);
		assertThat(entry.keyId()).isEqualTo("test-audit");
		assertThat(entry.hash()).as("not the plain SHA-256 of the entry")
			.isNotEqualTo(Secrets.sha256Hex(AuditHashes.payload(entry)))
			.isEqualTo(this.keys.mac(AuditHashes.payload(entry)));

		asOwnerThenRollBack((owner, queries) -> {
			owner.execute("alter table audit_entry disable trigger audit_entry_no_update_or_delete");
			// a forger changes the entry and recomputes every hash after it, without the
			// key
			owner.update("update audit_entry set details = 'forged' where seq = ?", entry.seq());
			String previous = entry.previousHash();
			for (AuditEntry later : owner.query("select * from audit_entry where seq >= ? order by seq",
					AuditQueries::entry, entry.seq())) {
				AuditEntry relinked = new AuditEntry(later.seq(), later.occurredAt(), later.actorId(),
						later.actorLabel(), later.action(), later.entityType(), later.entityId(),
						later.organisationId(), later.address(), later.outcome(), later.details(), previous,
						later.hash(), later.keyId());
				String forged = Secrets.sha256Hex(AuditHashes.payload(relinked));
				owner.update("update audit_entry set previous_hash = ?, hash = ? where seq = ?", previous, forged,
						later.seq());
				previous = forged;
			}
			AuditVerification result = queries.verify();
			assertThat(result.intact()).isFalse();
			assertThat(result.firstBrokenSeq()).isEqualTo(entry.seq());
		});
		assertThat(this.queries.verify().intact()).isTrue();
	}

	@Test
	void aSignedCheckpointShowsEntriesRemovedFromTheEnd() throws Exception {
		append("before-checkpoint-" + Fixtures.unique());
		AuditCheckpoint checkpoint = this.queries.checkpoint();
		assertThat(this.queries.verify(checkpoint).checkpoint().holds()).isTrue();
		append("after-checkpoint-" + Fixtures.unique());
		assertThat(this.queries.verify(checkpoint).intact()).as("the log grew: fine").isTrue();

		asOwnerThenRollBack((owner, queries) -> {
			owner.execute("alter table audit_entry disable trigger audit_entry_no_update_or_delete");
			owner.update("delete from audit_entry where seq > ?", checkpoint.seq() - 3);
			AuditVerification truncated = queries.verify(checkpoint);
			assertThat(truncated.firstBrokenSeq()).as("what is left still chains").isNull();
			assertThat(truncated.intact()).isFalse();
			assertThat(truncated.checkpoint().missingFromEnd()).isEqualTo(3);
		});

		AuditCheckpoint forged = new AuditCheckpoint(checkpoint.seq(), checkpoint.hash(), checkpoint.createdAt(),
				checkpoint.keyId(), Secrets.sha256Hex("not signed by DataPact"));
		AuditVerification unsigned = this.queries.verify(forged);
		assertThat(unsigned.intact()).isFalse();
		assertThat(unsigned.checkpoint().signatureValid()).isFalse();
		String otherHash = "f".repeat(64);
		AuditCheckpoint rewritten = new AuditCheckpoint(checkpoint.seq(), otherHash, checkpoint.createdAt(),
				checkpoint.keyId(),
				this.keys.mac(AuditCheckpoint.signed(checkpoint.seq(), otherHash, checkpoint.createdAt())));
		assertThat(this.queries.verify(rewritten).checkpoint().entryMatches()).isFalse();
	}

	@Test
	void aRefusalSurvivesTheRollbackOfItsTransaction() {
		String refused = "refused-" + Fixtures.unique();
		String ordinary = "ordinary-" + Fixtures.unique();
		assertThatThrownBy(() -> this.transactions.executeWithoutResult((status) -> {
			this.log.append(event(ordinary));
			this.log.appendIndependently(event(refused));
			throw new IllegalStateException("the refused action rolls back");
		})).isInstanceOf(IllegalStateException.class);
		assertThat(count(ordinary)).isZero();
		assertThat(count(refused)).as("written once the chain's lock was let go").isEqualTo(1);

		String alone = "refused-alone-" + Fixtures.unique();
		assertThatThrownBy(() -> this.transactions.executeWithoutResult((status) -> {
			this.log.appendIndependently(event(alone));
			throw new IllegalStateException("the refused action rolls back");
		})).isInstanceOf(IllegalStateException.class);
		assertThat(count(alone)).as("written on a connection of its own").isEqualTo(1);
		assertThat(this.queries.verify().intact()).isTrue();
	}

	/** The entries of one test: its events carry a marker as their record's id. */
	private int count(String marker) {
		return this.jdbc.queryForObject("select count(*) from audit_entry where entity_id = ?", Integer.class, marker);
	}

	private void append(String marker) {
		this.log.append(event(marker));
	}

	/**
	 * An event of a real action (actions are a closed set) about a record whose id is the
	 * test's marker.
	 */
	private static AuditEvent event(String marker) {
		return new AuditEvent(AuditAction.PROJECT_UPDATED.name(), "Project", marker, null, null, "test",
				AuditEvent.Outcome.SUCCESS, null);
	}

	/**
	 * Acts as the schema's owner in one transaction that is rolled back, and verifies
	 * what that transaction sees.
	 */
	private void asOwnerThenRollBack(OwnerWork work) throws Exception {
		DataSource owner = TestDatabase.asOwner().getDataSource();
		try (Connection connection = owner.getConnection()) {
			connection.setAutoCommit(false);
			try {
				SingleConnectionDataSource single = new SingleConnectionDataSource(connection, true);
				work.run(new JdbcTemplate(single), new AuditQueries(JdbcClient.create(single), this.clock, this.keys));
			}
			finally {
				connection.rollback();
			}
		}
	}

	@FunctionalInterface
	interface OwnerWork {

		void run(JdbcTemplate owner, AuditQueries queries) throws Exception;

	}

}
