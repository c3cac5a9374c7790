package id.pulih.instrument;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The change in quality of life between the WHOQOL-BREF at intake and at the end of the
 * recovery pathway (end minus intake; positive is better), per domain on both scales. A
 * change is null where either assessment left the domain unscored. The programme reports
 * the mean change per domain (BNN's published 2024 increases, about 1.1 to 1.3, are on
 * the 4 to 20 scale).
 *
 * @param overallQualityOfLife change in Q1, null if either is missing
 * @param satisfactionWithHealth change in Q2, null if either is missing
 * @param domains one per domain, in domain order
 */
public record WhoqolChange(@Nullable Integer overallQualityOfLife, @Nullable Integer satisfactionWithHealth,
		List<DomainChange> domains) {

	public WhoqolChange {
		domains = List.copyOf(domains);
	}

	public static WhoqolChange between(WhoqolResult intake, WhoqolResult end) {
		List<DomainChange> domains = new ArrayList<>();
		for (WhoqolDomain domain : WhoqolDomain.values()) {
			WhoqolResult.DomainScore before = intake.domain(domain);
			WhoqolResult.DomainScore after = end.domain(domain);
			if (!before.scored() || !after.scored()) {
				domains.add(new DomainChange(domain, null, null));
				continue;
			}
			// mean(after) − mean(before) = (sA·nB − sB·nA) / (nA·nB), exactly; then × 4
			// and
			// × 25 for the two scales, with the one division at full precision.
			long numerator = (long) after.itemSum() * before.answeredItems()
					- (long) before.itemSum() * after.answeredItems();
			BigDecimal denominator = BigDecimal.valueOf((long) after.answeredItems() * before.answeredItems());
			domains.add(new DomainChange(domain,
					BigDecimal.valueOf(4 * numerator).divide(denominator, WhoqolBrefScoring.PRECISION),
					BigDecimal.valueOf(25 * numerator).divide(denominator, WhoqolBrefScoring.PRECISION)));
		}
		return new WhoqolChange(difference(intake.overallQualityOfLife(), end.overallQualityOfLife()),
				difference(intake.satisfactionWithHealth(), end.satisfactionWithHealth()), domains);
	}

	public DomainChange domain(WhoqolDomain domain) {
		return this.domains.stream().filter(change -> change.domain() == domain).findFirst().orElseThrow();
	}

	private static @Nullable Integer difference(@Nullable Integer before, @Nullable Integer after) {
		return (before != null && after != null) ? after - before : null;
	}

	/**
	 * One domain's change.
	 *
	 * @param score change on the 4 to 20 scale, null if either side is unscored
	 * @param transformed change on the 0 to 100 scale, null if either side is unscored
	 */
	public record DomainChange(WhoqolDomain domain, @Nullable BigDecimal score, @Nullable BigDecimal transformed) {

		/** The change on the 4 to 20 scale rounded to 2 decimals, for display only. */
		public @Nullable BigDecimal scoreForDisplay() {
			return WhoqolResult.DomainScore.forDisplay(this.score);
		}

		/** The change on the 0 to 100 scale rounded to 2 decimals, for display only. */
		public @Nullable BigDecimal transformedForDisplay() {
			return WhoqolResult.DomainScore.forDisplay(this.transformed);
		}

	}

}
