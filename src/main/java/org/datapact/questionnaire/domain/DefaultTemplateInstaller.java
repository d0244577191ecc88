package org.datapact.questionnaire.domain;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.datapact.definition.DefinitionVersions.Shipped;
import org.datapact.definition.ShippedDefinitions;
import org.datapact.shared.AuditEvent;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Brings the Data Security Questionnaire shipped with DataPact to the database at
 * start-up: as version 1 on a fresh installation, as the next version where the newest is
 * the one DataPact shipped before, as a draft to review where administrators published
 * their own since (see {@link ShippedDefinitions}). Questionnaires keep the version they
 * started with; new ones start with the newest.
 */
@Component
class DefaultTemplateInstaller implements ApplicationRunner {

	/** The class path resource of the shipped template. */
	static final String RESOURCE = "questionnaire/default-template.json";

	/**
	 * The version of {@value #RESOURCE} DataPact ships: raised with every change to the
	 * file, so that existing installations receive it. Version 2 asks what a dataset
	 * counts and which groups of people it describes.
	 */
	static final int SHIPPED_VERSION = 2;

	static final String KIND = "questionnaire-template";

	private final TemplateVersions versions;

	private final ShippedDefinitions shipped;

	private final ApplicationEventPublisher events;

	DefaultTemplateInstaller(TemplateVersions versions, ShippedDefinitions shipped, ApplicationEventPublisher events) {
		this.versions = versions;
		this.shipped = shipped;
		this.events = events;
	}

	/** Installs and audits in one transaction. */
	@Override
	@Transactional
	public void run(ApplicationArguments args) throws IOException {
		TemplateDefinition template = TemplateJson
			.read(new ClassPathResource(RESOURCE).getContentAsString(StandardCharsets.UTF_8));
		Shipped<TemplateVersion> installed = this.versions.installShipped(this.shipped, KIND, SHIPPED_VERSION, template,
				null);
		switch (installed.outcome()) {
			case PUBLISHED_FIRST, PUBLISHED_NEXT -> audit("QUESTIONNAIRE_TEMPLATE_PUBLISHED", installed.version(),
					"key=" + template.key() + " version=" + installed.version().version() + " shipped with DataPact");
			case DRAFTED -> audit("QUESTIONNAIRE_TEMPLATE_DRAFTED", installed.version(), "key=" + template.key()
					+ " shipped with DataPact, to review: administrators published their own version since");
			default -> {
			}
		}
	}

	private void audit(String action, TemplateVersion version, String details) {
		this.events.publishEvent(new AuditEvent(action, TemplateVersions.ENTITY, version.id().toString(), null, null,
				"system", AuditEvent.Outcome.SUCCESS, details));
	}

}
