package id.pulih.client;

import java.time.LocalDate;

import id.pulih.shared.RuleViolation;
import id.pulih.shared.Sex;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.time.api.constraints.DateRange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Properties of the client code over any names and dates: the same facts always give the
 * same code, of the documented shape; how a name is typed (case, spaces, accents, titles)
 * does not change it; and nothing that looks like a NIK ever enters it.
 */
class UicBuilderPropertyTests {

	private final UicBuilder uics = new UicBuilder(UicProperties.defaults());

	@Provide
	Arbitrary<String> names() {
		Arbitrary<String> word = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(12);
		return word.list().ofMinSize(0).ofMaxSize(4).map(words -> String.join(" ", words));
	}

	@Provide
	Arbitrary<String> niks() {
		Arbitrary<String> digits = Arbitraries.strings().numeric().ofLength(16);
		return digits
			.flatMap(nik -> Arbitraries.of("", " ", ".", "-")
				.map(separator -> nik.substring(0, 4) + separator + nik.substring(4, 8) + separator + nik.substring(8)))
			.flatMap(nik -> Arbitraries.of("", "Siti ", "NIK ").map(prefix -> prefix + nik));
	}

	@Property
	void theSameFactsAlwaysGiveTheSameCode(@ForAll("names") String mother, @ForAll("names") String father,
			@ForAll Sex sex, @ForAll @DateRange(min = "1926-01-01", max = "2016-12-31") LocalDate born) {
		UicFacts facts = new UicFacts(mother, father, sex, born);
		String code = this.uics.build(facts);
		assertThat(this.uics.build(facts)).isEqualTo(code);
		assertThat(new UicBuilder(UicProperties.defaults()).build(new UicFacts(mother, father, sex, born)))
			.isEqualTo(code);
	}

	@Property
	void everyCodeHasTheDocumentedShape(@ForAll("names") String mother, @ForAll("names") String father, @ForAll Sex sex,
			@ForAll @DateRange(min = "1926-01-01", max = "2016-12-31") LocalDate born) {
		String code = this.uics.build(new UicFacts(mother, father, sex, born));
		assertThat(code).matches("[A-Z]{4}[12][0-3][0-9][01][0-9][0-9]{2}");
		assertThat(code.substring(4, 5)).isEqualTo((sex == Sex.MALE) ? "1" : "2");
		assertThat(code.substring(5))
			.isEqualTo(String.format("%02d%02d%02d", born.getDayOfMonth(), born.getMonthValue(), born.getYear() % 100));
	}

	@Property
	void caseSpacesAndAccentsDoNotMatter(@ForAll("names") String name) {
		String letters = this.uics.letters(UicBuilder.MOTHER, name);
		assertThat(this.uics.letters(UicBuilder.MOTHER, name.toUpperCase())).isEqualTo(letters);
		assertThat(this.uics.letters(UicBuilder.MOTHER, "  " + name.replace(" ", "   ") + "\t")).isEqualTo(letters);
		assertThat(this.uics.letters(UicBuilder.MOTHER,
				name.replace('a', 'á').replace('e', 'é').replace('u', 'ü').replace('o', 'ô')))
			.isEqualTo(letters);
	}

	@Property
	void aLeadingTitleDoesNotMatter(@ForAll("names") String name, @ForAll("titles") String title) {
		Assume.that(!name.isBlank());
		assertThat(this.uics.letters(UicBuilder.FATHER, title + name))
			.isEqualTo(this.uics.letters(UicBuilder.FATHER, name));
	}

	@Provide
	Arbitrary<String> titles() {
		return Arbitraries.of("Hj. ", "H. ", "Haji ", "Ibu ", "Bapak ", "Drs. ", "Ustadz ", "KH ", "Raden ");
	}

	@Property
	void theLettersAreOnlyLettersWhateverIsTyped(@ForAll String anything) {
		String letters;
		try {
			letters = this.uics.letters(UicBuilder.MOTHER, anything);
		}
		catch (RuleViolation refused) {
			assertThat(refused.messageKey()).isIn("client.error.nameDigits", "client.error.nikInName");
			return;
		}
		assertThat(letters).matches("[A-Z]{2}");
	}

	@Property
	void aNikIsRefusedInEitherNameAndNeverEntersTheCode(@ForAll("niks") String nik, @ForAll Sex sex) {
		LocalDate born = LocalDate.of(1990, 5, 17);
		assertThatThrownBy(() -> this.uics.build(new UicFacts(nik, "Agus", sex, born)))
			.isInstanceOfSatisfying(RuleViolation.class, ex -> {
				assertThat(ex.field()).isEqualTo("motherFirstName");
				assertThat(ex.messageKey()).isEqualTo("client.error.nikInName");
			});
		assertThatThrownBy(() -> this.uics.build(new UicFacts("Siti", nik, sex, born)))
			.isInstanceOfSatisfying(RuleViolation.class, ex -> assertThat(ex.field()).isEqualTo("fatherFirstName"));
	}

}
