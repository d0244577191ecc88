package org.datapact.questionnaire.domain;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Publishes the shipped Data Security Questionnaire as version 1 on first start. Later
 * versions are made by admins in the template editor; this never overwrites them.
 */
@Component
class DefaultTemplateInstaller implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(DefaultTemplateInstaller.class);

	private final TemplateLibrary library;

	DefaultTemplateInstaller(TemplateLibrary library) {
		this.library = library;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		String json = new ClassPathResource("questionnaire/default-template.json")
			.getContentAsString(StandardCharsets.UTF_8);
		if (this.library.install(TemplateJson.read(json))) {
			logger.info("Published the default Data Security Questionnaire as version 1");
		}
	}

}
