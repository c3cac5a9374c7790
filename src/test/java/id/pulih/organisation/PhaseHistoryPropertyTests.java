package id.pulih.organisation;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties of a unit's phase history over any order of entry: the history reads oldest
 * first, keeps every assessment, and the current phase is that of the latest one.
 */
class PhaseHistoryPropertyTests {

	@Provide
	Arbitrary<List<Tuple2<DevelopmentPhase, LocalDate>>> assessments() {
		Arbitrary<LocalDate> dates = Arbitraries.integers()
			.between(0, 365 * 10)
			.map(days -> LocalDate.of(2015, 1, 1).plusDays(days));
		return Combinators.combine(Arbitraries.of(DevelopmentPhase.class), dates)
			.as(Tuple::of)
			.list()
			.ofMinSize(1)
			.ofMaxSize(12);
	}

	@Property
	void theCurrentPhaseIsThatOfTheLatestAssessment(
			@ForAll("assessments") List<Tuple2<DevelopmentPhase, LocalDate>> assessments) {
		Organisation bnnk = Organisation.create(null, "K", "BNNK", OrganisationType.BNNK, null, "32.01");
		Organisation unit = Organisation.create(null, "U", "Unit", OrganisationType.IBM_UNIT, bnnk, "32.01.02.2004");
		unit.formUnit("32.01.02.2004", LocalDate.of(2015, 1, 1));
		assessments.forEach(a -> unit.recordPhase(a.get1(), a.get2(), "officer", null));

		List<Organisation.PhaseRecord> history = unit.phases();
		assertThat(history).hasSize(assessments.size());
		assertThat(history).isSortedAccordingTo(Comparator.comparing(Organisation.PhaseRecord::assessedOn));
		LocalDate latest = assessments.stream().map(Tuple2::get2).max(Comparator.naturalOrder()).orElseThrow();
		assertThat(assessments).filteredOn(a -> a.get2().equals(latest))
			.extracting(Tuple2::get1)
			.contains(unit.currentPhase());
	}

}
