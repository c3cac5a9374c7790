package id.pulih.instrument;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import id.pulih.instrument.InstrumentDefinition.AnswerOption;
import id.pulih.instrument.InstrumentDefinition.Item;
import id.pulih.instrument.InstrumentDefinition.Section;
import id.pulih.shared.RecordNotFound;
import id.pulih.shared.RuleViolation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The catalogue of instruments and the definitions a form renders from: what is asked, in
 * which sections, with which answers and points, and scoring by code.
 */
class InstrumentsTests {

	private final Instruments instruments = new Instruments();

	private static List<String> ids(List<Item> items) {
		return items.stream().map(Item::id).toList();
	}

	private static List<Integer> points(Item item) {
		return item.options().stream().map(AnswerOption::points).toList();
	}

	@Test
	void theCatalogueHoldsAssistAndWhoqolBref() {
		assertThat(this.instruments.all()).extracting(InstrumentDefinition::code, InstrumentDefinition::version)
			.containsExactly(tuple("ASSIST", "3.0"), tuple("WHOQOL-BREF", "1.0"));
		assertThat(this.instruments.definition("whoqol-bref").code()).isEqualTo("WHOQOL-BREF");
		assertThat(this.instruments.definition("ASSIST", "3.0").version()).isEqualTo("3.0");
		assertThat(this.instruments.find("AUDIT")).isEmpty();
		assertThatThrownBy(() -> this.instruments.definition("AUDIT")).isInstanceOf(RecordNotFound.class);
		assertThatThrownBy(() -> this.instruments.definition("ASSIST", "3.1")).isInstanceOf(RecordNotFound.class);
		assertThatThrownBy(() -> this.instruments.score("AUDIT", Map.of())).isInstanceOf(RecordNotFound.class);
	}

	@Test
	void assistAsksQ1ForAllSubstancesThenOneSubstanceAtATimeThenInjection() {
		InstrumentDefinition assist = this.instruments.definition("ASSIST");
		assertThat(assist.sections()).extracting(Section::id)
			.containsExactly("lifetime", "tobacco", "alcohol", "cannabis", "cocaine", "amphetamines", "inhalants",
					"sedatives", "hallucinogens", "opioids", "other", "injection");
		assertThat(ids(assist.section("lifetime").orElseThrow().items())).hasSize(10)
			.allMatch(id -> id.matches("substances\\.[a-z]+\\.q1"));
		assertThat(ids(assist.section("tobacco").orElseThrow().items())).containsExactly("substances.tobacco.q2",
				"substances.tobacco.q3", "substances.tobacco.q4", "substances.tobacco.q6", "substances.tobacco.q7");
		assertThat(ids(assist.section("alcohol").orElseThrow().items())).containsExactly("substances.alcohol.q2",
				"substances.alcohol.q3", "substances.alcohol.q4", "substances.alcohol.q5", "substances.alcohol.q6",
				"substances.alcohol.q7");
		assertThat(ids(assist.section("injection").orElseThrow().items())).containsExactly("q8", "q8Pattern");
		assertThat(assist.items()).hasSize(10 + 5 + 9 * 6 + 2).allMatch(Item::required);
	}

	@Test
	void assistOptionsCarryTheAnswerSheetPoints() {
		InstrumentDefinition assist = this.instruments.definition("ASSIST");
		assertThat(points(assist.item("substances.opioids.q2").orElseThrow())).containsExactly(0, 2, 3, 4, 6);
		assertThat(points(assist.item("substances.opioids.q3").orElseThrow())).containsExactly(0, 3, 4, 5, 6);
		assertThat(points(assist.item("substances.opioids.q4").orElseThrow())).containsExactly(0, 4, 5, 6, 7);
		assertThat(points(assist.item("substances.opioids.q5").orElseThrow())).containsExactly(0, 5, 6, 7, 8);
		assertThat(points(assist.item("substances.opioids.q6").orElseThrow())).containsExactly(0, 6, 3);
		assertThat(points(assist.item("substances.opioids.q7").orElseThrow())).containsExactly(0, 6, 3);
		// Q1 and Q8 are recorded but not scored
		assertThat(points(assist.item("substances.opioids.q1").orElseThrow())).containsOnlyNulls();
		assertThat(points(assist.item("q8").orElseThrow())).containsOnlyNulls();
		assertThat(assist.item("substances.opioids.q2").orElseThrow().options()).extracting(AnswerOption::value)
			.containsExactly("NEVER", "ONCE_OR_TWICE", "MONTHLY", "WEEKLY", "DAILY_OR_ALMOST_DAILY");
		assertThat(assist.item("substances.opioids.q3").orElseThrow().subjectKey())
			.isEqualTo("instrument.assist.substance.opioids.short");
	}

	@Test
	void assistScreensFollowTheAnswersSoFar() {
		InstrumentDefinition assist = this.instruments.definition("ASSIST");
		assertThat(assist.sectionsAsked(Map.of())).extracting(Section::id).containsExactly("lifetime");

		Map<String, String> form = AssistAnswers.neverUsedAnything().toForm();
		assertThat(assist.sectionsAsked(form)).extracting(Section::id).containsExactly("lifetime");

		form.put("substances.alcohol.q1", "YES");
		assertThat(assist.sectionsAsked(form)).extracting(Section::id)
			.containsExactly("lifetime", "alcohol", "injection");
		assertThat(ids(assist.itemsAsked(form)))
			.contains("substances.alcohol.q2", "substances.alcohol.q6", "substances.alcohol.q7", "q8")
			.doesNotContain("substances.alcohol.q3", "q8Pattern");

		form.put("substances.alcohol.q2", "NEVER");
		assertThat(ids(assist.itemsAsked(form))).doesNotContain("substances.alcohol.q3", "substances.alcohol.q5");
		form.put("substances.alcohol.q2", "MONTHLY");
		form.put("q8", "YES_IN_PAST_3_MONTHS");
		assertThat(ids(assist.itemsAsked(form))).contains("substances.alcohol.q3", "substances.alcohol.q4",
				"substances.alcohol.q5", "q8Pattern");

		// an answer to a question that is not asked does not open its follow-ups
		form.put("substances.alcohol.q1", "NO");
		assertThat(ids(assist.itemsAsked(form))).doesNotContain("substances.alcohol.q3", "q8", "q8Pattern");
	}

	@Test
	void whoqolBrefHas26ItemsOnFiveScalesInTheSectionsOfTheForm() {
		InstrumentDefinition whoqol = this.instruments.definition("WHOQOL-BREF");
		assertThat(ids(whoqol.items()))
			.containsExactlyElementsOf(IntStream.rangeClosed(1, 26).mapToObj(item -> "q" + item).toList());
		assertThat(whoqol.sections()).extracting(Section::id)
			.containsExactly("general", "howMuch", "howCompletely", "howSatisfied", "howOften");
		assertThat(whoqol.items()).allSatisfy(item -> {
			assertThat(item.required()).isFalse();
			assertThat(item.askedWhen()).isEmpty();
			assertThat(item.options()).extracting(AnswerOption::value).containsExactly("1", "2", "3", "4", "5");
			assertThat(points(item)).containsExactly(1, 2, 3, 4, 5);
		});
		assertThat(scale(whoqol, 1)).isEqualTo("quality");
		assertThat(scale(whoqol, 2)).isEqualTo("satisfaction");
		assertThat(scale(whoqol, 3)).isEqualTo("amount");
		assertThat(scale(whoqol, 4)).isEqualTo("amount");
		assertThat(scale(whoqol, 7)).isEqualTo("extent");
		assertThat(scale(whoqol, 10)).isEqualTo("completeness");
		assertThat(scale(whoqol, 14)).isEqualTo("completeness");
		assertThat(scale(whoqol, 15)).isEqualTo("quality");
		assertThat(scale(whoqol, 16)).isEqualTo("satisfaction");
		assertThat(scale(whoqol, 25)).isEqualTo("satisfaction");
		assertThat(scale(whoqol, 26)).isEqualTo("frequency");
		assertThat(whoqol.sectionsAsked(Map.of())).hasSize(5);
	}

	private static String scale(InstrumentDefinition whoqol, int item) {
		String label = whoqol.item("q" + item).orElseThrow().options().get(0).labelKey();
		return label.replace("instrument.whoqol.scale.", "").replace(".1", "");
	}

	@Test
	void everyDomainItemIsOnTheFormAndNoItemIsInTwoDomains() {
		List<Integer> domainItems = Arrays.stream(WhoqolDomain.values())
			.flatMap(domain -> domain.items().stream())
			.sorted()
			.toList();
		assertThat(domainItems).doesNotHaveDuplicates()
			.hasSize(24)
			.containsExactlyElementsOf(IntStream.rangeClosed(3, 26).boxed().toList());
	}

	@Test
	void scoresByCodeFromFormAnswers() {
		Map<String, String> assist = AssistAnswers.neverUsedAnything().toForm();
		assertThat(this.instruments.score("ASSIST", assist)).isInstanceOfSatisfying(AssistResult.class,
				result -> assertThat(result.everUsedAny()).isFalse());

		assist.put("substances.cannabis.q1", "YES");
		assertThatThrownBy(() -> this.instruments.score("ASSIST", assist)).isInstanceOfSatisfying(RuleViolation.class,
				ex -> {
					assertThat(ex.field()).isEqualTo("substances.cannabis.q2");
					assertThat(ex.messageKey()).isEqualTo("instrument.error.answerRequired");
				});

		Map<String, String> whoqol = new HashMap<>();
		for (int item = 1; item <= 26; item++) {
			whoqol.put("q" + item, "4");
		}
		assertThat(this.instruments.score("WHOQOL-BREF", whoqol)).isInstanceOfSatisfying(WhoqolResult.class,
				result -> assertThat(result.domain(WhoqolDomain.SOCIAL).score()).isEqualByComparingTo("16"));
	}

}
