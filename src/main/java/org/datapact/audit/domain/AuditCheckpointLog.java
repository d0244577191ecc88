package org.datapact.audit.domain;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Writes the signed head of the audit chain to the application log now and then: logs
 * usually go somewhere the database's administrators cannot rewrite, so they keep a trail
 * of checkpoints to verify the log against.
 */
@Component
class AuditCheckpointLog {

	private static final Logger log = LoggerFactory.getLogger(AuditCheckpointLog.class);

	private final AuditQueries queries;

	AuditCheckpointLog(AuditQueries queries) {
		this.queries = queries;
	}

	@Scheduled(fixedDelayString = "${datapact.audit.checkpoint-log-interval:1h}", initialDelayString = "1m")
	void logCheckpoint() {
		AuditCheckpoint checkpoint = this.queries.checkpoint();
		log.info(
				"Audit checkpoint: {\"seq\": {}, \"hash\": \"{}\", \"createdAt\": \"{}\", \"keyId\": \"{}\", "
						+ "\"signature\": \"{}\"}",
				checkpoint.seq(), checkpoint.hash(), checkpoint.createdAt(), checkpoint.keyId(),
				checkpoint.signature());
	}

}
