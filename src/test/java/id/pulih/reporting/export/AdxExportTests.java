package id.pulih.reporting.export;

import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import id.pulih.reporting.ReportPeriod;
import id.pulih.reporting.ReportTable.Measure;
import id.pulih.shared.RuleViolation;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The ADX export validates against the shipped IHE ADX schema and holds the same figures
 * as the data value set, grouped by organisation unit and period; custom periods travel
 * as a start and a number of months.
 */
class AdxExportTests {

	private final ReportExports exports = ReportTables.exports(ReportTables.mapping());

	@Test
	void aMultiYearTableValidatesAndHoldsTheMappedFigures() throws Exception {
		String adx = this.exports.adx(ReportTables.activities());

		validate(adx);
		Document document = parse(adx);
		Element root = document.getDocumentElement();
		assertThat(root.getNamespaceURI()).isEqualTo("urn:ihe:qrph:adx:2015");
		assertThat(root.getAttribute("exported")).isEqualTo("2026-11-24T07:05:00Z");
		assertThat(groups(document)).containsExactly(
				"OuBogor0001 2022-01-01/P1Y DsIbmAct001: DeSocSess01=1234; DeSocRecp01 categoryOptionCombo=CocDirect01=15200; DeClients01=48",
				"OuBogor0001 2023-01-01/P1Y DsIbmAct001: DeSocSess01=987; DeSocRecp01 categoryOptionCombo=CocDirect01=9001",
				"OuBogor0001 2024-01-01/P1Y DsIbmAct001: DeSocSess01=12; DeSocRecp01 categoryOptionCombo=CocDirect01=345; DeClients01=61");
		assertThat(adx).doesNotContain(ReportTables.LEAKED.toPlainString());
	}

	@Test
	void aCustomPeriodIsAStartAndItsMonths() throws Exception {
		var table = ReportTables.simple("SOCIALIZATION_SESSIONS", Measure.COUNT,
				List.of(ReportTables.figure("SOCIALIZATION_SESSIONS", "",
						ReportPeriod.custom(YearMonth.of(2024, 2), YearMonth.of(2024, 7)), "32.01", "9"),
						ReportTables.figure("SOCIALIZATION_SESSIONS", "", ReportPeriod.quarter(2024, 2), "32", "30"),
						ReportTables.figure("SOCIALIZATION_SESSIONS", "", ReportPeriod.month(YearMonth.of(2024, 2)),
								"ID", "4")));

		String adx = this.exports.adx(table);

		validate(adx);
		assertThat(groups(parse(adx))).containsExactly("OuBogor0001 2024-02-01/P6M DsIbmAct001: DeSocSess01=9",
				"OuJabar0001 2024-04-01/P3M DsIbmAct001: DeSocSess01=30",
				"OuIndones01 2024-02-01/P1M DsIbmAct001: DeSocSess01=4");
	}

	@Test
	void aDisaggregatedFigureCarriesItsCategoryAttributes() throws Exception {
		var table = ReportTables.simple("COMMODITY_ISSUED", Measure.COUNT, List.of(
				ReportTables.figure("COMMODITY_ISSUED", "SYRINGE.APBD", ReportPeriod.year(2024), "32.01", "1500"),
				ReportTables.figure("COMMODITY_ISSUED", "CONDOM.APBN", ReportPeriod.year(2024), "32.01", "800"),
				ReportTables.figure("COMMODITY_ISSUED", "CONDOM.APBN", ReportPeriod.year(2024), "33.01", "700")));

		String adx = this.exports.adx(table);

		validate(adx);
		assertThat(groups(parse(adx)))
			.containsExactly("OuBogor0001 2024-01-01/P1Y DsIbmAct001: DeSyringe01 ITEM=SYRINGE SOURCE=APBD=1500");
	}

	@Test
	void nothingMappedIsRefusedRatherThanAnInvalidMessage() {
		assertThatExceptionOfType(RuleViolation.class)
			.isThrownBy(() -> ReportTables.exports().adx(ReportTables.activities()))
			.satisfies((violation) -> assertThat(violation.messageKey()).isEqualTo("export.error.adxNothingMapped"));
	}

	@Test
	void identifiersWithMarkupAreEscaped() throws Exception {
		var mapping = new Dhis2Properties("Ds&<1>", Map.of("SOCIALIZATION_SESSIONS", "De\"x'"),
				Map.of("32.01", "Ou<&>"), Map.of());
		var table = ReportTables.simple("SOCIALIZATION_SESSIONS", Measure.COUNT,
				List.of(ReportTables.figure("SOCIALIZATION_SESSIONS", "", ReportPeriod.year(2024), "32.01", "2")));

		String adx = ReportTables.exports(mapping).adx(table);

		validate(adx);
		assertThat(groups(parse(adx))).containsExactly("Ou<&> 2024-01-01/P1Y Ds&<1>: De\"x'=2");
	}

	@Test
	void theSchemaRefusesWhatAdxDoesNotAllow() {
		String notADecimal = """
				<adx xmlns="urn:ihe:qrph:adx:2015" exported="2026-11-24T07:05:00Z">
				  <group orgUnit="OuBogor0001" period="2024-01-01/P1Y"><dataValue dataElement="De" value="banyak"/></group>
				</adx>""";
		String notAPeriod = """
				<adx xmlns="urn:ihe:qrph:adx:2015" exported="2026-11-24T07:05:00Z">
				  <group orgUnit="OuBogor0001" period="2024Q1"><dataValue dataElement="De" value="1"/></group>
				</adx>""";
		String noGroup = """
				<adx xmlns="urn:ihe:qrph:adx:2015" exported="2026-11-24T07:05:00Z"/>""";

		for (String invalid : List.of(notADecimal, notAPeriod, noGroup)) {
			assertThatExceptionOfType(SAXException.class).isThrownBy(() -> validate(invalid));
		}
	}

	static void validate(String adx) throws SAXException, IOException {
		URL schema = AdxExportTests.class.getClassLoader().getResource(ReportExports.ADX_SCHEMA);
		assertThat(schema).as("the ADX schema ships with the application").isNotNull();
		SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
		Schema compiled = factory.newSchema(schema);
		compiled.newValidator().validate(new StreamSource(new StringReader(adx)));
	}

	private static Document parse(String xml) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
	}

	/** Each group as "unit period dataSet: element [attributes]=value; …". */
	private static List<String> groups(Document document) {
		List<String> groups = new ArrayList<>();
		NodeList nodes = document.getElementsByTagNameNS(AdxExport.NAMESPACE, "group");
		for (int g = 0; g < nodes.getLength(); g++) {
			Element group = (Element) nodes.item(g);
			List<String> values = new ArrayList<>();
			NodeList dataValues = group.getElementsByTagNameNS(AdxExport.NAMESPACE, "dataValue");
			for (int v = 0; v < dataValues.getLength(); v++) {
				Element value = (Element) dataValues.item(v);
				StringBuilder text = new StringBuilder(value.getAttribute("dataElement"));
				NamedNodeMap attributes = value.getAttributes();
				for (int a = 0; a < attributes.getLength(); a++) {
					String name = attributes.item(a).getNodeName();
					if (!name.equals("dataElement") && !name.equals("value")) {
						text.append(' ').append(name).append('=').append(attributes.item(a).getNodeValue());
					}
				}
				values.add(text.append('=').append(value.getAttribute("value")).toString());
			}
			groups.add(group.getAttribute("orgUnit") + " " + group.getAttribute("period") + " "
					+ group.getAttribute("dataSet") + ": " + String.join("; ", values));
		}
		return groups;
	}

}
