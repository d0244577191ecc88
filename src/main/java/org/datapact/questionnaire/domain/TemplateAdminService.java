package org.datapact.questionnaire.domain;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.datapact.organisation.UserAccounts;
import org.datapact.shared.AuditEvent;
import org.datapact.shared.CurrentUser;
import org.datapact.shared.ForbiddenException;
import org.datapact.shared.InvalidRequestException;
import org.datapact.shared.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Admins manage questionnaire templates: make a draft from a published version, edit it,
 * publish it as the next immutable version or discard it, and move templates in and out
 * as JSON. A template key has at most one draft at a time. Every change and every export
 * is audited.
 */
@Service
@Transactional
public class TemplateAdminService {

	/** Largest JSON document an import reads. */
	public static final int MAX_IMPORT_BYTES = 1024 * 1024;

	static final String ENTITY = TemplateLibrary.ENTITY;

	private static final int AUDIT_DETAILS = 2000;

	private final TemplateVersionRepository versions;

	private final TemplateLibrary library;

	private final UserAccounts accounts;

	private final ApplicationEventPublisher events;

	private final java.time.Clock clock;

	TemplateAdminService(TemplateVersionRepository versions, TemplateLibrary library, UserAccounts accounts,
			ApplicationEventPublisher events, java.time.Clock clock) {
		this.versions = versions;
		this.library = library;
		this.accounts = accounts;
		this.events = events;
		this.clock = clock;
	}

	/** Refuses anyone but an admin, for pages that call nothing else first. */
	public void authorise(CurrentUser user) {
		requireAdmin(user);
	}

	/** Every version of every template, newest first within a template. */
	@Transactional(readOnly = true)
	public List<TemplateVersionRow> list(CurrentUser user) {
		requireAdmin(user);
		List<TemplateSummary> summaries = this.library.summaries();
		Set<String> drafted = new HashSet<>();
		summaries.stream().filter(TemplateSummary::isDraft).forEach((summary) -> drafted.add(summary.templateKey()));
		Map<UUID, String> names = names(summaries.stream().map(TemplateSummary::publishedBy).toList());
		return summaries.stream()
			.map((summary) -> new TemplateVersionRow(summary, name(names, summary.publishedBy()),
					!summary.isDraft() && !drafted.contains(summary.templateKey())))
			.toList();
	}

	/** One version with its content and, for a draft, what still stops publishing. */
	@Transactional(readOnly = true)
	public TemplateVersionDetail view(CurrentUser user, UUID id) {
		requireAdmin(user);
		TemplateVersion version = find(id);
		TemplateDefinition definition = this.library.definition(id);
		Map<UUID, String> names = names(java.util.Arrays.asList(version.publishedBy(), version.updatedBy()));
		UUID draftId = (version.status() == TemplateStatus.DRAFT) ? version.id()
				: this.versions.findByTemplateKeyAndStatus(version.templateKey(), TemplateStatus.DRAFT)
					.map(TemplateVersion::id)
					.orElse(null);
		List<TemplateProblem> problems = (version.status() == TemplateStatus.DRAFT) ? definition.problems() : List.of();
		return new TemplateVersionDetail(this.library.summary(version), definition, problems,
				name(names, version.publishedBy()), name(names, version.updatedBy()), draftId);
	}

	/**
	 * Starts a draft from a published version. Refused while the template has a draft.
	 */
	public TemplateSummary createDraft(CurrentUser user, UUID publishedId) {
		requireAdmin(user);
		TemplateVersion published = find(publishedId);
		if (published.status() != TemplateStatus.PUBLISHED) {
			throw new InvalidRequestException("template", "template.draft.fromDraft");
		}
		requireNoDraft(published.templateKey());
		TemplateDefinition definition = this.library.definition(publishedId);
		TemplateVersion draft = saveNewDraft(
				TemplateVersion.draft(definition, publishedId, user.id(), this.clock.instant()));
		audit(user, "QUESTIONNAIRE_TEMPLATE_DRAFTED", draft,
				"key=" + draft.templateKey() + " basedOn=" + publishedId + " version=" + published.version());
		return this.library.summary(draft);
	}

	/**
	 * Applies an edit to a draft, as long as nobody changed the draft since the caller
	 * read it ({@code lockVersion}).
	 * @throws OptimisticLockingFailureException when the draft changed meanwhile
	 * @throws TemplateEditRefused when the edit cannot be made as asked
	 */
	public TemplateSummary edit(CurrentUser user, UUID draftId, long lockVersion, TemplateEdit edit) {
		requireAdmin(user);
		TemplateVersion draft = find(draftId);
		draft.requireDraft();
		checkLock(draft, lockVersion);
		TemplateDefinition current = TemplateJson.read(draft.definition());
		TemplateDefinition changed = edit.applyTo(current);
		if (!changed.equals(current)) {
			draft.edit(changed, user.id(), this.clock.instant());
			this.versions.saveAndFlush(draft);
			audit(user, "QUESTIONNAIRE_TEMPLATE_EDITED", draft, edit.describe());
		}
		return this.library.summary(draft);
	}

	/**
	 * Publishes a draft as the template's next version, unless it still has problems.
	 */
	public PublishOutcome publish(CurrentUser user, UUID draftId, long lockVersion) {
		requireAdmin(user);
		TemplateVersion draft = find(draftId);
		draft.requireDraft();
		checkLock(draft, lockVersion);
		List<TemplateProblem> problems = TemplateJson.read(draft.definition()).problems();
		if (!problems.isEmpty()) {
			return new PublishOutcome.Refused(problems);
		}
		int number = this.versions.lastVersion(draft.templateKey()) + 1;
		draft.publish(number, user.id(), this.clock.instant());
		this.versions.saveAndFlush(draft);
		audit(user, "QUESTIONNAIRE_TEMPLATE_PUBLISHED", draft, "key=" + draft.templateKey() + " version=" + number);
		return new PublishOutcome.Published(draft.id(), number);
	}

	/** Throws a draft away. */
	public void discard(CurrentUser user, UUID draftId, long lockVersion) {
		requireAdmin(user);
		TemplateVersion draft = find(draftId);
		draft.requireDraft();
		checkLock(draft, lockVersion);
		this.versions.delete(draft);
		this.versions.flush();
		audit(user, "QUESTIONNAIRE_TEMPLATE_DISCARDED", draft, "key=" + draft.templateKey());
	}

	/**
	 * Reads a template from JSON and keeps it as a draft: of a new template, or of an
	 * existing one that has no draft. Nothing is kept when the document has problems.
	 */
	public ImportOutcome importJson(CurrentUser user, String json) {
		requireAdmin(user);
		if (json != null && json.getBytes(StandardCharsets.UTF_8).length > MAX_IMPORT_BYTES) {
			return new ImportOutcome.Refused(
					List.of(TemplateProblem.of("", "template.import.tooLarge", MAX_IMPORT_BYTES / 1024)));
		}
		TemplateJson.Imported imported = TemplateJson.parse(json);
		if (!imported.isValid()) {
			return new ImportOutcome.Refused(imported.problems());
		}
		TemplateDefinition template = imported.template();
		if (this.versions.findByTemplateKeyAndStatus(template.key(), TemplateStatus.DRAFT).isPresent()) {
			return new ImportOutcome.Refused(
					List.of(TemplateProblem.of("key", "template.import.draftExists", template.key())));
		}
		UUID basedOn = this.versions
			.findFirstByTemplateKeyAndStatusOrderByVersionDesc(template.key(), TemplateStatus.PUBLISHED)
			.map(TemplateVersion::id)
			.orElse(null);
		TemplateVersion draft = saveNewDraft(TemplateVersion.draft(template, basedOn, user.id(), this.clock.instant()));
		audit(user, "QUESTIONNAIRE_TEMPLATE_IMPORTED", draft,
				"key=" + template.key() + ((basedOn != null) ? " basedOn=" + basedOn : " new template"));
		return new ImportOutcome.Imported(this.library.summary(draft));
	}

	/** A version as the JSON document import reads back. */
	public TemplateExport export(CurrentUser user, UUID id) {
		requireAdmin(user);
		TemplateVersion version = find(id);
		String json = TemplateJson.write(this.library.definition(id));
		String name = version.templateKey()
				+ ((version.status() == TemplateStatus.PUBLISHED) ? "-v" + version.version() : "-draft") + ".json";
		audit(user, "QUESTIONNAIRE_TEMPLATE_EXPORTED", version, "key=" + version.templateKey()
				+ ((version.version() != null) ? " version=" + version.version() : " draft"));
		return new TemplateExport(name, json);
	}

	private TemplateVersion find(UUID id) {
		return this.versions.findById(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
	}

	private void requireNoDraft(String templateKey) {
		if (this.versions.findByTemplateKeyAndStatus(templateKey, TemplateStatus.DRAFT).isPresent()) {
			throw new InvalidRequestException("template", "template.draft.exists");
		}
	}

	/**
	 * Saves a new draft; another admin's draft of the same template, saved a moment
	 * earlier, wins (a unique index allows one draft per template key).
	 */
	private TemplateVersion saveNewDraft(TemplateVersion draft) {
		try {
			return this.versions.saveAndFlush(draft);
		}
		catch (DataIntegrityViolationException ex) {
			throw new InvalidRequestException("template", "template.draft.exists");
		}
	}

	private static void checkLock(TemplateVersion version, long lockVersion) {
		if (version.lockVersion() != lockVersion) {
			throw new OptimisticLockingFailureException("Template draft changed since it was read");
		}
	}

	private Map<UUID, String> names(List<UUID> ids) {
		List<UUID> known = ids.stream().filter(Objects::nonNull).distinct().toList();
		return known.isEmpty() ? Map.of() : this.accounts.labels(known);
	}

	private static String name(Map<UUID, String> names, UUID id) {
		return (id != null) ? names.get(id) : null;
	}

	private void audit(CurrentUser user, String action, TemplateVersion version, String details) {
		String text = (details.length() > AUDIT_DETAILS) ? details.substring(0, AUDIT_DETAILS) : details;
		this.events.publishEvent(AuditEvent.success(user, action, ENTITY, version.id(), null).withDetails(text));
	}

	private static void requireAdmin(CurrentUser user) {
		if (user == null || !user.isAdmin()) {
			throw new ForbiddenException("administer questionnaire templates");
		}
	}

	/**
	 * A version in the list, with who published it and whether a draft can start from it.
	 */
	public record TemplateVersionRow(TemplateSummary summary, String publishedBy, boolean canDraft) {
	}

	/**
	 * A version's content; {@code draftId} is the template's draft (this version, when it
	 * is the draft), if there is one.
	 */
	public record TemplateVersionDetail(TemplateSummary summary, TemplateDefinition definition,
			List<TemplateProblem> problems, String publishedBy, String updatedBy, UUID draftId) {

		public TemplateVersionDetail {
			problems = List.copyOf(problems);
		}

		public boolean isDraft() {
			return this.summary.isDraft();
		}

	}

	public record TemplateExport(String fileName, String json) {
	}

	/** The outcome of publishing: the new version, or the problems that stop it. */
	public sealed interface PublishOutcome {

		record Published(UUID id, int version) implements PublishOutcome {
		}

		record Refused(List<TemplateProblem> problems) implements PublishOutcome {

			public Refused {
				problems = List.copyOf(problems);
			}

		}

	}

	/** The outcome of an import: the new draft, or the problems of the document. */
	public sealed interface ImportOutcome {

		record Imported(TemplateSummary draft) implements ImportOutcome {
		}

		record Refused(List<TemplateProblem> problems) implements ImportOutcome {

			public Refused {
				problems = List.copyOf(problems);
			}

		}

	}

}
