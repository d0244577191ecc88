package org.datapact.questionnaire.domain;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.datapact.shared.AuditEvent;
import org.datapact.shared.CurrentUser;
import org.datapact.shared.NotFoundException;
import org.datapact.shared.Role;
import org.datapact.shared.ShippedDefinitions;

import org.springframework.context.ApplicationEventPublisher;
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

	static final String ENTITY = "QuestionnaireTemplate";

	private final TemplateVersionRepository versions;

	private final Map<UUID, TemplateDefinition> published = new ConcurrentHashMap<>();

	private final Clock clock;

	private final ApplicationEventPublisher events;

	TemplateLibrary(TemplateVersionRepository versions, Clock clock, ApplicationEventPublisher events) {
		this.versions = versions;
		this.clock = clock;
		this.events = events;
	}

	public TemplateDefinition definition(UUID templateId) {
		TemplateDefinition cached = this.published.get(templateId);
		if (cached != null) {
			return cached;
		}
		TemplateVersion version = this.versions.findById(templateId)
			.orElseThrow(() -> new NotFoundException(ENTITY, templateId));
		TemplateDefinition definition = TemplateJson.read(version.definition());
		if (version.status() == TemplateStatus.PUBLISHED) {
			this.published.put(templateId, definition);
		}
		return definition;
	}

	/**
	 * A version as the reader may see it: published ones to anyone signed in, drafts to
	 * admins only, who edit them; for anyone else a draft answers like a missing version.
	 */
	public TemplateDefinition definitionReadBy(UUID templateId, CurrentUser reader) {
		TemplateDefinition cached = this.published.get(templateId);
		if (cached != null) {
			return cached;
		}
		TemplateVersion version = this.versions.findById(templateId)
			.filter((found) -> found.status() == TemplateStatus.PUBLISHED || reader.has(Role.ADMIN))
			.orElseThrow(() -> new NotFoundException(ENTITY, templateId));
		return definition(version.id());
	}

	/**
	 * The newest published version of a template, which new questionnaires start with.
	 */
	public UUID latestPublished(String templateKey) {
		return this.versions.findFirstByTemplateKeyAndStatusOrderByVersionDesc(templateKey, TemplateStatus.PUBLISHED)
			.map(TemplateVersion::id)
			.orElseThrow(() -> new NotFoundException(ENTITY, templateKey));
	}

	public List<TemplateSummary> summaries() {
		return this.versions.findAllByOrderByTemplateKeyAscVersionDesc().stream().map(this::summary).toList();
	}

	public TemplateSummary summary(UUID templateId) {
		return summary(this.versions.findById(templateId).orElseThrow(() -> new NotFoundException(ENTITY, templateId)));
	}

	TemplateSummary summary(TemplateVersion version) {
		return new TemplateSummary(version.id(), version.templateKey(), version.version(), version.status(),
				version.title(), version.basedOn(), version.updatedBy(), version.updatedAt(), version.publishedBy(),
				version.publishedAt(), version.lockVersion(), definition(version.id()).questions().size());
	}

	/**
	 * The versions of a template DataPact ships, for
	 * {@link org.datapact.shared.ShippedDefinitions}: the shipped definition is published
	 * as the next version by the system, or left as a draft based on the newest published
	 * one.
	 */
	ShippedDefinitions.Versions shippedVersions(TemplateDefinition template) {
		if (!template.problems().isEmpty()) {
			throw new IllegalStateException("The template " + template.key() + " has problems: " + template.problems());
		}
		return new ShippedDefinitions.Versions() {

			@Override
			public Optional<UUID> latestPublished() {
				return TemplateLibrary.this.versions
					.findFirstByTemplateKeyAndStatusOrderByVersionDesc(template.key(), TemplateStatus.PUBLISHED)
					.map(TemplateVersion::id);
			}

			@Override
			public boolean hasDraft() {
				return TemplateLibrary.this.versions.findByTemplateKeyAndStatus(template.key(), TemplateStatus.DRAFT)
					.isPresent();
			}

			@Override
			public UUID publishShipped() {
				int number = TemplateLibrary.this.versions.lastVersion(template.key()) + 1;
				TemplateVersion version = TemplateVersion.draft(template, latestPublished().orElse(null), null,
						TemplateLibrary.this.clock.instant());
				version.publish(number, null, TemplateLibrary.this.clock.instant());
				TemplateLibrary.this.versions.saveAndFlush(version);
				audit("QUESTIONNAIRE_TEMPLATE_PUBLISHED", version,
						"key=" + template.key() + " version=" + number + " shipped with DataPact");
				return version.id();
			}

			@Override
			public UUID draftShipped() {
				TemplateVersion draft = TemplateVersion.draft(template, latestPublished().orElse(null), null,
						TemplateLibrary.this.clock.instant());
				TemplateLibrary.this.versions.saveAndFlush(draft);
				audit("QUESTIONNAIRE_TEMPLATE_DRAFTED", draft, "key=" + template.key()
						+ " shipped with DataPact, to review: administrators published their own version since");
				return draft.id();
			}

			private void audit(String action, TemplateVersion version, String details) {
				TemplateLibrary.this.events.publishEvent(new AuditEvent(action, ENTITY, version.id().toString(), null,
						null, "system", AuditEvent.Outcome.SUCCESS, details));
			}

		};
	}

}
