package id.pulih.reporting.export;

import java.util.ArrayList;
import java.util.List;

import id.pulih.reporting.ReportTable;

/**
 * The lines every export writes below a table: the report's own notes, what the marker of
 * a withheld figure means (when one is withheld) and a warning when small figures were
 * not withheld. Who read the figures when follows them, or stands in a PDF's footer.
 */
final class ExportNotes {

	private ExportNotes() {
	}

	static List<String> of(ReportTable table, ExportTexts texts, boolean withheld) {
		List<String> notes = new ArrayList<>(table.notes());
		if (withheld) {
			notes.add(texts.get("export.suppressed.note", texts.marker()));
		}
		if (!table.published()) {
			notes.add(texts.get("export.notPublished"));
		}
		return notes;
	}

	static String generated(ReportTable table, ExportTexts texts) {
		return texts.get("export.generated", table.generatedBy(), texts.dateTime(table.generatedAt()));
	}

}
