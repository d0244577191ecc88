package org.datapact.audit.web;

import java.time.Instant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.datapact.audit.domain.AuditCheckpoint;

/** A saved checkpoint sent back for verification. */
record CheckpointForm(@NotNull @PositiveOrZero Long seq, @NotBlank @Pattern(regexp = "[0-9a-f]{64}") String hash,
		@NotNull Instant createdAt, @NotBlank @Size(max = 64) String keyId,
		@NotBlank @Pattern(regexp = "[0-9a-f]{64}") String signature) {

	AuditCheckpoint checkpoint() {
		return new AuditCheckpoint(this.seq, this.hash, this.createdAt, this.keyId, this.signature);
	}

}
