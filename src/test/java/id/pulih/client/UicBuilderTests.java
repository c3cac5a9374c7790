package id.pulih.client;

import java.time.LocalDate;
import java.util.List;

import id.pulih.shared.RuleViolation;
import id.pulih.shared.Sex;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The documented construction of the client code (docs/uic.md), its normalisation rules
 * and its configuration, by example.
 */
class UicBuilderTests {

	private final UicBuilder uics = new UicBuilder(UicProperties.defaults());

	private String letters(String name) {
		return this.uics.letters(UicBuilder.MOTHER, name);
	}

	@Test
	void theDocumentedExamples() {
		assertThat(this.uics.build(new UicFacts("Siti", "Agus", Sex.FEMALE, LocalDate.of(1990, 3, 15))))
			.isEqualTo("SIAG2150390");
		assertThat(this.uics.build(new UicFacts("Euis", "Dadang", Sex.MALE, LocalDate.of(2001, 12, 1))))
			.isEqualTo("EUDA1011201");
		assertThat(this.uics
			.build(new UicFacts("Hj. Siti Aminah", "H. Muhammad Rizki", Sex.MALE, LocalDate.of(1985, 7, 4))))
			.isEqualTo("AMRI1040785");
		assertThat(this.uics.build(new UicFacts("Djoko", "Soekarno", Sex.MALE, LocalDate.of(1999, 8, 17))))
			.isEqualTo("JOSU1170899");
		assertThat(this.uics.build(new UicFacts("A", "Tjahjo", Sex.FEMALE, LocalDate.of(2000, 11, 9))))
			.isEqualTo("AXCA2091100");
	}

	@Test
	void namesAreReadTheSameHoweverTheyAreTyped() {
		assertThat(letters("  aminah ")).isEqualTo("AM");
		assertThat(letters("AMINAH")).isEqualTo("AM");
		assertThat(letters("Élisabeth")).isEqualTo("EL");
		assertThat(letters("Nur'aini")).isEqualTo("NU");
		assertThat(letters("’Aisyah")).isEqualTo("AI");
		assertThat(letters("-dewi-")).isEqualTo("DE");
	}

	@Test
	void titlesInitialsAndTheCommonPrefixesAreSkippedWhenAnotherWordFollows() {
		assertThat(letters("Hj. Siti Aminah")).isEqualTo("AM");
		assertThat(letters("H. Muhammad Rizki")).isEqualTo("RI");
		assertThat(letters("Moh. Yusuf")).isEqualTo("YU");
		assertThat(letters("M. Yusuf")).isEqualTo("YU");
		assertThat(letters("Ibu Ratna")).isEqualTo("RA");
		assertThat(letters("Raden Ayu Lestari")).isEqualTo("AY");
		assertThat(letters("I Made Wirawan")).isEqualTo("MA");
		assertThat(letters("Ni Luh Sari")).isEqualTo("LU");
		// alone, a prefix is the name itself
		assertThat(letters("Siti")).isEqualTo("SI");
		assertThat(letters("Muhammad")).isEqualTo("MU");
	}

	@Test
	void oldSpellingsAreReadAsTodays() {
		assertThat(letters("Djoko")).isEqualTo(letters("Joko"));
		assertThat(letters("Tjahjo")).isEqualTo(letters("Cahyo"));
		assertThat(letters("Soeharti")).isEqualTo(letters("Suharti"));
		assertThat(letters("Sjamsul")).isEqualTo(letters("Syamsul"));
		assertThat(letters("Njoman")).isEqualTo(letters("Nyoman"));
	}

	@Test
	void shortOrUnknownNamesArePaddedWithX() {
		assertThat(letters("A")).isEqualTo("AX");
		assertThat(letters("")).isEqualTo("XX");
		assertThat(letters("  ")).isEqualTo("XX");
		assertThat(letters(null)).isEqualTo("XX");
		assertThat(letters("?")).isEqualTo("XX");
		assertThat(this.uics.build(new UicFacts(null, "Budi", Sex.MALE, LocalDate.of(1985, 7, 4))))
			.isEqualTo("XXBU1040785");
	}

	@Test
	void anUnknownDayAndMonthAreZeros() {
		assertThat(this.uics.build(new UicFacts("Siti", "Agus", Sex.MALE, null), 1995)).isEqualTo("SIAG1000095");
		assertThat(this.uics.build("Siti", "Agus", Sex.FEMALE, 1995, 8, null)).isEqualTo("SIAG2000895");
	}

	@Test
	void aNikIsNeverTakenForAName() {
		for (String nik : List.of("3201012345678901", "3201 0123 4567 8901", "32.01.01.234567.8901",
				"３２０１０１２３４５６７８９０１")) {
			assertThatThrownBy(() -> this.uics.build(new UicFacts(nik, "Agus", Sex.MALE, LocalDate.of(1990, 1, 1))))
				.isInstanceOfSatisfying(RuleViolation.class, ex -> {
					assertThat(ex.field()).isEqualTo("motherFirstName");
					assertThat(ex.messageKey()).isEqualTo("client.error.nikInName");
				});
		}
		assertThatThrownBy(() -> this.uics.build(new UicFacts("Siti", "Agus 2", Sex.MALE, LocalDate.of(1990, 1, 1))))
			.isInstanceOfSatisfying(RuleViolation.class, ex -> {
				assertThat(ex.field()).isEqualTo("fatherFirstName");
				assertThat(ex.messageKey()).isEqualTo("client.error.nameDigits");
			});
	}

	@Test
	void sexAndBirthAreRequired() {
		assertThatThrownBy(() -> this.uics.build(new UicFacts("Siti", "Agus", null, LocalDate.of(1990, 1, 1))))
			.isInstanceOfSatisfying(RuleViolation.class, ex -> assertThat(ex.field()).isEqualTo("sex"));
		assertThatThrownBy(() -> this.uics.build(new UicFacts("Siti", "Agus", Sex.MALE, null)))
			.isInstanceOfSatisfying(RuleViolation.class, ex -> assertThat(ex.field()).isEqualTo("birthDate"));
	}

	@Test
	void theConstructionIsConfigurable() {
		UicBuilder longer = new UicBuilder(new UicProperties(3, "yyyyMMdd", "SMFD", "1", "2", true, null));
		assertThat(longer.build(new UicFacts("Siti", "Agus", Sex.FEMALE, LocalDate.of(1990, 3, 15))))
			.isEqualTo("2SITAGU19900315");
		UicBuilder literal = new UicBuilder(new UicProperties(2, "ddMMyy", "MFSD", "1", "2", false, List.of("hj")));
		assertThat(literal.letters(UicBuilder.MOTHER, "Hj. Djoko")).isEqualTo("DJ");
		assertThat(literal.letters(UicBuilder.MOTHER, "Siti Aminah")).isEqualTo("SI");
	}

	@Test
	void aBrokenConfigurationStopsTheStart() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new UicProperties(0, "ddMMyy", "MFSD", "1", "2", true, null));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new UicProperties(2, "ddMM", "MFSD", "1", "2", true, null));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new UicProperties(2, "ddMMyyyyyy", "MFSD", "1", "2", true, null));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new UicProperties(2, "ddMMyy", "MFS", "1", "2", true, null));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new UicProperties(2, "ddMMyy", "MFSD", "1", "1", true, null));
	}

}
