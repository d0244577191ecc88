package org.datapact.plan.domain;

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
 * Brings the plan template shipped with DataPact to the database at start-up, once per
 * shipped version (see {@link ShippedDefinitions}). Plans keep the template version they
 * were made from; new plans start from the newest.
 */
@Component
class DefaultPlanTemplateInstaller implements ApplicationRunner {

	static final String RESOURCE = "plan/default-template.json";

	/** Raised with every change to {@value #RESOURCE}. */
	static final int SHIPPED_VERSION = 1;

	static final String KIND = "plan-template";

	private final PlanTemplateVersions versions;

	private final ShippedDefinitions shipped;

	private final ApplicationEventPublisher events;

	DefaultPlanTemplateInstaller(PlanTemplateVersions versions, ShippedDefinitions shipped,
			ApplicationEventPublisher events) {
		this.versions = versions;
		this.shipped = shipped;
		this.events = events;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) throws IOException {
		PlanTemplateDefinition template = PlanTemplateJson
			.read(new ClassPathResource(RESOURCE).getContentAsString(StandardCharsets.UTF_8));
		Shipped<PlanTemplateVersion> installed = this.versions.installShipped(this.shipped, KIND, SHIPPED_VERSION,
				template, null);
		switch (installed.outcome()) {
			case PUBLISHED_FIRST, PUBLISHED_NEXT -> audit("PLAN_TEMPLATE_PUBLISHED", installed.version(),
					"key=" + template.key() + " version=" + installed.version().version() + " shipped with DataPact");
			case DRAFTED -> audit("PLAN_TEMPLATE_DRAFTED", installed.version(), "key=" + template.key()
					+ " shipped with DataPact, to review: administrators published their own version since");
			default -> {
			}
		}
	}

	private void audit(String action, PlanTemplateVersion version, String details) {
		this.events.publishEvent(new AuditEvent(action, PlanTemplateVersions.ENTITY, version.id().toString(), null,
				null, "system", AuditEvent.Outcome.SUCCESS, details));
	}

}
