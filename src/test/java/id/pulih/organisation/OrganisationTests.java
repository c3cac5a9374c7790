package id.pulih.organisation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import id.pulih.shared.FundingSource;
import id.pulih.shared.RuleViolation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The organisation aggregate guards its own changes: only IBM units carry unit details, a
 * voided organisation changes no more, a year has one status, and the current phase is
 * the latest assessment's.
 */
class OrganisationTests {

	private final Organisation bnn = Organisation.create(null, "BNN", "BNN", OrganisationType.BNN, null, null);

	private final Organisation bnnp = Organisation.create(null, "BNNP-JB", "BNNP Jawa Barat", OrganisationType.BNNP,
			this.bnn, "32");

	private final Organisation bnnk = Organisation.create(null, "BNNK-BGR", "BNNK Bogor", OrganisationType.BNNK,
			this.bnnp, "32.01");

	private Organisation unit() {
		Organisation unit = Organisation.create(null, "IBM-GP", "IBM Gunungputri", OrganisationType.IBM_UNIT, this.bnnk,
				"32.01.02.2004");
		unit.formUnit("32.01.02.2004", LocalDate.of(2021, 3, 1));
		return unit;
	}

	@Test
	void aNewOrganisationSitsBelowItsParentInThePath() {
		Organisation unit = unit();
		assertThat(unit.path()).isEqualTo(this.bnnk.path() + unit.id() + "/");
		assertThat(unit.path()).startsWith("/" + this.bnn.id() + "/" + this.bnnp.id() + "/");
		assertThat(unit.parentId()).isEqualTo(this.bnnk.id());
		assertThat(unit.provinceCode()).isEqualTo("32");
		assertThat(this.bnn.path()).isEqualTo("/" + this.bnn.id() + "/");
		assertThat(this.bnn.provinceCode()).isNull();
	}

	@Test
	void aClientChosenIdIsKept() {
		UUID id = UUID.fromString("0190f1a2-0000-7000-8000-000000000001");
		Organisation chosen = Organisation.create(id, "X", "X", OrganisationType.LSM, this.bnn, "32");
		assertThat(chosen.id()).isEqualTo(id);
	}

	@Test
	void onlyAnIbmUnitTakesUnitDetails() {
		LocalDate date = LocalDate.of(2024, 2, 14);
		assertThatThrownBy(() -> this.bnnk.addDecree("1/2024", date)).isInstanceOf(RuleViolation.class)
			.hasMessage("organisation.error.notUnit");
		assertThatThrownBy(() -> this.bnnk.addPartner("PT Contoh", "CSR", null))
			.hasMessage("organisation.error.notUnit");
		assertThatThrownBy(() -> this.bnnk.addFunding(FundingSource.CSR, 1_000_000, 2024, null))
			.hasMessage("organisation.error.notUnit");
		assertThatThrownBy(() -> this.bnnk.recordYearStatus(2024, UnitYearStatus.FORMED, this.bnnk.id()))
			.hasMessage("organisation.error.notUnit");
		assertThatThrownBy(() -> this.bnnk.recordPhase(DevelopmentPhase.PRE_PHASE, date, "x", null))
			.hasMessage("organisation.error.notUnit");
		assertThatThrownBy(() -> this.bnnk.formUnit("32.01.02.2004", date)).hasMessage("organisation.error.notUnit");
		assertThat(this.bnnk.decrees()).isEmpty();
		assertThat(this.bnnk.unit()).isNull();
	}

	@Test
	void aUnitRecordsItsDetails() {
		Organisation unit = unit();
		unit.addDecree("100.3.1.7/10/Kpts/II/2024", LocalDate.of(2024, 2, 14));
		unit.addDecree("20 Tahun 2021", LocalDate.of(2021, 3, 15));
		unit.addPartner("PT Indocement", "COMPANY", null);
		unit.addFunding(FundingSource.VILLAGE_FUND, 30_000_000, 2024, "Dana desa");
		unit.recordYearStatus(2021, UnitYearStatus.FORMED, this.bnnk.id());
		unit.recordYearStatus(2022, UnitYearStatus.DEVELOPED, this.bnnk.id());

		assertThat(unit.decrees()).extracting(Organisation.Decree::decreeNumber)
			.containsExactly("20 Tahun 2021", "100.3.1.7/10/Kpts/II/2024");
		assertThat(unit.decrees()).extracting(Organisation.Decree::year).containsExactly(2021, 2024);
		assertThat(unit.partners()).singleElement()
			.extracting(Organisation.Partner::partnerName)
			.isEqualTo("PT Indocement");
		assertThat(unit.fundings()).singleElement().extracting(Organisation.Funding::amount).isEqualTo(30_000_000L);
		assertThat(unit.yearStatuses()).extracting(Organisation.YearStatus::status)
			.containsExactly(UnitYearStatus.FORMED, UnitYearStatus.DEVELOPED);
	}

	@Test
	void aYearHasOneStatus() {
		Organisation unit = unit();
		unit.recordYearStatus(2024, UnitYearStatus.FORMED, this.bnnk.id());
		assertThatThrownBy(() -> unit.recordYearStatus(2024, UnitYearStatus.DEVELOPED, this.bnnk.id()))
			.isInstanceOfSatisfying(RuleViolation.class, ex -> {
				assertThat(ex.field()).isEqualTo("year");
				assertThat(ex.messageKey()).isEqualTo("organisation.error.yearStatusExists");
			});
		assertThat(unit.yearStatuses()).hasSize(1);
	}

	@Test
	void theCurrentPhaseIsTheLatestAssessmentWhateverTheOrderOfEntry() {
		Organisation unit = unit();
		assertThat(unit.currentPhase()).isNull();
		unit.recordPhase(DevelopmentPhase.PHASE_2_GROWTH, LocalDate.of(2023, 11, 1), "officer", null);
		unit.recordPhase(DevelopmentPhase.PRE_PHASE, LocalDate.of(2021, 3, 1), "officer", null);
		unit.recordPhase(DevelopmentPhase.PHASE_1_PILOT, LocalDate.of(2022, 11, 1), "officer", "first assessment");
		assertThat(unit.phases()).extracting(Organisation.PhaseRecord::phase)
			.containsExactly(DevelopmentPhase.PRE_PHASE, DevelopmentPhase.PHASE_1_PILOT,
					DevelopmentPhase.PHASE_2_GROWTH);
		assertThat(unit.currentPhase()).isEqualTo(DevelopmentPhase.PHASE_2_GROWTH);
	}

	@Test
	void aVoidedOrganisationChangesNoMore() {
		Organisation unit = unit();
		unit.voidWith("Duplicate of another unit", Instant.parse("2025-01-01T00:00:00Z"));
		assertThat(unit.isVoided()).isTrue();
		assertThat(unit.voidReason()).isEqualTo("Duplicate of another unit");
		assertThatThrownBy(() -> unit.voidWith("again", Instant.now())).hasMessage("organisation.error.voided");
		assertThatThrownBy(() -> unit.edit("NEW", "New name", "32.01.02.2004")).hasMessage("organisation.error.voided");
		assertThatThrownBy(() -> unit.addDecree("1/2025", LocalDate.of(2025, 1, 2)))
			.hasMessage("organisation.error.voided");
		assertThat(unit.code()).isEqualTo("IBM-GP");
		assertThat(unit.decrees()).isEmpty();
	}

	@Test
	void editingMovesTheProvinceWithTheArea() {
		Organisation lsm = Organisation.create(null, "LSM-1", "LSM", OrganisationType.LSM, this.bnn, "32.01");
		lsm.edit("LSM-2", "LSM Baru", "31.71");
		assertThat(lsm.code()).isEqualTo("LSM-2");
		assertThat(lsm.name()).isEqualTo("LSM Baru");
		assertThat(lsm.areaCode()).isEqualTo("31.71");
		assertThat(lsm.provinceCode()).isEqualTo("31");
	}

}
