package id.pulih.reporting.export;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.pulih.reporting.ReportTable;
import id.pulih.shared.RuleViolation;
import org.jspecify.annotations.Nullable;

/**
 * A report as an ADX message (IHE QRPH Aggregate Data Exchange,
 * {@code urn:ihe:qrph:adx:2015}) that validates against the profile's schema shipped as
 * {@value #SCHEMA}: one group per organisation unit and period (an ISO 8601 start and
 * duration, {@code 2024-01-01/P1Y}, so custom periods travel too), each holding its data
 * values. A disaggregated value carries its mapped category attributes
 * ({@code ITEM="SYRINGE"}), or else DHIS2's {@code categoryOptionCombo} attribute when
 * the mapping names one. The message is stamped with the time the figures were read.
 */
final class AdxExport {

	static final String NAMESPACE = "urn:ihe:qrph:adx:2015";

	static final String SCHEMA = "reporting/adx.xsd";

	private final ReportTable table;

	private final Dhis2Properties mapping;

	AdxExport(ReportTable table, Dhis2Properties mapping) {
		this.table = table;
		this.mapping = mapping;
	}

	String write() {
		Map<List<String>, List<Dhis2Values>> groups = new LinkedHashMap<>();
		for (Dhis2Values value : Dhis2Values.of(this.table, this.mapping)) {
			groups.computeIfAbsent(List.of(value.orgUnit(), value.period().adx()), (key) -> new ArrayList<>())
				.add(value);
		}
		if (groups.isEmpty()) {
			// The schema wants at least one group: say why there is none instead.
			throw RuleViolation.of("export.error.adxNothingMapped");
		}
		StringBuilder xml = new StringBuilder(4096);
		xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<adx xmlns=\"")
			.append(NAMESPACE)
			.append('"')
			.append(attribute("exported", this.table.generatedAt().truncatedTo(ChronoUnit.SECONDS).toString()))
			.append(">\n");
		groups.forEach((key, values) -> {
			xml.append("  <group")
				.append(attribute("orgUnit", key.get(0)))
				.append(attribute("period", key.get(1)))
				.append(attribute("dataSet", this.mapping.dataSet()))
				.append(">\n");
			for (Dhis2Values value : values) {
				xml.append("    <dataValue").append(attribute("dataElement", value.dataElement()));
				if (!value.categories().isEmpty()) {
					value.categories().forEach((category, option) -> xml.append(attribute(category, option)));
				}
				else {
					xml.append(attribute("categoryOptionCombo", value.categoryOptionCombo()));
				}
				xml.append(attribute("value", value.value())).append("/>\n");
			}
			xml.append("  </group>\n");
		});
		return xml.append("</adx>\n").toString();
	}

	private static String attribute(String name, @Nullable String value) {
		if (value == null) {
			return "";
		}
		return " " + name + "=\""
				+ Xml.escape(value).replace("\n", "&#10;").replace("\r", "&#13;").replace("\t", "&#9;") + '"';
	}

}
