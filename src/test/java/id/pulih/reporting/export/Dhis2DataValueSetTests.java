package id.pulih.reporting.export;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import id.pulih.reporting.ReportPeriod;
import id.pulih.reporting.ReportTable.Measure;
import id.pulih.shared.RuleViolation;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The DHIS2 data value set holds exactly the mapped figures, with DHIS2's period names;
 * withheld, unmapped and derived figures stay out, and a custom period is refused.
 */
class Dhis2DataValueSetTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final ReportExports exports = ReportTables.exports(ReportTables.mapping());

	@Test
	void holdsExactlyTheMappedFiguresOfAMultiYearTable() {
		JsonNode set = JSON.readTree(this.exports.dhis2DataValueSet(ReportTables.activities()));

		assertThat(set.get("dataSet").asString()).isEqualTo("DsIbmAct001");
		// Unmapped indicators (WHOQOL, OST, budget), bands, totals and the withheld 2023
		// figure are left out.
		assertThat(values(set)).containsExactly("DeSocSess01||2022|OuBogor0001|1234",
				"DeSocRecp01|CocDirect01|2022|OuBogor0001|15200", "DeClients01||2022|OuBogor0001|48",
				"DeSocSess01||2023|OuBogor0001|987", "DeSocRecp01|CocDirect01|2023|OuBogor0001|9001",
				"DeSocSess01||2024|OuBogor0001|12", "DeSocRecp01|CocDirect01|2024|OuBogor0001|345",
				"DeClients01||2024|OuBogor0001|61");
		assertThat(set.toString()).doesNotContain(ReportTables.LEAKED.toPlainString());
	}

	@Test
	void periodsAreNamedAsDhis2NamesThem() {
		var table = ReportTables.simple("SOCIALIZATION_SESSIONS", Measure.COUNT,
				List.of(ReportTables.figure("SOCIALIZATION_SESSIONS", "", ReportPeriod.month(YearMonth.of(2024, 1)),
						"32.01", "3"),
						ReportTables.figure("SOCIALIZATION_SESSIONS", "", ReportPeriod.quarter(2024, 3), "32", "40"),
						ReportTables.figure("SOCIALIZATION_SESSIONS", "", ReportPeriod.year(2024), "ID", "512")));

		assertThat(values(JSON.readTree(this.exports.dhis2DataValueSet(table)))).containsExactly(
				"DeSocSess01||202401|OuBogor0001|3", "DeSocSess01||2024Q3|OuJabar0001|40",
				"DeSocSess01||2024|OuIndones01|512");
	}

	@Test
	void placesAndIndicatorsWithoutAMappingAreLeftOut() {
		var table = ReportTables.simple("SOCIALIZATION_SESSIONS", Measure.COUNT,
				List.of(ReportTables.figure("SOCIALIZATION_SESSIONS", "", ReportPeriod.year(2024), "32.01", "5"),
						ReportTables.figure("SOCIALIZATION_SESSIONS", "", ReportPeriod.year(2024), "32.02", "6"),
						ReportTables.figure("MAPPING_SESSIONS", "", ReportPeriod.year(2024), "32.01", "7")));

		assertThat(values(JSON.readTree(this.exports.dhis2DataValueSet(table))))
			.containsExactly("DeSocSess01||2024|OuBogor0001|5");
	}

	@Test
	void aDisaggregatedFigureTakesOnlyItsOwnMapping() {
		var table = ReportTables.simple("COMMODITY_ISSUED", Measure.COUNT, List.of(
				ReportTables.figure("COMMODITY_ISSUED", "SYRINGE.APBD", ReportPeriod.year(2024), "32.01", "1500"),
				ReportTables.figure("COMMODITY_ISSUED", "CONDOM.APBN", ReportPeriod.year(2024), "32.01", "800")));

		assertThat(values(JSON.readTree(this.exports.dhis2DataValueSet(table))))
			.containsExactly("DeSyringe01|CocApbd0001|2024|OuBogor0001|1500");
	}

	@Test
	void withoutAnyMappingTheSetIsEmpty() {
		String json = ReportTables.exports().dhis2DataValueSet(ReportTables.activities());

		assertThat(json).isEqualTo("{\"dataValues\":[]}");
	}

	@Test
	void aCustomPeriodIsRefused() {
		var table = ReportTables.simple("SOCIALIZATION_SESSIONS", Measure.COUNT,
				List.of(ReportTables.figure("SOCIALIZATION_SESSIONS", "",
						ReportPeriod.custom(YearMonth.of(2024, 1), YearMonth.of(2024, 6)), "32.01", "9")));

		assertThatExceptionOfType(RuleViolation.class).isThrownBy(() -> this.exports.dhis2DataValueSet(table))
			.satisfies((violation) -> assertThat(violation.messageKey()).isEqualTo("export.error.dhis2CustomPeriod"));
		assertThat(ReportTables.messages().getMessage("export.error.dhis2CustomPeriod", null, ReportTables.INDONESIAN))
			.isEqualTo("DHIS2 tidak mengenal periode khusus; pilih bulan, triwulan atau tahun.");
	}

	@Test
	void valuesAreWrittenPlainly() {
		var mapping = new Dhis2Properties(null, Map.of("OST_COVERAGE", "DeOstCov001"), Map.of("32.01", "OuBogor0001"),
				Map.of());
		var table = ReportTables.simple("OST_COVERAGE", Measure.PERCENT,
				List.of(ReportTables.figure("OST_COVERAGE", "", ReportPeriod.year(2024), "32.01", "42.50"),
						ReportTables.figure("OST_COVERAGE", "", ReportPeriod.year(2023), "32.01", "1E+2")));

		JsonNode set = JSON.readTree(ReportTables.exports(mapping).dhis2DataValueSet(table));

		assertThat(set.has("dataSet")).isFalse();
		assertThat(values(set)).containsExactly("DeOstCov001||2024|OuBogor0001|42.5",
				"DeOstCov001||2023|OuBogor0001|100");
	}

	/** Each data value as element|combination|period|unit|value. */
	private static List<String> values(JsonNode set) {
		List<String> values = new ArrayList<>();
		for (JsonNode value : set.get("dataValues")) {
			assertThat(value.get("value").isString()).as("DHIS2 takes values as strings").isTrue();
			values.add(String.join("|", value.get("dataElement").asString(),
					value.has("categoryOptionCombo") ? value.get("categoryOptionCombo").asString() : "",
					value.get("period").asString(), value.get("orgUnit").asString(), value.get("value").asString()));
		}
		return values;
	}

}
