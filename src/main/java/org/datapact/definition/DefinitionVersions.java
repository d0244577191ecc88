package org.datapact.definition;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.datapact.shared.InvalidRequestException;
import org.datapact.shared.ListPage;
import org.datapact.shared.NotFoundException;
import org.datapact.shared.PageQuery;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * The lifecycle of one kind of versioned definition: a draft made from a published
 * version (at most one draft per key), edited by commands as long as nobody changed it
 * since the caller read it, published as the key's next version once nothing stops it, or
 * thrown away; the versions DataPact ships installed once each. A kind extends this class
 * once, as a bean, saying how its content is read, written, titled and checked.
 *
 * <p>
 * Callers run in their own transaction and check who may do what; this class keeps the
 * rules of the lifecycle. Published versions never change, so their content is parsed
 * once and kept in memory.
 *
 * @param <D> the content of a version
 * @param <V> the kind's version entity
 */
public abstract class DefinitionVersions<D, V extends DefinitionVersion> {

	private final DefinitionVersionRepository<V> versions;

	private final Messages messages;

	private final Clock clock;

	private static final Sort LISTED = Sort.by(Sort.Order.asc("definitionKey"), Sort.Order.desc("version").nullsFirst(),
			Sort.Order.asc("id"));

	private final Map<UUID, D> published = new ConcurrentHashMap<>();

	protected DefinitionVersions(DefinitionVersionRepository<V> versions, Messages messages, Clock clock) {
		this.versions = versions;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * What a kind calls its refusals: the entity name of a missing version, the field and
	 * message keys of a second draft and of a draft made from a draft, and the message
	 * key of a change to a published version.
	 */
	public record Messages(String entity, String draftField, String draftExists, String draftFromDraft,
			String notEditable) {
	}

	// ---- What a kind says about its content

	/** Reads stored content, which was readable when stored. */
	protected abstract D read(String json);

	protected abstract String write(D definition);

	protected abstract String key(D definition);

	/** The English title lists show, as long as the table holds. */
	protected abstract String title(D definition);

	/** What stops publishing the content; empty when nothing does. */
	protected abstract List<Problem> problems(D definition);

	/**
	 * What refuses an edit at once, leaving the draft as it was; by default nothing, so a
	 * draft may have problems that only stop publishing.
	 */
	protected List<Problem> editProblems(D definition) {
		return List.of();
	}

	/** The content as it is kept under a version number (by default unchanged). */
	protected D numbered(D definition, int version) {
		return definition;
	}

	/** A new row of the kind's entity: a draft with no content yet. */
	protected abstract V newDraft(String key, UUID basedOn, UUID by, Instant now);

	// ---- Reading

	public V find(UUID id) {
		return this.versions.findById(id).orElseThrow(() -> new NotFoundException(this.messages.entity(), id));
	}

	/** A version that must be a draft. */
	public V findDraft(UUID id) {
		V version = find(id);
		requireDraft(version);
		return version;
	}

	public void requireDraft(DefinitionVersion version) {
		if (!version.isDraft()) {
			throw new DefinitionNotEditableException(this.messages.notEditable());
		}
	}

	/** A version's content; a published version's is read once. */
	public D definition(V version) {
		if (version.isDraft()) {
			return read(version.definition());
		}
		return this.published.computeIfAbsent(version.id(), (id) -> read(version.definition()));
	}

	/** A published version's content if it was read before: no query. */
	public Optional<D> cached(UUID id) {
		return Optional.ofNullable(this.published.get(id));
	}

	/**
	 * A page of every version, by key, each key's draft first and then newest first: one
	 * statement for the page and one for the total, whatever the number of versions.
	 */
	public ListPage<V> page(PageQuery query) {
		return ListPage.of(this.versions.findAllBy(query.pageable(LISTED)), (version) -> version);
	}

	/** Which of these keys have a draft. */
	public Set<String> keysWithDraft(Collection<String> keys) {
		return keys.isEmpty() ? Set.of() : Set.copyOf(this.versions.keysWithDraft(keys));
	}

	public Optional<V> draftOf(String key) {
		return this.versions.findByDefinitionKeyAndStatus(key, DefinitionStatus.DRAFT);
	}

	public Optional<V> latestPublished(String key) {
		return this.versions.findFirstByDefinitionKeyAndStatusOrderByVersionDesc(key, DefinitionStatus.PUBLISHED);
	}

	// ---- The lifecycle

	/**
	 * Starts a draft from a published version, with its content. Refused while the key
	 * has a draft.
	 */
	public V createDraft(UUID publishedId, UUID by) {
		V published = find(publishedId);
		if (published.isDraft()) {
			throw new InvalidRequestException(this.messages.draftField(), this.messages.draftFromDraft());
		}
		if (draftOf(published.definitionKey()).isPresent()) {
			throw draftExists();
		}
		return saveNewDraft(definition(published), publishedId, by);
	}

	/**
	 * Keeps content as a new draft of its key, numbered as the key's next version.
	 * Another admin's draft of the same key, saved a moment earlier, wins (a unique index
	 * allows one draft per key).
	 */
	public V saveNewDraft(D definition, UUID basedOn, UUID by) {
		Instant now = this.clock.instant();
		D numbered = numbered(definition, this.versions.lastVersion(key(definition)) + 1);
		V draft = newDraft(key(numbered), basedOn, by, now);
		draft.write(title(numbered), write(numbered), by, now);
		try {
			return this.versions.saveAndFlush(draft);
		}
		catch (DataIntegrityViolationException ex) {
			throw draftExists();
		}
	}

	/**
	 * Applies an edit to a draft, as long as nobody changed the draft since the caller
	 * read it. An edit that changes nothing saves nothing.
	 * @throws ObjectOptimisticLockingFailureException when the draft changed meanwhile
	 * @throws DefinitionEditRefused when the edit cannot be made as asked
	 */
	public Edited<D, V> edit(UUID draftId, long lockVersion, DefinitionEdit<D> edit, UUID by) {
		V draft = findDraft(draftId);
		checkLock(draft, lockVersion);
		D current = definition(draft);
		D changed = edit.applyTo(current);
		if (changed.equals(current)) {
			return new Edited<>(draft, current, false);
		}
		List<Problem> refused = editProblems(changed);
		if (!refused.isEmpty()) {
			throw new DefinitionEditRefused(refused);
		}
		if (!key(changed).equals(draft.definitionKey())) {
			throw new IllegalArgumentException("A draft keeps its key");
		}
		draft.write(title(changed), write(changed), by, this.clock.instant());
		this.versions.saveAndFlush(draft);
		return new Edited<>(draft, changed, true);
	}

	/**
	 * Publishes a draft as its key's next version, with who and (optionally) why, unless
	 * its content still has problems.
	 * @throws ObjectOptimisticLockingFailureException when the draft changed meanwhile
	 */
	public PublishOutcome publish(UUID draftId, long lockVersion, UUID by, String reason) {
		V draft = findDraft(draftId);
		checkLock(draft, lockVersion);
		int number = this.versions.lastVersion(draft.definitionKey()) + 1;
		D definition = numbered(definition(draft), number);
		List<Problem> problems = problems(definition);
		if (!problems.isEmpty()) {
			return new PublishOutcome.Refused(problems);
		}
		Instant now = this.clock.instant();
		draft.write(title(definition), write(definition), by, now);
		draft.publish(number, by, now, reason);
		this.versions.saveAndFlush(draft);
		return new PublishOutcome.Published(draft.id(), number);
	}

	/**
	 * Throws a draft away.
	 * @throws ObjectOptimisticLockingFailureException when the draft changed meanwhile
	 */
	public V discard(UUID draftId, long lockVersion) {
		V draft = findDraft(draftId);
		checkLock(draft, lockVersion);
		this.versions.delete(draft);
		this.versions.flush();
		return draft;
	}

	/**
	 * Brings content DataPact ships to this kind's versions, once per shipped version
	 * (see {@link ShippedDefinitions}): published by DataPact itself (no person) as the
	 * key's next version, or kept as a draft based on the newest published version; what
	 * it did and the version it made, if any.
	 * @param kind the kind of definition {@code shipped_definition} records, e.g.
	 * {@code classification-rule-set}
	 * @param shippedVersion the version DataPact ships, raised whenever the shipped file
	 * changes
	 * @param reason why a published version was published (optional)
	 * @throws IllegalStateException when the shipped content has problems
	 */
	public Shipped<V> installShipped(ShippedDefinitions shipped, String kind, int shippedVersion, D definition,
			String reason) {
		List<Problem> problems = problems(numbered(definition, 1));
		if (!problems.isEmpty()) {
			throw new IllegalStateException(
					"The shipped " + this.messages.entity() + " " + key(definition) + " has problems: " + problems);
		}
		String key = key(definition);
		List<V> made = new ArrayList<>(1);
		ShippedDefinitions.Outcome outcome = shipped.install(kind, key, shippedVersion,
				new ShippedDefinitions.Versions() {

					@Override
					public Optional<UUID> latestPublished() {
						return DefinitionVersions.this.latestPublished(key).map(DefinitionVersion::id);
					}

					@Override
					public boolean hasDraft() {
						return draftOf(key).isPresent();
					}

					@Override
					public UUID publishShipped() {
						made.add(publishNext(definition, latestPublished().orElse(null), reason));
						return made.get(0).id();
					}

					@Override
					public UUID draftShipped() {
						made.add(saveNewDraft(definition, latestPublished().orElse(null), null));
						return made.get(0).id();
					}

				});
		return new Shipped<>(outcome, made.isEmpty() ? null : made.get(0));
	}

	/** Publishes content as the key's next version, by DataPact itself. */
	private V publishNext(D definition, UUID basedOn, String reason) {
		Instant now = this.clock.instant();
		int number = this.versions.lastVersion(key(definition)) + 1;
		D numbered = numbered(definition, number);
		V version = newDraft(key(numbered), basedOn, null, now);
		version.write(title(numbered), write(numbered), null, now);
		version.publish(number, null, now, reason);
		return this.versions.saveAndFlush(version);
	}

	private InvalidRequestException draftExists() {
		return new InvalidRequestException(this.messages.draftField(), this.messages.draftExists());
	}

	private static void checkLock(DefinitionVersion version, long lockVersion) {
		if (version.lockVersion() != lockVersion) {
			throw new ObjectOptimisticLockingFailureException(version.getClass(), version.id());
		}
	}

	/**
	 * A draft after an edit: its content, and whether the edit changed it (and so was
	 * saved).
	 */
	public record Edited<D, V extends DefinitionVersion>(V version, D definition, boolean changed) {
	}

	/**
	 * What installing shipped content did, and the version it published or drafted (none
	 * when it was installed before or postponed).
	 */
	public record Shipped<V extends DefinitionVersion>(ShippedDefinitions.Outcome outcome, V version) {
	}

}
