package id.pulih.reporting.export;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.logging.Level;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import id.pulih.reporting.ReportTable;
import id.pulih.reporting.ReportTable.Column;
import id.pulih.reporting.ReportTable.Row;

/**
 * A report printed for official use: an A4 page (landscape for more than six columns)
 * with the letterhead, title, area and period, the table (figures right-aligned in the
 * reader's number format, the totals row bold), the notes and a signature block; every
 * page's footer names who read the figures when and counts the pages.
 * <p>
 * The page is XHTML built here with every text escaped, rendered with the font shipped
 * beside the stylesheet (DejaVu Sans Condensed, embedded as a subset, so the text can be
 * searched and copied). Nothing is ever loaded from elsewhere.
 */
final class PdfExport {

	static final String STYLESHEET = "reporting/report.css";

	static final String FONT = "Pulih Sans";

	private static final String FONT_REGULAR = "reporting/fonts/DejaVuSansCondensed.ttf";

	private static final String FONT_BOLD = "reporting/fonts/DejaVuSansCondensed-Bold.ttf";

	/** More columns than this are printed on a landscape page. */
	static final int PORTRAIT_COLUMNS = 6;

	static {
		// The renderer logs each step of each document at INFO: keep its warnings only.
		XRLog.listRegisteredLoggers().forEach((logger) -> XRLog.setLevel(logger, Level.WARNING));
	}

	private final ReportTable table;

	private final ExportTexts texts;

	PdfExport(ReportTable table, ExportTexts texts) {
		this.table = table;
		this.texts = texts;
	}

	byte[] write() {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.useUriResolver((base, uri) -> null);
			builder.useFont(() -> new ByteArrayInputStream(Resources.REGULAR), FONT, 400, FontStyle.NORMAL, true);
			builder.useFont(() -> new ByteArrayInputStream(Resources.BOLD), FONT, 700, FontStyle.NORMAL, true);
			builder.withProducer("Pulih");
			builder.withHtmlContent(html(), null);
			builder.toStream(bytes);
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	String html() {
		StringBuilder html = new StringBuilder(8192);
		html.append("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"")
			.append(this.texts.locale().getLanguage())
			.append("\"><head><meta charset=\"UTF-8\"/><title>")
			.append(xml(this.table.title()))
			.append("</title><meta name=\"author\" content=\"Pulih\"/><meta name=\"subject\" content=\"")
			.append(xml(this.table.area() + " \u00b7 " + this.table.periodLabel()))
			.append("\"/><style>")
			.append(xml(Resources.STYLESHEET))
			.append(xml(pageStyle()))
			.append("</style></head><body>");

		html.append("<div class=\"letterhead\"><p>")
			.append(xml(this.texts.get("export.letterhead")))
			.append("</p></div>");
		html.append("<h1>").append(xml(this.table.title())).append("</h1>");
		html.append("<table class=\"meta\"><tr><th>")
			.append(xml(this.texts.get("export.area")))
			.append("</th><td>")
			.append(xml(this.table.area()))
			.append("</td></tr><tr><th>")
			.append(xml(this.texts.get("export.period")))
			.append("</th><td>")
			.append(xml(this.table.periodLabel()))
			.append("</td></tr></table>");

		boolean withheld = figures(html);

		List<String> notes = ExportNotes.of(this.table, this.texts, withheld);
		if (!notes.isEmpty()) {
			html.append("<div class=\"notes\"><p><b>").append(xml(this.texts.get("export.notes"))).append("</b></p>");
			for (String note : notes) {
				html.append("<p>").append(xml(note)).append("</p>");
			}
			html.append("</div>");
		}

		html.append("<div class=\"signature\"><p>")
			.append(xml(this.texts.get("export.signature.placeDate", this.texts.date(this.table.generatedAt()))))
			.append("</p><p>")
			.append(xml(this.texts.get("export.signature.acknowledged")))
			.append("</p><div class=\"space\"></div><p>")
			.append(xml(this.texts.get("export.signature.name")))
			.append("</p><p>")
			.append(xml(this.texts.get("export.signature.nip")))
			.append("</p></div>");
		html.append("</body></html>");
		return html.toString();
	}

	/** Writes the table; answers whether a figure in it is withheld. */
	private boolean figures(StringBuilder html) {
		List<Column> columns = this.table.columns();
		html.append("<table class=\"figures\"><thead><tr><th scope=\"col\">")
			.append(xml(this.table.rowHeader()))
			.append("</th>");
		for (Column column : columns) {
			html.append("<th scope=\"col\">").append(xml(column.label())).append("</th>");
		}
		html.append("</tr></thead><tbody>");
		boolean withheld = false;
		for (Row row : this.table.rows()) {
			html.append(row.total() ? "<tr class=\"total\">" : "<tr>");
			html.append("<th scope=\"row\">").append(xml(row.label())).append("</th>");
			for (int c = 0; c < columns.size(); c++) {
				Shown shown = Shown.at(row, columns, c);
				withheld |= shown instanceof Shown.Withheld;
				switch (shown) {
					case Shown.Figure figure -> html.append("<td class=\"number\">")
						.append(xml(this.texts.number(figure.value(), figure.measure())));
					case Shown.Text text -> html.append("<td class=\"text\">").append(xml(text.text()));
					case Shown.Withheld ignored ->
						html.append("<td class=\"withheld\">").append(xml(this.texts.marker()));
					case Shown.Nothing ignored ->
						html.append("<td class=\"text\">").append(xml(this.texts.get("export.none")));
				}
				html.append("</td>");
			}
			html.append("</tr>");
		}
		html.append("</tbody></table>");
		return withheld;
	}

	/** The page size and the footer, which CSS can only take as strings. */
	private String pageStyle() {
		boolean landscape = this.table.columns().size() > PORTRAIT_COLUMNS;
		String page = this.texts.get("export.page", "\u0001", "\u0002");
		StringBuilder counter = new StringBuilder();
		int from = 0;
		for (int i = 0; i < page.length(); i++) {
			char c = page.charAt(i);
			if (c == '\u0001' || c == '\u0002') {
				counter.append(css(page.substring(from, i)))
					.append((c == '\u0001') ? " counter(page) " : " counter(pages) ");
				from = i + 1;
			}
		}
		counter.append(css(page.substring(from)));
		String small = (this.table.columns().size() > 12) ? "body { font-size: 7.5pt; }" : "";
		return """

				@page {
					size: A4 %s;
					@bottom-left { content: %s; font-family: "%s"; font-size: 7.5pt; }
					@bottom-right { content: %s; font-family: "%s"; font-size: 7.5pt; }
				}
				%s
				""".formatted(landscape ? "landscape" : "portrait", css(ExportNotes.generated(this.table, this.texts)),
				FONT, counter, FONT, small);
	}

	/**
	 * A CSS string literal that no text can break out of: anything but letters, digits,
	 * spaces and plain punctuation is written as a hexadecimal escape.
	 */
	static String css(String text) {
		StringBuilder out = new StringBuilder("\"");
		text.codePoints().forEach((c) -> {
			if (Character.isLetterOrDigit(c) || " .,:;()/".indexOf(c) >= 0) {
				out.appendCodePoint(c);
			}
			else if (c >= 0x20 && c != 0x7f) {
				out.append('\\').append(Integer.toHexString(c)).append(' ');
			}
		});
		return out.append('"').toString();
	}

	private static String xml(String text) {
		return Xml.escape(text);
	}

	/** The stylesheet and fonts, read once. */
	private static final class Resources {

		static final String STYLESHEET = new String(read(PdfExport.STYLESHEET), StandardCharsets.UTF_8);

		static final byte[] REGULAR = read(FONT_REGULAR);

		static final byte[] BOLD = read(FONT_BOLD);

		private static byte[] read(String resource) {
			try (InputStream in = PdfExport.class.getClassLoader().getResourceAsStream(resource)) {
				if (in == null) {
					throw new IllegalStateException("Missing resource " + resource);
				}
				return in.readAllBytes();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

}
