package id.pulih;

import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The module structure holds (no cycles, no reaching into another module's internals) and
 * its documentation is written to target/spring-modulith-docs.
 */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(PulihApplication.class,
			new ImportOption.DoNotIncludeTests());

	@Test
	void modulesAreTheCapabilitiesOfTheDomain() {
		assertThat(this.modules.stream().map(ApplicationModule::getIdentifier).map(Object::toString))
			.contains("geography", "organisation", "workforce", "access", "audit", "shared");
	}

	@Test
	void structureIsSound() {
		this.modules.verify();
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(this.modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml().writeModuleCanvases();
		assertThat(new java.io.File("target/spring-modulith-docs/components.puml")).exists();
	}

}
