package id.pulih.reporting.export;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import id.pulih.reporting.ReportPeriod;
import id.pulih.reporting.ReportTable;
import id.pulih.reporting.ReportTable.Cell;
import id.pulih.reporting.ReportTable.Column;
import id.pulih.reporting.ReportTable.Measure;
import id.pulih.reporting.ReportTable.Row;

import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Report tables built by hand for the export tests, and the exports wired as the
 * application wires them (the module's own message bundle, a DHIS2 mapping).
 */
final class ReportTables {

	static final Locale INDONESIAN = Locale.of("id");

	/**
	 * Set on the withheld cell as if a value had slipped through: no export may show it.
	 */
	static final BigDecimal LEAKED = new BigDecimal("7777");

	static final Instant GENERATED_AT = Instant.parse("2026-11-24T07:05:00Z");

	static final String TITLE = "Kegiatan \"IBM\", 2022\u20132024 <script>alert(1)</script> & mitra";

	static final String AREA = "=HYPERLINK(\"http://example.invalid\")";

	static final String USER = "<b>admin</b> & 'o\"reilly'";

	static final List<String> NOTES = List.of("+62 812 nomor kontak, bukan rumus", "@admin: catatan\nbaris kedua",
			"Angka \"sesi\" dihitung per kegiatan; <i>bukan</i> per orang");

	private ReportTables() {
	}

	static ReportExports exports() {
		return exports(Dhis2Properties.none());
	}

	static ReportExports exports(Dhis2Properties mapping) {
		return new ReportExports(messages(), mapping);
	}

	static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("messages/reporting-export");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		messages.setDefaultLocale(INDONESIAN);
		return messages;
	}

	/**
	 * IBM activities per year in Kabupaten Bogor, 2022 to 2024, with a totals row: seven
	 * columns (a landscape page), one withheld figure (clients served in 2023), a band, a
	 * decimal, a percentage and money; texts full of quotes, commas, line breaks, formula
	 * prefixes and markup.
	 */
	static ReportTable activities() {
		List<Column> columns = List.of(new Column("SOCIALIZATION_SESSIONS", "Sesi sosialisasi", Measure.COUNT),
				new Column("SOCIALIZATION_RECIPIENTS", "Penerima, \"langsung\"", Measure.PEOPLE),
				new Column("CLIENTS_SERVED", "Klien dilayani", Measure.PEOPLE),
				new Column("WHOQOL_CHANGE", "Perubahan rata-rata", Measure.DECIMAL),
				new Column("OST_COVERAGE", "Cakupan PTRM", Measure.PERCENT),
				new Column("NSP_LEVEL", "Tingkat LJSS", Measure.BAND),
				new Column("BUDGET_REALISED", "Realisasi (Rp)", Measure.MONEY));
		List<Row> rows = new ArrayList<>();
		rows.add(year(2022, "1234", "15200", cell("CLIENTS_SERVED", 2022, "48"), "1234.5", "42.5", "Rendah",
				"30000000"));
		rows.add(year(2023, "987", "9001",
				new Cell("CLIENTS_SERVED", "", ReportPeriod.year(2023), "32.01", LEAKED, true, null, null), "2.25",
				"18.0", "Sedang", "12500000"));
		rows.add(year(2024, "12", "345", cell("CLIENTS_SERVED", 2024, "61"), "-0.75", "100", "Tinggi", "0"));
		ReportPeriod all = ReportPeriod.custom(YearMonth.of(2022, 1), YearMonth.of(2024, 12));
		rows.add(new Row("Jumlah",
				List.of(total(all, "2233"), total(all, "24546"), total(all, "109"),
						new Cell(null, "", all, "32.01", null, false, "tidak ada estimasi", null),
						new Cell(null, "", all, "32.01", null, false, null, null),
						new Cell(null, "", all, "32.01", null, false, null, null), total(all, "42500000")),
				true));
		return new ReportTable("ibm-activities", TITLE, AREA, "2022 \u2013 2024", "Tahun\nkegiatan", columns, rows,
				true, NOTES, GENERATED_AT, USER);
	}

	private static Row year(int year, String sessions, String recipients, Cell clients, String change, String ost,
			String band, String budget) {
		ReportPeriod period = ReportPeriod.year(year);
		return new Row(Integer.toString(year), List.of(cell("SOCIALIZATION_SESSIONS", year, sessions),
				cell("SOCIALIZATION_RECIPIENTS", year, recipients), clients, cell("WHOQOL_CHANGE", year, change),
				cell("OST_COVERAGE", year, ost), new Cell(null, "", period, "32.01", null, false, band, null),
				cell("BUDGET_REALISED", year, budget)), false);
	}

	private static Cell cell(String indicator, int year, String value) {
		return new Cell(indicator, "", ReportPeriod.year(year), "32.01", new BigDecimal(value), false, null, null);
	}

	private static Cell total(ReportPeriod period, String value) {
		return new Cell(null, "", period, "32.01", new BigDecimal(value), false, null, null);
	}

	/**
	 * A small table: one column, the given rows of (label, period, area, dimension,
	 * value).
	 */
	static ReportTable simple(String indicator, Measure measure, List<Cell> cells) {
		List<Row> rows = new ArrayList<>();
		for (Cell cell : cells) {
			rows.add(new Row(cell.orgUnit() + " " + cell.period().start() + " " + cell.dimension(), List.of(cell),
					false));
		}
		return new ReportTable("simple", "Tabel " + indicator, "Jawa Barat", "2024", "Wilayah",
				List.of(new Column(indicator, indicator, measure)), rows, true, List.of(), GENERATED_AT, "tester");
	}

	static Cell figure(String indicator, String dimension, ReportPeriod period, String orgUnit, String value) {
		return new Cell(indicator, dimension, period, orgUnit, new BigDecimal(value), false, null, null);
	}

	/** The mapping the interoperability tests use. */
	static Dhis2Properties mapping() {
		return new Dhis2Properties("DsIbmAct001",
				Map.of("SOCIALIZATION_SESSIONS", "DeSocSess01", "SOCIALIZATION_RECIPIENTS", "DeSocRecp01:CocDirect01",
						"CLIENTS_SERVED", "DeClients01", "COMMODITY_ISSUED", "DeCommod001",
						"COMMODITY_ISSUED.SYRINGE.APBD", "DeSyringe01:CocApbd0001"),
				Map.of("32.01", "OuBogor0001", "32", "OuJabar0001", "ID", "OuIndones01"),
				Map.of("COMMODITY_ISSUED.SYRINGE.APBD", "ITEM=SYRINGE,SOURCE=APBD"));
	}

}
