package org.datapact.classification.domain;

import java.time.Period;

import org.datapact.classification.Level;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How long a classification result stands before it must be reviewed, by level
 * ({@code datapact.classification.review.secret|confidential|public}, ISO-8601 periods).
 */
@Component
class ReviewPeriods {

	private final Period secret;

	private final Period confidential;

	private final Period open;

	ReviewPeriods(@Value("${datapact.classification.review.secret:P3M}") String secret,
			@Value("${datapact.classification.review.confidential:P6M}") String confidential,
			@Value("${datapact.classification.review.public:P12M}") String open) {
		this.secret = Period.parse(secret);
		this.confidential = Period.parse(confidential);
		this.open = Period.parse(open);
	}

	Period of(Level level) {
		return switch (level) {
			case SECRET -> this.secret;
			case CONFIDENTIAL -> this.confidential;
			case PUBLIC -> this.open;
		};
	}

}
