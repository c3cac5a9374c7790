package id.pulih.reporting.rollup;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One figure of the rollups: an indicator (with its disaggregation) of an organisation
 * over a period.
 *
 * @param periodKind {@code M}, {@code Q}, {@code Y}, or {@code C} for a custom period
 * counted fresh
 */
public record RollupRow(String indicator, String dimension, UUID organisationId, char periodKind, LocalDate periodStart,
		BigDecimal amount) {

	/** The key that identifies the row (everything but the amount). */
	public String key() {
		return this.indicator + "|" + this.dimension + "|" + this.organisationId + "|" + this.periodKind + "|"
				+ this.periodStart;
	}

}
