package org.datapact.classification;

import java.util.Arrays;

import com.fasterxml.jackson.annotation.JsonValue;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What started a classification run. Stored, shown and exchanged by its {@link #key()}
 * ({@code on-demand}, not {@code ON_DEMAND}), which the API document lists as the run's
 * {@code trigger}.
 */
@Schema(description = "What started a classification run")
public enum RunTrigger {

	/** The questionnaire was submitted. */
	SUBMITTED("submitted"),

	/** A scoper accepted the questionnaire. */
	ACCEPTED("accepted"),

	/** A scoper or an admin asked for it. */
	ON_DEMAND("on-demand"),

	/** An admin declared or ended a context the project is in. */
	CONTEXT("context"),

	/** A dataset's level was overridden or an override was decided. */
	OVERRIDE("override"),

	/** Another rule set came into force. */
	RULES("rules");

	private final String key;

	RunTrigger(String key) {
		this.key = key;
	}

	@JsonValue
	public String key() {
		return this.key;
	}

	/** The trigger stored under this key. */
	public static RunTrigger of(String key) {
		return Arrays.stream(values())
			.filter((trigger) -> trigger.key.equals(key))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("Unknown classification trigger: " + key));
	}

}
