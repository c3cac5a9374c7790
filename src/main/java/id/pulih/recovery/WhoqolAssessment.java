package id.pulih.recovery;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import id.pulih.instrument.WhoqolAnswers;
import id.pulih.instrument.WhoqolBrefScoring;
import id.pulih.instrument.WhoqolDomain;
import id.pulih.instrument.WhoqolResult;
import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A WHOQOL-BREF taken in a pathway, at intake or at the end: the answers as given and,
 * for reports, Q1, Q2 and the four domain scores on the 4 to 20 scale at full precision.
 *
 * @param answers {@code q1=3&q2=4&...}
 * @param physical null when the domain was not scored (likewise the other domains)
 */
@Table("recovery_whoqol")
public record WhoqolAssessment(@Id UUID id, WhoqolTiming timing, LocalDate assessedOn, @Nullable UUID assessedBy,
		String answers, int missingItems, @Nullable Integer overallQuality, @Nullable Integer healthSatisfaction,
		@Nullable BigDecimal physical, @Nullable BigDecimal psychological, @Nullable BigDecimal social,
		@Nullable BigDecimal environment) {

	static WhoqolAssessment of(UUID id, WhoqolTiming timing, LocalDate assessedOn, @Nullable UUID assessedBy,
			Map<String, String> checkedAnswers, WhoqolResult result) {
		String text = checkedAnswers.entrySet()
			.stream()
			.map(entry -> entry.getKey() + "=" + entry.getValue())
			.collect(Collectors.joining("&"));
		return new WhoqolAssessment(id, timing, assessedOn, assessedBy, text, result.missingItems(),
				result.overallQualityOfLife(), result.satisfactionWithHealth(),
				result.domain(WhoqolDomain.PHYSICAL).score(), result.domain(WhoqolDomain.PSYCHOLOGICAL).score(),
				result.domain(WhoqolDomain.SOCIAL).score(), result.domain(WhoqolDomain.ENVIRONMENT).score());
	}

	/** The answers as item ids and values, in item order. */
	public Map<String, String> answerMap() {
		Map<String, String> map = new LinkedHashMap<>();
		if (!this.answers.isEmpty()) {
			for (String pair : this.answers.split("&")) {
				int equals = pair.indexOf('=');
				map.put(pair.substring(0, equals), pair.substring(equals + 1));
			}
		}
		return map;
	}

	/** The full result, scored again from the stored answers. */
	public WhoqolResult result() {
		return WhoqolBrefScoring.score(WhoqolAnswers.fromForm(answerMap()));
	}

}
