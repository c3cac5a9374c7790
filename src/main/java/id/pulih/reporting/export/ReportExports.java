package id.pulih.reporting.export;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import id.pulih.reporting.ReportTable;
import id.pulih.shared.security.PulihUser;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes a report's table out: for people as CSV, XLSX and a printable PDF, in the
 * reader's language (Bahasa Indonesia or English); for other systems as a DHIS2 data
 * value set (JSON) and an ADX message, through the mapping in {@link Dhis2Properties}.
 * <p>
 * A withheld (suppressed) figure carries no value in the table, so no export can leak it:
 * people's exports show the marker from the message bundle ({@code *}) and explain it in
 * a note; DHIS2 and ADX leave it out. Dates are shown in the zone given, western
 * Indonesian time (WIB) unless told otherwise.
 */
@Component
public class ReportExports {

	/** The ADX schema on the class path (IHE QRPH ADX, {@code urn:ihe:qrph:adx:2015}). */
	public static final String ADX_SCHEMA = AdxExport.SCHEMA;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final MessageSource messages;

	private final Dhis2Properties dhis2;

	public ReportExports(MessageSource messages, Dhis2Properties dhis2) {
		this.messages = messages;
		this.dhis2 = dhis2;
	}

	/** CSV (RFC 4180), UTF-8 with a byte order mark; figures written plainly. */
	public byte[] csv(ReportTable table, Locale locale) {
		return csv(table, locale, PulihUser.DEFAULT_ZONE);
	}

	public byte[] csv(ReportTable table, Locale locale, ZoneId zone) {
		return new CsvExport(table, texts(locale, zone)).write();
	}

	/**
	 * One XLSX sheet with numeric cells; percentages as fractions formatted {@code 0.0%}.
	 */
	public byte[] xlsx(ReportTable table, Locale locale) {
		return xlsx(table, locale, PulihUser.DEFAULT_ZONE);
	}

	public byte[] xlsx(ReportTable table, Locale locale, ZoneId zone) {
		return new XlsxExport(table, texts(locale, zone)).write();
	}

	/**
	 * An A4 PDF for official use: letterhead, table, notes, signature block, page footer.
	 */
	public byte[] pdf(ReportTable table, Locale locale) {
		return pdf(table, locale, PulihUser.DEFAULT_ZONE);
	}

	public byte[] pdf(ReportTable table, Locale locale, ZoneId zone) {
		return new PdfExport(table, texts(locale, zone)).write();
	}

	/**
	 * The mapped figures as a DHIS2 data value set (JSON, for
	 * {@code POST /api/dataValueSets}): periods named as DHIS2 names them ({@code 2024},
	 * {@code 2024Q1}, {@code 202401}). Figures without a mapping for their indicator or
	 * place are left out, so the set may be empty.
	 * @throws id.pulih.shared.RuleViolation when the report holds a custom period, which
	 * DHIS2 has no name for
	 */
	public String dhis2DataValueSet(ReportTable table) {
		Dhis2Values.requireDhis2Periods(table);
		List<DataValue> values = Dhis2Values.of(table, this.dhis2)
			.stream()
			.map((value) -> new DataValue(value.dataElement(), value.categoryOptionCombo(), value.period().dhis2(),
					value.orgUnit(), value.value()))
			.toList();
		return JSON.writeValueAsString(new DataValueSet(this.dhis2.dataSet(), values));
	}

	/**
	 * The mapped figures as an ADX message, valid against {@link #ADX_SCHEMA}.
	 * @throws id.pulih.shared.RuleViolation when no figure of the report is mapped (an
	 * ADX message holds at least one group)
	 */
	public String adx(ReportTable table) {
		return new AdxExport(table, this.dhis2).write();
	}

	private ExportTexts texts(Locale locale, ZoneId zone) {
		return new ExportTexts(this.messages, locale, zone);
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	@JsonPropertyOrder({ "dataSet", "dataValues" })
	record DataValueSet(@Nullable String dataSet, List<DataValue> dataValues) {

	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	@JsonPropertyOrder({ "dataElement", "categoryOptionCombo", "period", "orgUnit", "value" })
	record DataValue(String dataElement, @Nullable String categoryOptionCombo, @Nullable String period, String orgUnit,
			String value) {

	}

}
