package id.pulih.reporting.export;

import java.util.LinkedHashMap;
import java.util.Map;

import id.pulih.reporting.export.Dhis2Properties.DataElement;
import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The DHIS2 mapping binds from properties whose keys hold dots, written plainly or in
 * brackets, and from environment variables; a malformed id is refused at start-up.
 */
class Dhis2PropertiesTests {

	@Test
	void keysWithDotsBindPlainlyAndInBrackets() {
		Dhis2Properties mapping = bind(Map.of("pulih.interop.dhis2.data-set", "DsIbmAct001",
				"pulih.interop.dhis2.data-elements.SOCIALIZATION_SESSIONS", "DeSocSess01",
				"pulih.interop.dhis2.data-elements[COMMODITY_ISSUED.SYRINGE.APBD]", "DeSyringe01:CocApbd0001",
				"pulih.interop.dhis2.data-elements.COMMODITY_ISSUED.CONDOM.APBN", "DeCondom001",
				"pulih.interop.dhis2.org-units[32.01]", "OuBogor0001", "pulih.interop.dhis2.org-units.32.02",
				"OuSukabumi1", "pulih.interop.dhis2.org-units.ID", "OuIndones01",
				"pulih.interop.dhis2.categories[COMMODITY_ISSUED.SYRINGE.APBD]", "ITEM=SYRINGE,SOURCE=APBD"));

		assertThat(mapping.dataSet()).isEqualTo("DsIbmAct001");
		assertThat(mapping.dataElement("SOCIALIZATION_SESSIONS", "")).contains(new DataElement("DeSocSess01", null));
		assertThat(mapping.dataElement("COMMODITY_ISSUED", "SYRINGE.APBD"))
			.contains(new DataElement("DeSyringe01", "CocApbd0001"));
		assertThat(mapping.dataElement("COMMODITY_ISSUED", "CONDOM.APBN"))
			.contains(new DataElement("DeCondom001", null));
		assertThat(mapping.dataElement("COMMODITY_ISSUED", "LUBRICANT.APBD")).isEmpty();
		assertThat(mapping.orgUnit("32.01")).contains("OuBogor0001");
		assertThat(mapping.orgUnit("32.02")).contains("OuSukabumi1");
		assertThat(mapping.orgUnit("ID")).contains("OuIndones01");
		assertThat(mapping.orgUnit("32.03")).isEmpty();
		assertThat(mapping.categories("COMMODITY_ISSUED", "SYRINGE.APBD")).containsExactly(Map.entry("ITEM", "SYRINGE"),
				Map.entry("SOURCE", "APBD"));
		assertThat(mapping.categories("COMMODITY_ISSUED", "CONDOM.APBN")).isEmpty();
	}

	@Test
	void environmentVariablesFindTheirMappingToo() {
		Map<String, Object> environment = Map.of("PULIH_INTEROP_DHIS2_DATASET", "DsIbmAct001",
				"PULIH_INTEROP_DHIS2_DATAELEMENTS_SOCIALIZATION_SESSIONS", "DeSocSess01",
				"PULIH_INTEROP_DHIS2_ORGUNITS_32_01", "OuBogor0001");
		Binder binder = new Binder(ConfigurationPropertySources.from(new SystemEnvironmentPropertySource(
				StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, environment)));

		Dhis2Properties mapping = binder.bind("pulih.interop.dhis2", Dhis2Properties.class).get();

		assertThat(mapping.dataElement("SOCIALIZATION_SESSIONS", "")).contains(new DataElement("DeSocSess01", null));
		assertThat(mapping.orgUnit("32.01")).contains("OuBogor0001");
	}

	@Test
	void noMappingBindsEmpty() {
		Dhis2Properties mapping = new Binder(
				ConfigurationPropertySources.from(new MapPropertySource("application", Map.of("pulih.other", "x"))))
			.bindOrCreate("pulih.interop.dhis2", Dhis2Properties.class);

		assertThat(mapping.dataSet()).isNull();
		assertThat(mapping.dataElements()).isEmpty();
		assertThat(mapping.orgUnits()).isEmpty();
		assertThat(mapping.dataElement("SOCIALIZATION_SESSIONS", "")).isEmpty();
	}

	@Test
	void malformedMappingsAreRefused() {
		for (Map<String, String> wrong : java.util.List.of(
				Map.of("pulih.interop.dhis2.data-elements[X]", "De:Coc:More"),
				Map.of("pulih.interop.dhis2.data-elements[X]", "De Soc"),
				Map.of("pulih.interop.dhis2.data-elements[X]", ":Coc"),
				Map.of("pulih.interop.dhis2.org-units[32]", "Ou Jabar"),
				Map.of("pulih.interop.dhis2.categories[X]", "ITEM"),
				Map.of("pulih.interop.dhis2.categories[X]", "value=1"),
				Map.of("pulih.interop.dhis2.categories[X]", "ITEM=A,ITEM=B"),
				Map.of("pulih.interop.dhis2.data-elements[SOCIALIZATION_SESSIONS]", "A",
						"pulih.interop.dhis2.data-elements[socialization.sessions]", "B"))) {
			assertThatExceptionOfType(BindException.class).as(wrong.toString()).isThrownBy(() -> bind(wrong));
		}
	}

	private static Dhis2Properties bind(Map<String, String> properties) {
		Binder binder = new Binder(ConfigurationPropertySources
			.from(new MapPropertySource("application", new LinkedHashMap<String, Object>(properties))));
		return binder.bind("pulih.interop.dhis2", Dhis2Properties.class).get();
	}

}
