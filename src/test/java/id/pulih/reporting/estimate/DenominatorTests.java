package id.pulih.reporting.estimate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import id.pulih.geography.Area;
import id.pulih.geography.Areas;
import id.pulih.shared.security.PulihUser;
import id.pulih.support.PulihSpringTest;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The figures reports divide by: an area's own entry wins; without one, its children are
 * summed, each by its own entry or, recursively, by its children; nothing entered
 * anywhere below gives null; each figure is found on its own; the batch agrees with the
 * single look-up. Each test has a province (or year) of its own: 2092 per province, 2095
 * for the batch, 2096 for another year, 2100 for the nation.
 */
@PulihSpringTest
class DenominatorTests {

	private static final int YEAR = 2092;

	@Autowired
	private PopulationEstimates estimates;

	@Autowired
	private Areas areas;

	private final PulihUser nation = EstimateCommandTests.nationalManager();

	private void enter(String area, int year, @Nullable Long pwid, @Nullable Long opioidPwid, @Nullable Long pwidHiv) {
		this.estimates.set(this.nation, new SetEstimate(area, year, pwid, opioidPwid, pwidHiv, null, null));
	}

	@Test
	void anAreasOwnEntryWinsOverTheSumBelow() {
		enter("33", YEAR, 1_000L, 600L, 90L);
		enter("33.01", YEAR, 300L, 200L, 10L);
		enter("33.02", YEAR, 400L, 300L, 20L);
		assertThat(this.estimates.denominators("33", YEAR))
			.isEqualTo(new Denominators(1_000L, 600L, 90L, false, false, false));
		assertThat(this.estimates.denominators("33.01", YEAR))
			.isEqualTo(new Denominators(300L, 200L, 10L, false, false, false));
	}

	@Test
	void withoutAnEntryTheChildrenAreSummed() {
		enter("34.01", YEAR, 100L, 60L, null);
		enter("34.02", YEAR, 250L, null, null);
		Denominators yogyakarta = this.estimates.denominators("34", YEAR);
		assertThat(yogyakarta).isEqualTo(new Denominators(350L, 60L, null, true, true, false));
		assertThat(yogyakarta.anySummed()).isTrue();
		assertThat(yogyakarta.isEmpty()).isFalse();
	}

	@Test
	void theSumRecursesThroughEveryLevelAndStopsAtAnEntry() {
		// Pacitan (35.01) has no entry: its districts count, Donorojo and Pringkuku by
		// their own entries, Punung by its village's
		enter("35.01.01", YEAR, 10L, null, null);
		enter("35.01.01.2001", YEAR, 999L, null, null);
		enter("35.01.02", YEAR, 20L, null, null);
		enter("35.01.03.2001", YEAR, 5L, null, null);
		// Ponorogo (35.02) has its own entry: its village does not count again
		enter("35.02", YEAR, 100L, null, null);
		enter("35.02.01.2001", YEAR, 7L, null, null);

		assertThat(this.estimates.denominators("35.01.03", YEAR))
			.isEqualTo(new Denominators(5L, null, null, true, false, false));
		assertThat(this.estimates.denominators("35.01", YEAR))
			.isEqualTo(new Denominators(35L, null, null, true, false, false));
		assertThat(this.estimates.denominators("35", YEAR))
			.isEqualTo(new Denominators(135L, null, null, true, false, false));
		assertThat(this.estimates.denominators("35.01.01", YEAR))
			.isEqualTo(new Denominators(10L, null, null, false, false, false));
	}

	@Test
	void nothingEnteredAnywhereBelowIsNull() {
		assertThat(this.estimates.denominators("36", YEAR)).isEqualTo(Denominators.NONE);
		assertThat(this.estimates.denominators("36.01.01", YEAR).isEmpty()).isTrue();
		assertThat(this.estimates.denominators("36.99", YEAR)).isEqualTo(Denominators.NONE);
		assertThat(this.estimates.denominators("", YEAR)).isEqualTo(Denominators.NONE);
		// an entry of another year does not count
		enter("36.01", 2096, 100L, null, null);
		assertThat(this.estimates.denominators("36", YEAR)).isEqualTo(Denominators.NONE);
		assertThat(this.estimates.denominators("36", 2096))
			.isEqualTo(new Denominators(100L, null, null, true, false, false));
	}

	@Test
	void eachFigureIsFoundOnItsOwn() {
		enter("51", YEAR, 5_000L, null, null);
		enter("51.01", YEAR, null, 200L, 30L);
		enter("51.01.01", YEAR, null, null, 99L);
		enter("51.02", YEAR, 300L, 100L, null);
		enter("51.02.01", YEAR, null, null, 12L);
		assertThat(this.estimates.denominators("51", YEAR))
			.isEqualTo(new Denominators(5_000L, 300L, 42L, false, true, true));
		assertThat(this.estimates.denominators("51.01", YEAR))
			.isEqualTo(new Denominators(null, 200L, 30L, false, false, false));
		assertThat(this.estimates.denominators("51.02", YEAR))
			.isEqualTo(new Denominators(300L, 100L, 12L, false, false, true));
	}

	@Test
	void theNationSumsItsProvincesUnlessEnteredItself() {
		int year = 2100;
		enter("32", year, 1_000L, null, null);
		enter("31.71", year, 200L, 50L, null);
		assertThat(this.estimates.denominators("ID", year))
			.isEqualTo(new Denominators(1_200L, 50L, null, true, true, false));
		enter("ID", year, 50_000L, null, null);
		assertThat(this.estimates.denominators("ID", year))
			.isEqualTo(new Denominators(50_000L, 50L, null, false, true, false));
	}

	@Test
	void theBatchAgreesWithTheSingleLookUp() {
		int year = 2095;
		enter("32", year, 2_000L, null, 100L);
		enter("32.73", year, 700L, 400L, null);
		enter("32.73.01", year, null, 50L, 5L);
		enter("33.01", year, 300L, 100L, 10L);
		enter("33.02.01", year, 80L, null, null);
		enter("51.01.01.2001", year, 9L, 9L, 9L);
		enter("ID", year, null, 900L, null);

		List<String> provinces = this.areas.children(null).stream().map(Area::code).toList();
		assertThat(provinces).hasSize(38);
		List<String> codes = new ArrayList<>(provinces);
		codes.addAll(List.of("32.73", "32.73.01", "32.01", "33.02", "51.01.01", "99.99"));
		Map<String, Denominators> batch = this.estimates.denominators(codes, year);
		assertThat(batch.keySet()).containsExactlyElementsOf(codes);
		codes.forEach(code -> assertThat(batch.get(code)).as(code).isEqualTo(this.estimates.denominators(code, year)));
		assertThat(batch.get("33")).isEqualTo(new Denominators(380L, 100L, 10L, true, true, true));
		assertThat(batch.get("51")).isEqualTo(new Denominators(9L, 9L, 9L, true, true, true));
		assertThat(batch.get("11")).isEqualTo(Denominators.NONE);

		// with the nation among them (every row of the year is read)
		List<String> withNation = new ArrayList<>(codes);
		withNation.add(0, "ID");
		Map<String, Denominators> all = this.estimates.denominators(withNation, year);
		withNation
			.forEach(code -> assertThat(all.get(code)).as(code).isEqualTo(this.estimates.denominators(code, year)));
		assertThat(all.get("ID")).isEqualTo(new Denominators(2_389L, 900L, 119L, true, false, true));
		assertThat(this.estimates.denominators(List.of(), year)).isEmpty();
	}

}
