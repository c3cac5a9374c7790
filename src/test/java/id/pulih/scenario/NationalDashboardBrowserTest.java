package id.pulih.scenario;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Files;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import id.pulih.demo.DemoUsers;
import id.pulih.reporting.Reports;
import id.pulih.reporting.rollup.Rollups;
import id.pulih.support.BrowserTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assertj.core.api.Assertions;
import org.assertj.core.api.SoftAssertions;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The national programme manager's reports dashboard, on a phone-sized Chromium window.
 * <p>
 * The manager of BNN national opens the dashboard on the whole nation (key figures per
 * province, drawn as a chart), follows Jawa Barat and then Kabupaten Bogor, and reads the
 * regency's figures per district with their totals. The XLSX and the PDF downloaded from
 * that page hold the same area, period and every figure of its table, each in its own
 * format: numeric cells in the workbook, Indonesian number formatting (1.234) in the
 * printed report. Back on Jawa Barat, the view as published hides every count from 1 to
 * the threshold, and the one more figure that would give a lone hidden one away, behind
 * "*". Going down and back up keeps the period and the published view the manager chose.
 */
class NationalDashboardBrowserTest extends BrowserTest {

	private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

	@Autowired
	private Rollups rollups;

	@Autowired
	private Reports reports;

	private final LocalDate today = LocalDate.now(JAKARTA);

	@BeforeEach
	void rollUp() {
		this.rollups.refresh();
	}

	@Test
	void theNationalManagerDrillsDownToARegencyAndDownloadsTheSameFigures() throws IOException {
		String year = Integer.toString(reportYear());
		signIn(DemoUsers.NATIONAL_MANAGER);

		// The nation, per province, for the year.
		this.page.navigate("/reports?period=year&year=" + year);
		assertThat(this.page.locator("#report-area")).hasText("Indonesia");
		assertThat(this.page.locator("#report-period")).hasText(year);
		assertThat(this.page.locator("#report-table thead th").first()).hasText("Provinsi");
		assertThat(row("Jawa Barat")).hasCount(1);
		assertThat(this.page.locator("canvas#report-chart")).hasAttribute("data-drawn", "true");
		DashboardTable nation = DashboardTable.read(this.page);

		// Jawa Barat, per regency: Kabupaten Bogor has figures.
		follow("Jawa Barat");
		assertThat(this.page).hasURL(Pattern.compile(".*/reports\\?area=32(&.*)?$"));
		assertThat(this.page.locator("#report-area")).hasText("Jawa Barat");
		assertThat(this.page.locator("#report-table thead th").first()).hasText("Kabupaten/kota");
		DashboardTable province = DashboardTable.read(this.page);
		DashboardTable.Line bogor = province.line("Kabupaten Bogor");
		Assertions.assertThat(bogor.values())
			.as("Kabupaten Bogor's figures in %s", year)
			.anySatisfy((value) -> Assertions.assertThat(value).isPositive());
		Assertions.assertThat(province.totals().values()).isEqualTo(nation.line("Jawa Barat").values());

		// Kabupaten Bogor, per district.
		follow("Kabupaten Bogor");
		assertThat(this.page).hasURL(Pattern.compile(".*/reports\\?area=32\\.01(&.*)?$"));
		assertThat(this.page.locator("#report-breadcrumb a"))
			.hasText(new String[] { "Indonesia", "Jawa Barat", "Kabupaten Bogor" });
		assertThat(this.page.locator("#report-area")).hasText("Kabupaten Bogor");
		assertThat(this.page.locator("#report-period")).hasText(year);
		assertThat(this.page.locator("#report-table thead th").first()).hasText("Kecamatan");
		assertThat(this.page.locator("canvas#report-chart")).hasAttribute("data-drawn", "true");
		DashboardTable regency = DashboardTable.read(this.page);
		Assertions.assertThat(regency.body()).as("district rows").isNotEmpty();
		Assertions.assertThat(regency.totals().values()).isEqualTo(bogor.values());
		for (DashboardTable.Line line : regency.lines()) {
			for (int c = 0; c < line.values().size(); c++) {
				Assertions.assertThat(line.shown().get(c))
					.as("%s, %s", line.label(), regency.columns().get(c))
					.isEqualTo(indonesian(line.values().get(c)));
			}
		}
		String area = this.page.locator("#report-area").innerText();
		String period = this.page.locator("#report-period").innerText();

		// The workbook: the same area, period, columns and figures, as numeric cells.
		Download xlsx = this.page.waitForDownload(() -> this.page.locator("a#export-xlsx").click());
		Assertions.assertThat(xlsx.suggestedFilename()).isEqualTo("pulih-overview-32-01-" + year + "-01-01.xlsx");
		Map<Integer, Row> sheet = sheet(Files.readAllBytes(xlsx.path()));
		Assertions.assertThat(sheet.get(1).getCellText(0)).isEqualTo("Wilayah: " + area);
		Assertions.assertThat(sheet.get(2).getCellText(0)).isEqualTo("Periode: " + period);
		Row header = sheet.get(4);
		Assertions.assertThat(header.getCellText(0)).isEqualTo("Kecamatan");
		for (int c = 0; c < regency.columns().size(); c++) {
			Assertions.assertThat(header.getCellText(c + 1)).isEqualTo(regency.columns().get(c));
		}
		List<DashboardTable.Line> lines = regency.lines();
		for (int r = 0; r < lines.size(); r++) {
			DashboardTable.Line line = lines.get(r);
			Row row = sheet.get(5 + r);
			Assertions.assertThat(row).as("sheet row for %s", line.label()).isNotNull();
			Assertions.assertThat(row.getCellText(0)).isEqualTo(line.label());
			for (int c = 0; c < line.values().size(); c++) {
				Cell cell = row.getCell(c + 1);
				String where = line.label() + ", " + regency.columns().get(c);
				Assertions.assertThat(cell.getType()).as(where).isEqualTo(CellType.NUMBER);
				Assertions.assertThat(cell.asNumber()).as(where).isEqualByComparingTo(line.values().get(c));
				Assertions.assertThat(cell.getDataFormatString()).as(where).isEqualTo("#,##0");
			}
		}

		// The printed report: the same area, period and figures, the Indonesian way.
		Download pdf = this.page.waitForDownload(() -> this.page.locator("a#export-pdf").click());
		Assertions.assertThat(pdf.suggestedFilename()).isEqualTo("pulih-overview-32-01-" + year + "-01-01.pdf");
		List<String> printed = pdfLines(Files.readAllBytes(pdf.path()));
		Assertions.assertThat(printed).contains(sheet.get(0).getCellText(0), "Wilayah " + area, "Periode " + period);
		for (DashboardTable.Line line : lines) {
			List<String> figures = line.values().stream().map(NationalDashboardBrowserTest::indonesian).toList();
			Assertions.assertThat(printed)
				.as("the printed row of %s", line.label())
				.contains(line.label() + " " + String.join(" ", figures));
		}

		// Back on Jawa Barat, as published: small figures are hidden behind "*".
		this.page.locator("#report-breadcrumb a")
			.getByText("Jawa Barat", new Locator.GetByTextOptions().setExact(true))
			.click();
		assertThat(this.page.locator("#report-area")).hasText("Jawa Barat");
		DashboardTable exact = DashboardTable.read(this.page);
		List<List<String>> expected = published(exact, this.reports.suppressUpTo());
		Assertions.assertThat(expected)
			.as("Jawa Barat has small figures to hide")
			.anySatisfy((shown) -> Assertions.assertThat(shown).contains("*"));
		this.page.getByLabel("Seperti diterbitkan (sembunyikan angka kecil)").check();
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tampilkan")).click();
		assertThat(this.page).hasURL(Pattern.compile(".*[?&]publish=true(&.*)?$"));
		assertThat(this.page.locator("main .badge")).hasText("Publikasi");
		DashboardTable published = DashboardTable.read(this.page);
		Assertions.assertThat(published.lines().stream().map(DashboardTable.Line::label).toList())
			.isEqualTo(exact.lines().stream().map(DashboardTable.Line::label).toList());
		for (int r = 0; r < expected.size(); r++) {
			DashboardTable.Line line = published.lines().get(r);
			Assertions.assertThat(line.shown()).as("%s as published", line.label()).isEqualTo(expected.get(r));
			for (int c = 0; c < line.shown().size(); c++) {
				if (line.shown().get(c).equals("*")) {
					Assertions.assertThat(line.values().get(c)).as("a hidden figure carries no value").isNull();
				}
			}
		}
		assertThat(this.page.locator("a#export-xlsx")).hasAttribute("href",
				Pattern.compile(".*[?&]publish=true(&.*)?$"));
	}

	@Test
	void followingAnAreaKeepsTheChosenPeriodAndThePublishedView() {
		int quarter = previousQuarter();
		int year = previousQuarterYear();
		signIn(DemoUsers.NATIONAL_MANAGER);
		this.page.navigate("/reports");
		choose(year, quarter);
		assertThat(this.page.locator("#report-period")).hasText(quarterLabel(year, quarter));
		assertThat(this.page.locator("main .badge")).hasText("Publikasi");
		assertThat(row("Jawa Barat")).hasCount(1);

		SoftAssertions softly = new SoftAssertions();
		String href = row("Jawa Barat").locator("th a").getAttribute("href");
		softly.assertThat(parameters(href))
			.as("the link to Jawa Barat (%s)", href)
			.containsEntry("area", "32")
			.containsEntry("period", "quarter")
			.containsEntry("year", Integer.toString(year))
			.containsEntry("quarter", Integer.toString(quarter))
			.containsEntry("publish", "true");
		follow("Jawa Barat");
		assertThat(this.page.locator("#report-area")).hasText("Jawa Barat");
		softly.assertThat(this.page.locator("#report-period").innerText())
			.as("the period after following Jawa Barat")
			.isEqualTo(quarterLabel(year, quarter));
		softly.assertThat(this.page.locator("main .badge").count())
			.as("the published badge after following Jawa Barat")
			.isEqualTo(1);
		softly.assertAll();
	}

	@Test
	void theBreadcrumbLeadsBackUpWithTheChosenPeriodAndThePublishedView() {
		int quarter = previousQuarter();
		int year = previousQuarterYear();
		signIn(DemoUsers.NATIONAL_MANAGER);
		this.page.navigate("/reports?area=32.01&period=quarter&year=" + year + "&quarter=" + quarter + "&publish=true");
		assertThat(this.page.locator("#report-area")).hasText("Kabupaten Bogor");
		assertThat(this.page.locator("#report-period")).hasText(quarterLabel(year, quarter));

		SoftAssertions softly = new SoftAssertions();
		softly.assertThat(this.page.locator("#report-breadcrumb").innerText().replaceAll("\\s+", " ").trim())
			.as("the breadcrumb")
			.isEqualTo("Indonesia \u203a Jawa Barat \u203a Kabupaten Bogor");
		for (String href : this.page.locator("#report-breadcrumb a")
			.all()
			.stream()
			.map((link) -> link.getAttribute("href"))
			.toList()) {
			softly.assertThat(parameters(href))
				.as("the breadcrumb's link %s", href)
				.containsEntry("period", "quarter")
				.containsEntry("year", Integer.toString(year))
				.containsEntry("quarter", Integer.toString(quarter))
				.containsEntry("publish", "true");
		}
		this.page.locator("#report-breadcrumb a")
			.getByText("Jawa Barat", new Locator.GetByTextOptions().setExact(true))
			.click();
		assertThat(this.page.locator("#report-area")).hasText("Jawa Barat");
		softly.assertThat(this.page.locator("#report-period").innerText())
			.as("the period back on Jawa Barat")
			.isEqualTo(quarterLabel(year, quarter));
		softly.assertAll();
	}

	/** Chooses a quarter, as published, in the report's filter. */
	private void choose(int year, int quarter) {
		Locator filter = this.page.locator("#report-filter");
		filter.locator("#f-period").selectOption("quarter");
		filter.locator("#f-year").fill(Integer.toString(year));
		filter.locator("#f-quarter").selectOption(Integer.toString(quarter));
		this.page.getByLabel("Seperti diterbitkan (sembunyikan angka kecil)").check();
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tampilkan")).click();
		assertThat(this.page).hasURL(Pattern.compile(".*[?&]quarter=" + quarter + "&.*"));
	}

	private Locator row(String label) {
		return this.page.locator("#report-table tbody tr[data-label='" + label + "']");
	}

	/** Follows the drill-down link of a row of the table. */
	private void follow(String label) {
		row(label).locator("th a").click();
		assertThat(this.page.locator("#report-area")).hasText(label);
	}

	/**
	 * The year the demo data fill: this year (Asia/Jakarta), or last year in the first
	 * two weeks of January, when this year holds hardly anything yet.
	 */
	private int reportYear() {
		return this.today.minusWeeks(2).getYear();
	}

	/**
	 * The quarter before today's (Asia/Jakarta): its figures are complete and exist in
	 * the demo data.
	 */
	private int previousQuarter() {
		return (this.today.minusMonths(3).getMonthValue() - 1) / 3 + 1;
	}

	private int previousQuarterYear() {
		return this.today.minusMonths(3).getYear();
	}

	private static String quarterLabel(int year, int quarter) {
		return "Triwulan " + List.of("I", "II", "III", "IV").get(quarter - 1) + " " + year;
	}

	/**
	 * What the page shows as published, worked out from the exact figures: counts from 1
	 * to the threshold are hidden; where that leaves exactly one hidden figure in a
	 * column of the rows, the smallest other non-zero figure of the column is hidden too,
	 * so the total does not give it away; a total from 1 to the threshold is hidden;
	 * every other figure is rounded to a multiple of 5.
	 */
	private static List<List<String>> published(DashboardTable exact, int upTo) {
		List<DashboardTable.Line> lines = exact.lines();
		int width = exact.columns().size();
		boolean[][] hidden = new boolean[lines.size()][width];
		for (int r = 0; r < lines.size(); r++) {
			for (int c = 0; c < width; c++) {
				BigDecimal value = lines.get(r).values().get(c);
				hidden[r][c] = value.signum() > 0 && value.compareTo(BigDecimal.valueOf(upTo)) <= 0;
			}
		}
		for (int c = 0; c < width; c++) {
			int count = 0;
			int smallest = -1;
			for (int r = 0; r < lines.size(); r++) {
				DashboardTable.Line line = lines.get(r);
				if (line.total()) {
					continue;
				}
				if (hidden[r][c]) {
					count++;
				}
				else if (line.values().get(c).signum() > 0
						&& (smallest < 0 || line.values().get(c).compareTo(lines.get(smallest).values().get(c)) < 0)) {
					smallest = r;
				}
			}
			if (count == 1 && smallest >= 0) {
				hidden[smallest][c] = true;
			}
		}
		List<List<String>> shown = new ArrayList<>();
		for (int r = 0; r < lines.size(); r++) {
			List<String> row = new ArrayList<>();
			for (int c = 0; c < width; c++) {
				row.add(hidden[r][c] ? "*" : indonesian(roundedToFive(lines.get(r).values().get(c))));
			}
			shown.add(row);
		}
		return shown;
	}

	/** A published count: the nearest multiple of 5 (halves up). */
	private static BigDecimal roundedToFive(BigDecimal value) {
		return value.divide(BigDecimal.valueOf(5), 0, java.math.RoundingMode.HALF_UP).multiply(BigDecimal.valueOf(5));
	}

	/** A whole number as Indonesian readers write it: 1.234. */
	private static String indonesian(BigDecimal value) {
		DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
		symbols.setGroupingSeparator('.');
		symbols.setDecimalSeparator(',');
		return new DecimalFormat("#,##0", symbols).format(value);
	}

	/** A link's query parameters. */
	private static Map<String, String> parameters(String href) {
		Map<String, String> parameters = new LinkedHashMap<>();
		String query = URI.create(href).getRawQuery();
		if (query != null) {
			for (String pair : query.split("&")) {
				int equals = pair.indexOf('=');
				parameters.put((equals < 0) ? pair : pair.substring(0, equals),
						(equals < 0) ? "" : pair.substring(equals + 1));
			}
		}
		return parameters;
	}

	/** The sheet's rows by their index from 0. */
	private static Map<Integer, Row> sheet(byte[] xlsx) throws IOException {
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx),
				new ReadingOptions(true, false))) {
			Map<Integer, Row> rows = new TreeMap<>();
			for (Row row : workbook.getFirstSheet().read()) {
				rows.put(row.getRowNum() - 1, row);
			}
			return rows;
		}
	}

	private static List<String> pdfLines(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).lines().map(String::strip).toList();
		}
	}

}
