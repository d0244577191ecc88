package org.datapact.questionnaire.domain;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.datapact.definition.DefinitionEditRefused;
import org.datapact.definition.DefinitionVersions.Edited;
import org.datapact.definition.Problem;
import org.datapact.definition.PublishOutcome;
import org.datapact.organisation.UserAccounts;
import org.datapact.shared.AuditEvent;
import org.datapact.shared.CurrentUser;
import org.datapact.shared.ForbiddenException;
import org.datapact.shared.ListPage;
import org.datapact.shared.PageQuery;

import org.springframework.context.ApplicationEventPublisher;
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

	private static final int AUDIT_DETAILS = 2000;

	private final TemplateVersions versions;

	private final TemplateLibrary library;

	private final UserAccounts accounts;

	private final ApplicationEventPublisher events;

	TemplateAdminService(TemplateVersions versions, TemplateLibrary library, UserAccounts accounts,
			ApplicationEventPublisher events) {
		this.versions = versions;
		this.library = library;
		this.accounts = accounts;
		this.events = events;
	}

	/** Refuses anyone but an admin, for pages that call nothing else first. */
	public void authorise(CurrentUser user) {
		requireAdmin(user);
	}

	/**
	 * A page of every version of every template: the templates changed most recently
	 * first, newest first within a template.
	 */
	@Transactional(readOnly = true)
	public ListPage<TemplateVersionRow> list(CurrentUser user, PageQuery query) {
		requireAdmin(user);
		ListPage<TemplateSummary> summaries = this.library.summaries(query);
		Set<String> drafted = this.library
			.withDraft(summaries.items().stream().map(TemplateSummary::templateKey).collect(Collectors.toSet()));
		Map<UUID, String> names = names(summaries.items().stream().map(TemplateSummary::publishedBy).toList());
		return summaries.map((summary) -> new TemplateVersionRow(summary, name(names, summary.publishedBy()),
				!summary.isDraft() && !drafted.contains(summary.templateKey())));
	}

	/** One version with its content and, for a draft, what still stops publishing. */
	@Transactional(readOnly = true)
	public TemplateVersionDetail view(CurrentUser user, UUID id) {
		requireAdmin(user);
		TemplateVersion version = this.versions.find(id);
		TemplateDefinition definition = this.versions.definition(version);
		Map<UUID, String> names = names(java.util.Arrays.asList(version.publishedBy(), version.updatedBy()));
		UUID draftId = version.isDraft() ? version.id()
				: this.versions.draftOf(version.templateKey()).map(TemplateVersion::id).orElse(null);
		List<Problem> problems = version.isDraft() ? this.versions.problems(definition) : List.of();
		return new TemplateVersionDetail(this.library.summary(version), definition, problems,
				name(names, version.publishedBy()), name(names, version.updatedBy()), draftId);
	}

	/**
	 * A draft with its content, for its editing forms; a published version is refused.
	 */
	@Transactional(readOnly = true)
	public TemplateVersionDetail viewDraft(CurrentUser user, UUID id) {
		requireAdmin(user);
		this.versions.requireDraft(this.versions.find(id));
		return view(user, id);
	}

	/**
	 * Starts a draft from a published version. Refused while the template has a draft.
	 */
	public TemplateSummary createDraft(CurrentUser user, UUID publishedId) {
		requireAdmin(user);
		TemplateVersion draft = this.versions.createDraft(publishedId, user.id());
		audit(user, "QUESTIONNAIRE_TEMPLATE_DRAFTED", draft, "key=" + draft.templateKey() + " basedOn=" + publishedId
				+ " version=" + this.versions.find(publishedId).version());
		return this.library.summary(draft);
	}

	/**
	 * Applies an edit to a draft, as long as nobody changed the draft since the caller
	 * read it ({@code lockVersion}).
	 * @throws OptimisticLockingFailureException when the draft changed meanwhile
	 * @throws DefinitionEditRefused when the edit cannot be made as asked
	 */
	public TemplateSummary edit(CurrentUser user, UUID draftId, long lockVersion, TemplateEdit edit) {
		requireAdmin(user);
		Edited<TemplateDefinition, TemplateVersion> edited = this.versions.edit(draftId, lockVersion, edit, user.id());
		if (edited.changed()) {
			audit(user, "QUESTIONNAIRE_TEMPLATE_EDITED", edited.version(), edit.describe());
		}
		return this.library.summary(edited.version());
	}

	/**
	 * Publishes a draft as the template's next version, unless it still has problems.
	 */
	public PublishOutcome publish(CurrentUser user, UUID draftId, long lockVersion) {
		requireAdmin(user);
		PublishOutcome outcome = this.versions.publish(draftId, lockVersion, user.id(), null);
		if (outcome instanceof PublishOutcome.Published published) {
			TemplateVersion version = this.versions.find(published.id());
			audit(user, "QUESTIONNAIRE_TEMPLATE_PUBLISHED", version,
					"key=" + version.templateKey() + " version=" + published.version());
		}
		return outcome;
	}

	/** Throws a draft away. */
	public void discard(CurrentUser user, UUID draftId, long lockVersion) {
		requireAdmin(user);
		TemplateVersion draft = this.versions.discard(draftId, lockVersion);
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
					List.of(Problem.of("", "template.import.tooLarge", MAX_IMPORT_BYTES / 1024)));
		}
		TemplateJson.Imported imported = TemplateJson.parse(json);
		if (!imported.isValid()) {
			return new ImportOutcome.Refused(imported.problems());
		}
		TemplateDefinition template = imported.template();
		if (this.versions.draftOf(template.key()).isPresent()) {
			return new ImportOutcome.Refused(List.of(Problem.of("key", "template.import.draftExists", template.key())));
		}
		UUID basedOn = this.versions.latestPublished(template.key()).map(TemplateVersion::id).orElse(null);
		TemplateVersion draft = this.versions.saveNewDraft(template, basedOn, user.id());
		audit(user, "QUESTIONNAIRE_TEMPLATE_IMPORTED", draft,
				"key=" + template.key() + ((basedOn != null) ? " basedOn=" + basedOn : " new template"));
		return new ImportOutcome.Imported(this.library.summary(draft));
	}

	/** A version as the JSON document import reads back. */
	public TemplateExport export(CurrentUser user, UUID id) {
		requireAdmin(user);
		TemplateVersion version = this.versions.find(id);
		String json = TemplateJson.write(this.versions.definition(version));
		String name = version.templateKey() + (version.isDraft() ? "-draft" : "-v" + version.version()) + ".json";
		audit(user, "QUESTIONNAIRE_TEMPLATE_EXPORTED", version, "key=" + version.templateKey()
				+ ((version.version() != null) ? " version=" + version.version() : " draft"));
		return new TemplateExport(name, json);
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
		this.events.publishEvent(
				AuditEvent.success(user, action, TemplateVersions.ENTITY, version.id(), null).withDetails(text));
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
	public record TemplateVersionDetail(TemplateSummary summary, TemplateDefinition definition, List<Problem> problems,
			String publishedBy, String updatedBy, UUID draftId) {

		public TemplateVersionDetail {
			problems = List.copyOf(problems);
		}

		public boolean isDraft() {
			return this.summary.isDraft();
		}

	}

	public record TemplateExport(String fileName, String json) {
	}

	/** The outcome of an import: the new draft, or the problems of the document. */
	public sealed interface ImportOutcome {

		record Imported(TemplateSummary draft) implements ImportOutcome {
		}

		record Refused(List<Problem> problems) implements ImportOutcome {

			public Refused {
				problems = List.copyOf(problems);
			}

		}

	}

}
