package id.pulih.reporting.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import id.pulih.reporting.ReportPeriod;
import id.pulih.reporting.ReportTable;
import id.pulih.reporting.ReportTable.Cell;
import id.pulih.reporting.ReportTable.Row;
import id.pulih.reporting.export.Dhis2Properties.DataElement;
import id.pulih.shared.RuleViolation;
import org.jspecify.annotations.Nullable;

/**
 * The figures of a report that DHIS2 receives: every cell with an indicator and a value
 * that is not withheld, whose indicator and place are both mapped, in the table's order.
 * Bands and derived totals carry no indicator and are never sent.
 *
 * @param dataElement the data element's id
 * @param categoryOptionCombo the category option combination's id; none for the default
 * @param categories the ADX category attributes; empty when none are mapped
 * @param period the figure's period
 * @param orgUnit the organisation unit's id
 * @param value the figure, written plainly
 */
record Dhis2Values(String dataElement, @Nullable String categoryOptionCombo, Map<String, String> categories,
		ReportPeriod period, String orgUnit, String value) {

	static List<Dhis2Values> of(ReportTable table, Dhis2Properties mapping) {
		List<Dhis2Values> values = new ArrayList<>();
		for (Row row : table.rows()) {
			for (Cell cell : row.cells()) {
				String indicator = cell.indicator();
				if (indicator == null || cell.value() == null || cell.suppressed()) {
					continue;
				}
				Optional<DataElement> element = mapping.dataElement(indicator, cell.dimension());
				Optional<String> orgUnit = mapping.orgUnit(cell.orgUnit());
				if (element.isPresent() && orgUnit.isPresent()) {
					values.add(new Dhis2Values(element.get().id(), element.get().categoryOptionCombo(),
							mapping.categories(indicator, cell.dimension()), cell.period(), orgUnit.get(),
							ExportTexts.plain(cell.value())));
				}
			}
		}
		return values;
	}

	/**
	 * Refuses a report that holds a custom period: DHIS2 names only days, weeks, months,
	 * quarters, years and the like, so the figures would have nowhere to go.
	 */
	static void requireDhis2Periods(ReportTable table) {
		for (Row row : table.rows()) {
			for (Cell cell : row.cells()) {
				if (cell.indicator() != null && cell.period().dhis2() == null) {
					throw RuleViolation.of("export.error.dhis2CustomPeriod");
				}
			}
		}
	}

}
