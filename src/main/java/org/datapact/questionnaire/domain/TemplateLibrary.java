package org.datapact.questionnaire.domain;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;

import org.datapact.shared.CurrentUser;
import org.datapact.shared.ListPage;
import org.datapact.shared.NotFoundException;
import org.datapact.shared.PageQuery;
import org.datapact.shared.Role;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads template versions. Published versions never change, so their parsed definitions
 * are kept in memory once read: rendering a questionnaire costs no query for its
 * template.
 */
@Component
@Transactional(readOnly = true)
public class TemplateLibrary {

	public static final String DEFAULT_KEY = "data_security";

	static final String ENTITY = TemplateVersions.ENTITY;

	private final TemplateVersions versions;

	TemplateLibrary(TemplateVersions versions) {
		this.versions = versions;
	}

	public TemplateDefinition definition(UUID templateId) {
		return this.versions.cached(templateId)
			.orElseGet(() -> this.versions.definition(this.versions.find(templateId)));
	}

	/**
	 * A version as the reader may see it: published ones to anyone signed in, drafts to
	 * admins only, who edit them; for anyone else a draft answers like a missing version.
	 */
	public TemplateDefinition definitionReadBy(UUID templateId, CurrentUser reader) {
		return this.versions.cached(templateId).orElseGet(() -> {
			TemplateVersion version = this.versions.find(templateId);
			if (version.isDraft() && !reader.has(Role.ADMIN)) {
				throw new NotFoundException(ENTITY, templateId);
			}
			return this.versions.definition(version);
		});
	}

	/**
	 * The newest published version of a template, which new questionnaires start with.
	 */
	public UUID latestPublished(String templateKey) {
		return this.versions.latestPublished(templateKey)
			.map(TemplateVersion::id)
			.orElseThrow(() -> new NotFoundException(ENTITY, templateKey));
	}

	/**
	 * A page of every version of every template: by template, each with its draft and
	 * then its newest versions.
	 */
	public ListPage<TemplateSummary> summaries(PageQuery query) {
		// one transaction: counting a version's questions reads the row already loaded
		return this.versions.page(query).map(this::summary);
	}

	/** Which of these templates have a draft. */
	public Set<String> withDraft(Collection<String> templateKeys) {
		return this.versions.keysWithDraft(templateKeys);
	}

	public TemplateSummary summary(UUID templateId) {
		return summary(this.versions.find(templateId));
	}

	TemplateSummary summary(TemplateVersion version) {
		return new TemplateSummary(version.id(), version.templateKey(), version.version(), version.status(),
				version.title(), version.basedOn(), version.updatedBy(), version.updatedAt(), version.publishedBy(),
				version.publishedAt(), version.lockVersion(), this.versions.definition(version).questions().size());
	}

}
