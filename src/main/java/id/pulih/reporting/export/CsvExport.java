package id.pulih.reporting.export;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import id.pulih.reporting.ReportTable;
import id.pulih.reporting.ReportTable.Column;
import id.pulih.reporting.ReportTable.Row;

/**
 * A report as CSV (RFC 4180): UTF-8 with a byte order mark, so spreadsheet programs read
 * the letters right; the title, area and period on the first line, then the header and
 * the rows, then the notes and who read the figures when. Figures are written plainly
 * ({@code 1234.5}) so they read back as numbers in any language; texts that a spreadsheet
 * would run as a formula are defused with a leading apostrophe.
 */
final class CsvExport {

	private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private final ReportTable table;

	private final ExportTexts texts;

	private final StringBuilder out = new StringBuilder();

	CsvExport(ReportTable table, ExportTexts texts) {
		this.table = table;
		this.texts = texts;
	}

	byte[] write() {
		record(List.of(text(this.table.title()), text(this.table.area()), text(this.table.periodLabel())));
		List<String> header = new ArrayList<>();
		header.add(text(this.table.rowHeader()));
		for (Column column : this.table.columns()) {
			header.add(text(column.label()));
		}
		record(header);
		boolean withheld = false;
		for (Row row : this.table.rows()) {
			List<String> fields = new ArrayList<>();
			fields.add(text(row.label()));
			for (int i = 0; i < this.table.columns().size(); i++) {
				Shown shown = Shown.at(row, this.table.columns(), i);
				withheld |= shown instanceof Shown.Withheld;
				fields.add(switch (shown) {
					case Shown.Figure figure -> ExportTexts.plain(figure.value());
					case Shown.Text text -> text(text.text());
					case Shown.Withheld ignored -> this.texts.marker();
					case Shown.Nothing ignored -> "";
				});
			}
			record(fields);
		}
		record(List.of());
		for (String note : ExportNotes.of(this.table, this.texts, withheld)) {
			record(List.of(text(note)));
		}
		record(List.of(text(ExportNotes.generated(this.table, this.texts))));
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		bytes.writeBytes(BOM);
		bytes.writeBytes(this.out.toString().getBytes(StandardCharsets.UTF_8));
		return bytes.toByteArray();
	}

	private void record(List<String> fields) {
		for (int i = 0; i < fields.size(); i++) {
			if (i > 0) {
				this.out.append(',');
			}
			this.out.append(quoted(fields.get(i)));
		}
		this.out.append("\r\n");
	}

	/** A field in double quotes when it holds a comma, a quote or a line break. */
	static String quoted(String field) {
		if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
			return field;
		}
		return '"' + field.replace("\"", "\"\"") + '"';
	}

	/**
	 * A text as a spreadsheet shows it, never as a formula: one that starts with
	 * {@code = + - @}, a tab or a carriage return gets a leading apostrophe (OWASP, "CSV
	 * injection"). Figures are written by {@link ExportTexts#plain} and never pass here.
	 */
	static String text(String text) {
		if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			return "'" + text;
		}
		return text;
	}

}
