package org.datapact.security.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.datapact.shared.AuditEvent;
import org.datapact.shared.CurrentUser;
import org.datapact.shared.InvalidRequestException;
import org.datapact.shared.ListPage;
import org.datapact.shared.NotFoundException;
import org.datapact.shared.PageQuery;
import org.datapact.shared.crypto.Secrets;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens: created and named by their owner, shown once, stored as a SHA-256
 * hash (the secret has 256 random bits, so a fast hash is enough), revocable, and
 * expiring.
 */
@Service
public class ApiTokenService {

	static final String PREFIX = "dp_";

	private static final int MAX_ACTIVE_TOKENS = 20;

	private final ApiTokenRepository tokens;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ApiTokenService(ApiTokenRepository tokens, ApplicationEventPublisher events, Clock clock) {
		this.tokens = tokens;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public NewApiToken create(CurrentUser owner, String name, int validDays, TokenScope scope) {
		if (validDays < 1 || validDays > 365) {
			throw new InvalidRequestException("validDays", "token.validDays.range");
		}
		if (this.tokens.countByUserIdAndRevokedAtIsNull(owner.id()) >= MAX_ACTIVE_TOKENS) {
			throw new InvalidRequestException("name", "token.tooMany");
		}
		String secret = PREFIX + Secrets.random();
		Instant now = this.clock.instant();
		TokenScope chosen = (scope != null) ? scope : TokenScope.READ;
		ApiToken token = new ApiToken(owner.id(), name.strip(), chosen, hash(secret), now,
				now.plus(Duration.ofDays(validDays)));
		this.tokens.save(token);
		this.events.publishEvent(
				AuditEvent.success(owner, "API_TOKEN_CREATED", "ApiToken", token.getId(), owner.organisationId())
					.withDetails("scope=" + chosen));
		return new NewApiToken(token.view(now), secret);
	}

	/** One page of the owner's tokens, newest first. */
	@Transactional(readOnly = true)
	public ListPage<ApiTokenView> list(CurrentUser owner, PageQuery query) {
		Instant now = this.clock.instant();
		return ListPage.of(
				this.tokens.findByUserId(owner.id(),
						query.pageable(
								Sort.by(Sort.Direction.DESC, "createdAt").and(Sort.by(Sort.Direction.DESC, "id")))),
				(t) -> t.view(now));
	}

	@Transactional
	public void revoke(CurrentUser owner, UUID tokenId) {
		ApiToken token = this.tokens.findById(tokenId)
			.filter((t) -> t.getUserId().equals(owner.id()))
			.orElseThrow(() -> new NotFoundException("ApiToken", tokenId));
		token.revoke(this.clock.instant());
		this.events
			.publishEvent(AuditEvent.success(owner, "API_TOKEN_REVOKED", "ApiToken", tokenId, owner.organisationId()));
	}

	/**
	 * Revokes every token of a person whose credentials or access changed; joins the
	 * transaction that made the change.
	 */
	@Transactional
	public int revokeAll(UUID userId, UUID organisationId, String reason) {
		int revoked = this.tokens.revokeAllOf(userId, this.clock.instant());
		if (revoked > 0) {
			this.events.publishEvent(new AuditEvent("API_TOKENS_REVOKED", "User", userId.toString(), organisationId,
					null, "system", AuditEvent.Outcome.SUCCESS, "count=" + revoked + " reason=" + reason));
		}
		return revoked;
	}

	/**
	 * The owner of a usable token, marking it used; empty for unknown, revoked or expired
	 * tokens.
	 */
	@Transactional
	public Optional<TokenOwner> authenticate(String secret) {
		if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
			return Optional.empty();
		}
		Instant now = this.clock.instant();
		return this.tokens.findByTokenHash(hash(secret)).filter((t) -> t.isUsable(now)).map((t) -> {
			t.used(now);
			return new TokenOwner(t.getId(), t.getUserId(), t.getScope(), t.getCreatedAt());
		});
	}

	/** Whose token it is, what it may do, and when it was made. */
	public record TokenOwner(UUID tokenId, UUID userId, TokenScope scope, Instant createdAt) {
	}

	static String hash(String secret) {
		return Secrets.sha256Hex(secret);
	}

}
