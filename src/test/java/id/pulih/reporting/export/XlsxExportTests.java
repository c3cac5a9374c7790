package id.pulih.reporting.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The XLSX export reads back with the same figures in numeric cells (percentages as
 * fractions formatted as percentages), the marker for a withheld figure, and the notes.
 */
class XlsxExportTests {

	private final ReportExports exports = ReportTables.exports();

	@Test
	void figuresAreNumericCellsWithTheirFormats() throws IOException {
		Map<Integer, Row> rows = read(this.exports.xlsx(ReportTables.activities(), ReportTables.INDONESIAN));

		Row first = rows.get(5);
		assertThat(first.getCellText(0)).isEqualTo("2022");
		assertNumber(first.getCell(1), "1234", XlsxExport.WHOLE);
		assertNumber(first.getCell(2), "15200", XlsxExport.WHOLE);
		assertNumber(first.getCell(3), "48", XlsxExport.WHOLE);
		assertNumber(first.getCell(4), "1234.5", XlsxExport.DECIMAL);
		assertNumber(first.getCell(5), "0.425", XlsxExport.PERCENT);
		assertThat(first.getCell(6).getType()).isEqualTo(CellType.STRING);
		assertThat(first.getCellText(6)).isEqualTo("Rendah");
		assertNumber(first.getCell(7), "30000000", XlsxExport.WHOLE);

		Row third = rows.get(7);
		assertNumber(third.getCell(4), "-0.75", XlsxExport.DECIMAL);
		assertNumber(third.getCell(5), "1", XlsxExport.PERCENT);
	}

	@Test
	void aWithheldFigureIsTheMarkerText() throws IOException {
		Map<Integer, Row> rows = read(this.exports.xlsx(ReportTables.activities(), ReportTables.INDONESIAN));

		Cell withheld = rows.get(6).getCell(3);
		assertThat(withheld.getType()).isEqualTo(CellType.STRING);
		assertThat(withheld.getText()).isEqualTo("*");
		assertThat(rows.values())
			.flatMap((row) -> row.stream().filter((c) -> c != null).map(Cell::getRawValue).toList())
			.doesNotContain(ReportTables.LEAKED.toPlainString());
	}

	@Test
	void titleHeaderTotalsAndNotesAreThere() throws IOException {
		Map<Integer, Row> rows = read(this.exports.xlsx(ReportTables.activities(), ReportTables.INDONESIAN));

		assertThat(rows.get(0).getCellText(0)).isEqualTo(ReportTables.TITLE);
		assertThat(rows.get(1).getCellText(0)).isEqualTo("Wilayah: " + ReportTables.AREA);
		assertThat(rows.get(2).getCellText(0)).isEqualTo("Periode: 2022 \u2013 2024");
		assertThat(rows.get(4).getCellText(0)).isEqualTo("Tahun\nkegiatan");
		assertThat(rows.get(4).getCellText(2)).isEqualTo("Penerima, \"langsung\"");
		Row totals = rows.get(8);
		assertThat(totals.getCellText(0)).isEqualTo("Jumlah");
		assertNumber(totals.getCell(1), "2233", XlsxExport.WHOLE);
		assertThat(totals.getCellText(4)).isEqualTo("tidak ada estimasi");
		assertNumber(totals.getCell(7), "42500000", XlsxExport.WHOLE);
		List<String> below = rows.values()
			.stream()
			.filter((row) -> row.getRowNum() > 10)
			.map((row) -> row.getCellText(0))
			.toList();
		assertThat(below).containsSubsequence(ReportTables.NOTES.get(0), ReportTables.NOTES.get(1),
				ReportTables.NOTES.get(2),
				"* = angka tidak ditampilkan karena jumlahnya kecil, untuk melindungi kerahasiaan orang yang tercatat.",
				"Dibuat oleh <b>admin</b> & 'o\"reilly' pada 24 November 2026 14.05 WIB");
	}

	@Test
	void englishTextsComeFromTheEnglishBundle() throws IOException {
		Map<Integer, Row> rows = read(this.exports.xlsx(ReportTables.activities(), Locale.ENGLISH));

		assertThat(rows.get(1).getCellText(0)).isEqualTo("Area: " + ReportTables.AREA);
		assertThat(rows.get(2).getCellText(0)).isEqualTo("Period: 2022 \u2013 2024");
		assertNumber(rows.get(5).getCell(1), "1234", XlsxExport.WHOLE);
	}

	@Test
	void anUnpublishedReportSaysSmallFiguresAreNotWithheld() throws IOException {
		var table = ReportTables.activities();
		var internal = new id.pulih.reporting.ReportTable(table.report(), table.title(), table.area(),
				table.periodLabel(), table.rowHeader(), table.columns(), table.rows(), false, table.notes(),
				table.generatedAt(), table.generatedBy());

		Map<Integer, Row> rows = read(this.exports.xlsx(internal, ReportTables.INDONESIAN));

		assertThat(rows.values()).map((row) -> row.getCellText(0))
			.contains("Untuk penggunaan internal: angka kecil tidak disembunyikan. Jangan disebarluaskan.");
	}

	private static void assertNumber(Cell cell, String value, String format) {
		assertThat(cell.getType()).as(cell.getAddress() + " is a number").isEqualTo(CellType.NUMBER);
		assertThat(cell.asNumber()).as(cell.getAddress().toString()).isEqualByComparingTo(new BigDecimal(value));
		assertThat(cell.getDataFormatString()).as(cell.getAddress() + " format").isEqualTo(format);
	}

	/** The sheet's rows by their index from 0, as the export writes them. */
	private static Map<Integer, Row> read(byte[] xlsx) throws IOException {
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx),
				new ReadingOptions(true, false))) {
			Map<Integer, Row> rows = new TreeMap<>();
			for (Row row : workbook.getFirstSheet().read()) {
				rows.put(row.getRowNum() - 1, row);
			}
			return rows;
		}
	}

}
