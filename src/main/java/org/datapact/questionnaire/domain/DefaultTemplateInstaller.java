package org.datapact.questionnaire.domain;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.datapact.shared.ShippedDefinitions;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

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

	private final TemplateLibrary library;

	private final ShippedDefinitions shipped;

	DefaultTemplateInstaller(TemplateLibrary library, ShippedDefinitions shipped) {
		this.library = library;
		this.shipped = shipped;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		TemplateDefinition template = TemplateJson
			.read(new ClassPathResource(RESOURCE).getContentAsString(StandardCharsets.UTF_8));
		this.shipped.install(KIND, template.key(), SHIPPED_VERSION, this.library.shippedVersions(template));
	}

}
