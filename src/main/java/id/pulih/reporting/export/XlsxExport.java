package id.pulih.reporting.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

import id.pulih.reporting.ReportTable;
import id.pulih.reporting.ReportTable.Column;
import id.pulih.reporting.ReportTable.Measure;
import id.pulih.reporting.ReportTable.Row;
import org.dhatim.fastexcel.StyleSetter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A report as one XLSX sheet: title, area and period, a bold header row, the rows (the
 * totals row bold), then the notes and who read the figures when. Figures are numeric
 * cells, so they can be summed and charted: whole numbers as {@code #,##0}, decimals as
 * {@code 0.00}, and percentages as a fraction with the {@code 0.0%} format (a cell
 * holding 42.5 % is the number 0.425), which is how a spreadsheet computes with
 * percentages. Withheld figures are the marker text. The spreadsheet program shows the
 * separators of its reader's language.
 */
final class XlsxExport {

	static final String WHOLE = "#,##0";

	static final String DECIMAL = "0.00";

	static final String PERCENT = "0.0%";

	private static final int HEADER_ROW = 4;

	private static final int MAX_WIDTH = 50;

	private final ReportTable table;

	private final ExportTexts texts;

	XlsxExport(ReportTable table, ExportTexts texts) {
		this.table = table;
		this.texts = texts;
	}

	byte[] write() {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try {
			Workbook workbook = new Workbook(bytes, "Pulih", "1.0");
			workbook.properties().setTitle(this.table.title()).setSubject(this.table.area());
			Worksheet sheet = workbook.newWorksheet(this.texts.get("export.sheet"));
			fill(sheet);
			workbook.finish();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	private void fill(Worksheet sheet) {
		List<Column> columns = this.table.columns();
		double[] widths = new double[columns.size() + 1];
		sheet.value(0, 0, this.table.title());
		sheet.style(0, 0).bold().fontSize(14).set();
		sheet.value(1, 0, this.texts.get("export.area") + ": " + this.table.area());
		sheet.value(2, 0, this.texts.get("export.period") + ": " + this.table.periodLabel());

		header(sheet, 0, this.table.rowHeader(), widths);
		for (int c = 0; c < columns.size(); c++) {
			header(sheet, c + 1, columns.get(c).label(), widths);
		}
		sheet.freezePane(1, HEADER_ROW + 1);

		int r = HEADER_ROW + 1;
		boolean withheld = false;
		for (Row row : this.table.rows()) {
			sheet.value(r, 0, row.label());
			widths[0] = Math.max(widths[0], row.label().length());
			if (row.total()) {
				sheet.style(r, 0).bold().set();
			}
			for (int c = 0; c < columns.size(); c++) {
				Shown shown = Shown.at(row, columns, c);
				withheld |= shown instanceof Shown.Withheld;
				widths[c + 1] = Math.max(widths[c + 1], cell(sheet, r, c + 1, shown, row.total()));
			}
			r++;
		}

		r++;
		for (String note : ExportNotes.of(this.table, this.texts, withheld)) {
			sheet.value(r++, 0, note);
		}
		sheet.value(r, 0, ExportNotes.generated(this.table, this.texts));

		for (int c = 0; c < widths.length; c++) {
			sheet.width(c, Math.min(MAX_WIDTH, Math.max(10, widths[c] + 2)));
		}
	}

	private void header(Worksheet sheet, int column, String label, double[] widths) {
		sheet.value(HEADER_ROW, column, label);
		sheet.style(HEADER_ROW, column)
			.bold()
			.fillColor("DDE7F0")
			.wrapText(true)
			.verticalAlignment("top")
			.horizontalAlignment((column == 0) ? "left" : "center")
			.set();
		// Long headers wrap: the column is as wide as their longest word.
		for (String word : label.split("\\s+")) {
			widths[column] = Math.max(widths[column], word.length());
		}
		widths[column] = Math.max(widths[column], Math.min(label.length(), 16));
	}

	/** Writes one cell and answers the width its content needs. */
	private double cell(Worksheet sheet, int r, int c, Shown shown, boolean total) {
		String text;
		String alignment = "right";
		switch (shown) {
			case Shown.Figure figure -> {
				Measure measure = figure.measure();
				BigDecimal value = (measure == Measure.PERCENT) ? figure.value().movePointLeft(2) : figure.value();
				sheet.value(r, c, value);
				String format = switch (measure) {
					case DECIMAL -> DECIMAL;
					case PERCENT -> PERCENT;
					default -> WHOLE;
				};
				style(sheet, r, c, total).format(format).horizontalAlignment("right").set();
				return this.texts.number(figure.value(), measure).length() + 1;
			}
			case Shown.Text note -> {
				text = note.text();
				alignment = "center";
			}
			case Shown.Withheld ignored -> text = this.texts.marker();
			case Shown.Nothing ignored -> {
				return 0;
			}
		}
		sheet.value(r, c, text);
		style(sheet, r, c, total).horizontalAlignment(alignment).set();
		return text.length();
	}

	private static StyleSetter style(Worksheet sheet, int r, int c, boolean total) {
		StyleSetter style = sheet.style(r, c);
		return total ? style.bold() : style;
	}

}
