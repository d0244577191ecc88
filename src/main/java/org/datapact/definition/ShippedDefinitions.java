package org.datapact.definition;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Brings versioned definitions that DataPact ships (the default questionnaire template,
 * the default classification rules) to every installation, fresh or existing, once per
 * shipped version, also when several instances start together:
 * <ul>
 * <li>a database without any published version gets the shipped one as version 1;</li>
 * <li>one whose newest published version is the one DataPact shipped before gets the new
 * one published as its next version;</li>
 * <li>one where administrators published their own version since gets the shipped one as
 * a draft to review (never replacing their work), or, while they have a draft open,
 * nothing yet: it is tried again at the next start.</li>
 * </ul>
 * Which shipped versions an installation received is kept in {@code shipped_definition}.
 */
@Component
public class ShippedDefinitions {

	private static final Logger log = LoggerFactory.getLogger(ShippedDefinitions.class);

	private final JdbcClient jdbc;

	private final Clock clock;

	ShippedDefinitions(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** What installing a shipped version did. */
	public enum Outcome {

		/** Received before: nothing to do. */
		ALREADY_INSTALLED,
		/** Published as the first version of a fresh installation. */
		PUBLISHED_FIRST,
		/** Published as the next version, after the version shipped before. */
		PUBLISHED_NEXT,
		/** Left as a draft, because administrators published their own version since. */
		DRAFTED,
		/** Postponed: administrators have a draft open. */
		POSTPONED

	}

	/** The versions of one definition, as its module keeps them. */
	public interface Versions {

		/** The newest published version's id, if any. */
		Optional<UUID> latestPublished();

		boolean hasDraft();

		/** Publishes the shipped definition as the next version (1 when none); its id. */
		UUID publishShipped();

		/** Makes the shipped definition a draft based on the newest published version. */
		UUID draftShipped();

	}

	/**
	 * Installs a shipped version of a definition, in the caller's transaction, under a
	 * lock that other instances wait for.
	 * @param kind the kind of definition, e.g. {@code classification-rule-set}
	 * @param key the definition's key, e.g. {@code iom-table-a-default}
	 * @param shippedVersion the version DataPact ships, raised whenever the shipped file
	 * changes
	 */
	@Transactional
	public Outcome install(String kind, String key, int shippedVersion, Versions versions) {
		this.jdbc.sql("select 1 from (select pg_advisory_xact_lock(hashtext(?))) locked")
			.param("shipped:" + kind + ":" + key)
			.query(Integer.class)
			.single();
		boolean received = this.jdbc.sql(
				"select count(*) from shipped_definition where kind = ? and definition_key = ? and shipped_version = ?")
			.params(kind, key, shippedVersion)
			.query(Long.class)
			.single() > 0;
		if (received) {
			return Outcome.ALREADY_INSTALLED;
		}
		Optional<UUID> latest = versions.latestPublished();
		Optional<UUID> shippedBefore = this.jdbc.sql("""
				select installed_id from shipped_definition
				where kind = ? and definition_key = ? and outcome = 'PUBLISHED'
				order by shipped_version desc limit 1""").params(kind, key).query(UUID.class).optional();
		Outcome outcome;
		UUID installed;
		if (latest.isEmpty()) {
			installed = versions.publishShipped();
			outcome = Outcome.PUBLISHED_FIRST;
		}
		else if (latest.equals(shippedBefore)) {
			installed = versions.publishShipped();
			outcome = Outcome.PUBLISHED_NEXT;
		}
		else if (!versions.hasDraft()) {
			installed = versions.draftShipped();
			outcome = Outcome.DRAFTED;
		}
		else {
			log.warn("DataPact ships version {} of the {} '{}', but administrators have a draft open: "
					+ "it will be offered at the next start", shippedVersion, kind, key);
			return Outcome.POSTPONED;
		}
		this.jdbc
			.sql("""
					insert into shipped_definition (kind, definition_key, shipped_version, installed_id, outcome, installed_at)
					values (?, ?, ?, ?, ?, ?)""")
			.params(kind, key, shippedVersion, installed, (outcome == Outcome.DRAFTED) ? "DRAFT" : "PUBLISHED",
					Timestamp.from(this.clock.instant()))
			.update();
		log.info("Shipped version {} of the {} '{}': {}", shippedVersion, kind, key, outcome);
		return outcome;
	}

}
