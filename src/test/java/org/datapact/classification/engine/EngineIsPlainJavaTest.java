package org.datapact.classification.engine;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The rules engine is plain Java: no Spring, no servlet or persistence API, and nothing
 * from the module's Spring side (domain, web), so that it can be run, tested and
 * benchmarked on its own.
 */
class EngineIsPlainJavaTest {

	private final JavaClasses classes = new ClassFileImporter().withImportOption(new ImportOption.DoNotIncludeTests())
		.importPackages("org.datapact.classification");

	@Test
	void theEngineDependsOnNoFramework() {
		noClasses().that()
			.resideInAPackage("org.datapact.classification.engine..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "jakarta..", "org.hibernate..",
					"org.datapact.classification.domain..", "org.datapact.classification.web..")
			.check(this.classes);
	}

	@Test
	void theModulesRecordsDependOnNoFrameworkEither() {
		noClasses().that()
			.resideInAPackage("org.datapact.classification")
			.and()
			.doNotHaveSimpleName("Classifier")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "jakarta..")
			.check(this.classes);
	}

}
