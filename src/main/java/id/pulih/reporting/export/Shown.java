package id.pulih.reporting.export;

import java.math.BigDecimal;
import java.util.List;

import id.pulih.reporting.ReportTable.Cell;
import id.pulih.reporting.ReportTable.Column;
import id.pulih.reporting.ReportTable.Measure;
import id.pulih.reporting.ReportTable.Row;

/**
 * What one cell of a report shows, the same in every export: a withheld figure shows only
 * the marker (it carries no value, and one given anyway is never written), a band its
 * text, a figure its number, otherwise its note or nothing.
 */
sealed interface Shown {

	static Shown of(Cell cell, Measure measure) {
		if (cell.suppressed()) {
			return new Withheld();
		}
		if (measure == Measure.BAND) {
			return (cell.text() != null) ? new Text(cell.text()) : new Nothing();
		}
		if (cell.value() != null) {
			return new Figure(cell.value(), measure);
		}
		return (cell.text() != null) ? new Text(cell.text()) : new Nothing();
	}

	/** The cell of a row under a column; rows shorter than the columns show nothing. */
	static Shown at(Row row, List<Column> columns, int index) {
		return (index < row.cells().size()) ? of(row.cells().get(index), columns.get(index).measure()) : new Nothing();
	}

	record Figure(BigDecimal value, Measure measure) implements Shown {

	}

	record Text(String text) implements Shown {

	}

	record Withheld() implements Shown {

	}

	record Nothing() implements Shown {

	}

}
