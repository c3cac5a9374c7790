package id.pulih.instrument;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import id.pulih.demo.DemoUsers;
import id.pulih.instrument.CustomInstrument.Item;
import id.pulih.instrument.CustomInstrument.Scoring;
import id.pulih.instrument.CustomInstrument.Section;
import id.pulih.instrument.CustomInstrument.Status;
import id.pulih.shared.Conflict;
import id.pulih.shared.RuleViolation;
import id.pulih.shared.security.PulihUser;
import id.pulih.support.PulihSpringTest;
import id.pulih.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static id.pulih.instrument.CustomInstrumentWorld.band;
import static id.pulih.instrument.CustomInstrumentWorld.likert;
import static id.pulih.instrument.CustomInstrumentWorld.newCode;
import static id.pulih.instrument.CustomInstrumentWorld.simple;
import static id.pulih.instrument.CustomInstrumentWorld.survey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The life of an administrator-defined instrument: drafts are edited, published versions
 * never change and keep their own items, bad definitions are refused with nothing
 * written, and answers are scored exactly (mean or sum, two decimals, inclusive bands).
 */
@PulihSpringTest
class CustomInstrumentCatalogueTests {

	@Autowired
	private CustomInstrumentCatalogue catalogue;

	@Autowired
	private CustomInstruments instruments;

	@Autowired
	private TestUsers users;

	@Autowired
	private JdbcClient jdbc;

	private PulihUser admin;

	@BeforeEach
	void signIn() {
		this.admin = this.users.load(DemoUsers.ADMINISTRATOR);
	}

	@Test
	void theCatalogueIsTheCustomInstrumentsBean() {
		assertThat(this.instruments).isSameAs(this.catalogue);
	}

	@Test
	void eachPublishedVersionKeepsItsOwnItems() {
		String code = newCode();
		CustomInstrument draft = this.catalogue.createDraft(simple(code, likert("q1"), likert("q2")), this.admin);
		assertThat(draft.status()).isEqualTo(Status.DRAFT);
		assertThat(this.instruments.published(code)).isEmpty();

		CustomInstrument first = this.catalogue.publish(draft.id(), this.admin);
		assertThat(first.version()).isEqualTo(1);
		assertThat(first.status()).isEqualTo(Status.PUBLISHED);

		CustomInstrument second = this.catalogue.draftFrom(first.id(), this.admin);
		assertThat(second.id()).isNotEqualTo(first.id());
		assertThat(second.sections()).isEqualTo(first.sections());
		this.catalogue.editDraft(second.id(),
				simple(code, new Item("q1", "Pernyataan baru", 1, 4), likert("q2"), likert("q3")), this.admin);
		CustomInstrument published = this.catalogue.publish(second.id(), this.admin);
		assertThat(published.version()).isEqualTo(2);

		assertThat(this.catalogue.get(first.id()).sections().get(0).items()).extracting(Item::code, Item::text)
			.containsExactly(tuple("q1", "Pernyataan q1"), tuple("q2", "Pernyataan q2"));
		assertThat(this.catalogue.get(published.id()).sections().get(0).items()).extracting(Item::code, Item::text)
			.containsExactly(tuple("q1", "Pernyataan baru"), tuple("q2", "Pernyataan q2"),
					tuple("q3", "Pernyataan q3"));
		assertThat(this.instruments.published(code)).map(CustomInstrument::id).contains(published.id());
		assertThat(this.instruments.all()).filteredOn(i -> i.code().equals(code))
			.extracting(CustomInstrument::version)
			.containsExactly(2, 1);
		// Answers are read against the version they were given for: q3 exists only in
		// version 2.
		assertThatThrownBy(() -> this.instruments.score(first.id(), Map.of("q3", 1))).isInstanceOf(RuleViolation.class);
		assertThat(this.instruments.score(published.id(), Map.of("q3", 1)).overall()).isEqualTo(new BigDecimal("1.00"));
	}

	@Test
	void everyChangeIsAudited() {
		String code = newCode();
		CustomInstrument draft = this.catalogue.createDraft(simple(code, likert("q1")), this.admin);
		this.catalogue.editDraft(draft.id(), simple(code, likert("q1"), likert("q2")), this.admin);
		this.catalogue.publish(draft.id(), this.admin);
		this.catalogue.retire(draft.id(), this.admin);
		assertThat(this.jdbc.sql("SELECT action FROM audit_event WHERE entity_id = ? ORDER BY occurred_at")
			.param(draft.id())
			.query(String.class)
			.list()).containsExactly("instrument.custom.drafted", "instrument.custom.edited",
					"instrument.custom.published", "instrument.custom.retired");
	}

	@Test
	void aPublishedVersionCannotBeChangedAndNothingIsWritten() {
		String code = newCode();
		CustomInstrument draft = this.catalogue.createDraft(survey(code, Scoring.MEAN), this.admin);
		CustomInstrument published = this.catalogue.publish(draft.id(), this.admin);
		long audits = audits(published.id());

		assertThatThrownBy(() -> this.catalogue.editDraft(published.id(), simple(code, likert("other")), this.admin))
			.isInstanceOfSatisfying(RuleViolation.class, ex -> {
				assertThat(ex.field()).isEqualTo("status");
				assertThat(ex.messageKey()).isEqualTo("instrument.custom.error.published");
			});
		assertThatThrownBy(() -> this.catalogue.publish(published.id(), this.admin)).isInstanceOfSatisfying(
				RuleViolation.class, ex -> assertThat(ex.messageKey()).isEqualTo("instrument.custom.error.published"));
		assertThat(this.catalogue.get(published.id())).isEqualTo(published);
		assertThat(audits(published.id())).isEqualTo(audits);

		CustomInstrument retired = this.catalogue.retire(published.id(), this.admin);
		assertThatThrownBy(() -> this.catalogue.editDraft(retired.id(), survey(code, Scoring.SUM), this.admin))
			.isInstanceOfSatisfying(RuleViolation.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("instrument.custom.error.published"));
		assertThat(this.catalogue.get(retired.id()).sections()).isEqualTo(published.sections());
		assertThat(this.instruments.published(code)).isEmpty();
	}

	@Test
	void aCodeHasOneDraftAtATimeAndADraftIsNotRetired() {
		String code = newCode();
		CustomInstrument draft = this.catalogue.createDraft(simple(code, likert("q1")), this.admin);
		assertThatThrownBy(() -> this.catalogue.createDraft(simple(code, likert("q1")), this.admin))
			.isInstanceOf(Conflict.class);
		assertThatThrownBy(() -> this.catalogue.draftFrom(draft.id(), this.admin)).isInstanceOf(Conflict.class);
		assertThatThrownBy(() -> this.catalogue.retire(draft.id(), this.admin)).isInstanceOf(RuleViolation.class);
		CustomInstrument published = this.catalogue.publish(draft.id(), this.admin);
		CustomInstrument next = this.catalogue.draftFrom(published.id(), this.admin);
		assertThat(this.catalogue.draftOf(code)).map(CustomInstrument::id).contains(next.id());
		assertThat(this.catalogue.versions(code)).extracting(CustomInstrument::status)
			.containsExactly(Status.DRAFT, Status.PUBLISHED);
	}

	@Test
	void aClientChosenIdMakesCreatingADraftSafeToRetry() {
		String code = newCode();
		UUID id = UUID.randomUUID();
		CustomInstrumentDraft draft = simple(code, likert("q1"));
		CustomInstrumentDraft withId = new CustomInstrumentDraft(id, code, draft.name(), draft.description(),
				draft.scoring(), draft.sections(), draft.bands());
		assertThat(this.catalogue.createDraft(withId, this.admin).id()).isEqualTo(id);
		assertThat(this.catalogue.createDraft(withId, this.admin).id()).isEqualTo(id);
		CustomInstrumentDraft other = new CustomInstrumentDraft(id, code, "Lain", null, Scoring.SUM, draft.sections(),
				List.of());
		assertThatThrownBy(() -> this.catalogue.createDraft(other, this.admin)).isInstanceOf(Conflict.class);
		assertThat(this.catalogue.versions(code)).hasSize(1);
	}

	@Test
	void anIncompleteOrInconsistentDefinitionIsRefusedWithNothingWritten() {
		String code = newCode();
		CustomInstrument empty = this.catalogue.createDraft(
				new CustomInstrumentDraft(null, code, "Kosong", null, Scoring.MEAN, List.of(), List.of()), this.admin);
		assertThat(refusal(() -> this.catalogue.publish(empty.id(), this.admin)))
			.isEqualTo("instrument.custom.error.noItems");
		assertThat(this.catalogue.get(empty.id()).status()).isEqualTo(Status.DRAFT);
		CustomInstrument before = this.catalogue.get(empty.id());

		assertThat(refusal(() -> edit(empty, simple(code, new Item("q1", "Teks", 4, 4)))))
			.isEqualTo("instrument.custom.error.range");
		assertThat(refusal(() -> edit(empty, simple(code, likert("q1"), likert("q1")))))
			.isEqualTo("instrument.custom.error.duplicateItem");
		assertThat(refusal(() -> edit(empty,
				new CustomInstrumentDraft(null, code, "Dua", null, Scoring.MEAN,
						List.of(new Section("A", "A", List.of(likert("q1")), List.of()),
								new Section("B", "B", List.of(likert("q1")), List.of())),
						List.of()))))
			.isEqualTo("instrument.custom.error.duplicateItem");
		assertThat(refusal(() -> edit(empty,
				withBands(simple(code, likert("q1")),
						List.of(band("1", "2.50", 1, "Satu"), band("2.50", "4", 2, "Dua"))))))
			.isEqualTo("instrument.custom.error.bandOverlap");
		assertThat(refusal(() -> edit(empty,
				withBands(simple(code, likert("q1")),
						List.of(band("1", "2", 1, "Satu"), band("2.01", "5", 2, "Dua"))))))
			.isEqualTo("instrument.custom.error.bandOutside");
		assertThat(refusal(
				() -> edit(empty, withBands(simple(code, likert("q1")), List.of(band("3", "2", 1, "Terbalik"))))))
			.isEqualTo("instrument.custom.error.bandBounds");
		assertThat(refusal(() -> edit(empty,
				withBands(simple(code, likert("q1")), List.of(band("1.005", "2", 1, "Tiga desimal"))))))
			.isEqualTo("instrument.custom.error.bandBounds");
		assertThat(
				refusal(() -> edit(empty, new CustomInstrumentDraft(null, code, " ", null, Scoring.MEAN, null, null))))
			.isEqualTo("instrument.custom.error.name");
		assertThat(this.catalogue.get(empty.id())).isEqualTo(before);

		assertThat(refusal(() -> this.catalogue.createDraft(simple("bad code", likert("q1")), this.admin)))
			.isEqualTo("instrument.custom.error.code");
		assertThat(refusal(() -> this.catalogue
			.createDraft(new CustomInstrumentDraft(null, null, null, null, null, null, null), this.admin)))
			.isEqualTo("instrument.custom.error.code");
		String unused = newCode();
		assertThat(refusal(() -> this.catalogue.createDraft(simple(unused, likert("q1"), likert("q1")), this.admin)))
			.isEqualTo("instrument.custom.error.duplicateItem");
		assertThat(this.catalogue.versions(unused)).isEmpty();
	}

	@Test
	void aMeanIsScoredPerSectionAndOverallWithBands() {
		CustomInstrument survey = publishedSurvey(Scoring.MEAN);
		// KNOWLEDGE 2, 3 (c unanswered): 2.50, on the lower edge of "Tinggi";
		// PRACTICE 1, 2: 1.50, no section bands; FAMILY unanswered; overall 8 / 4 = 2.00.
		CustomScore score = this.instruments.score(survey.id(), Map.of("a", 2, "b", 3, "x", 1, "y", 2));
		assertThat(score.versionId()).isEqualTo(survey.id());
		assertThat(score.sections())
			.extracting(CustomScore.SectionScore::code, CustomScore.SectionScore::answered,
					CustomScore.SectionScore::items, CustomScore.SectionScore::score, s -> label(s.band()))
			.containsExactly(tuple("KNOWLEDGE", 2, 3, new BigDecimal("2.50"), "Tinggi"),
					tuple("PRACTICE", 2, 2, new BigDecimal("1.50"), null), tuple("FAMILY", 0, 1, null, null));
		assertThat(score.overall()).isEqualTo(new BigDecimal("2.00"));
		assertThat(label(score.overallBand())).isEqualTo("Kategori 2");
		assertThat(score.overallBand().category()).isEqualTo(2);

		// 1, 2, 2: 5 / 3 = 1.666… rounds half up to 1.67; overall the same, band 1
		// (1.00–1.99).
		CustomScore thirds = this.instruments.score(survey.id(), Map.of("a", 1, "b", 2, "c", 2));
		assertThat(thirds.sections().get(0).score()).isEqualTo(new BigDecimal("1.67"));
		assertThat(label(thirds.sections().get(0).band())).isEqualTo("Rendah");
		assertThat(thirds.overall()).isEqualTo(new BigDecimal("1.67"));
		assertThat(label(thirds.overallBand())).isEqualTo("Kategori 1");

		// 4 everywhere: 4.00, on the upper edge of the top bands.
		CustomScore top = this.instruments.score(survey.id(), Map.of("a", 4, "b", 4, "c", 4, "x", 4, "y", 4, "f", 4));
		assertThat(top.overall()).isEqualTo(new BigDecimal("4.00"));
		assertThat(label(top.overallBand())).isEqualTo("Kategori 3");
		assertThat(label(top.sections().get(0).band())).isEqualTo("Tinggi");

		// Nothing answered: no score and no band.
		CustomScore nothing = this.instruments.score(survey.id(), Map.of());
		assertThat(nothing.overall()).isNull();
		assertThat(nothing.overallBand()).isNull();
		assertThat(nothing.sections()).allSatisfy(s -> assertThat(s.score()).isNull());
	}

	@Test
	void aSumIsScoredPerSectionAndOverallWithBands() {
		CustomInstrument survey = publishedSurvey(Scoring.SUM);
		// KNOWLEDGE 4 + 3 = 7: lower edge of "Tinggi" (7–12); PRACTICE 2 + 4 = 6; FAMILY
		// none;
		// overall 13: lower edge of Kategori 3.
		CustomScore score = this.instruments.score(survey.id(), Map.of("a", 4, "b", 3, "x", 2, "y", 4));
		assertThat(score.sections())
			.extracting(CustomScore.SectionScore::code, CustomScore.SectionScore::score, s -> label(s.band()))
			.containsExactly(tuple("KNOWLEDGE", new BigDecimal("7.00"), "Tinggi"),
					tuple("PRACTICE", new BigDecimal("6.00"), null), tuple("FAMILY", null, null));
		assertThat(score.overall()).isEqualTo(new BigDecimal("13.00"));
		assertThat(label(score.overallBand())).isEqualTo("Kategori 3");

		// KNOWLEDGE 1 + 2 + 3 = 6: upper edge of "Rendah"; overall 6 + 1 = 7: lower edge
		// of Kategori 2.
		CustomScore low = this.instruments.score(survey.id(), Map.of("a", 1, "b", 2, "c", 3, "f", 1));
		assertThat(low.sections().get(0).score()).isEqualTo(new BigDecimal("6.00"));
		assertThat(label(low.sections().get(0).band())).isEqualTo("Rendah");
		assertThat(low.sections().get(2).score()).isEqualTo(new BigDecimal("1.00"));
		assertThat(low.overall()).isEqualTo(new BigDecimal("7.00"));
		assertThat(label(low.overallBand())).isEqualTo("Kategori 2");
	}

	@Test
	void answersOutsideAnItemsRangeOrForUnknownItemsAreRefused() {
		CustomInstrument survey = publishedSurvey(Scoring.MEAN);
		assertThatThrownBy(() -> this.instruments.score(survey.id(), Map.of("a", 5)))
			.isInstanceOfSatisfying(RuleViolation.class, ex -> {
				assertThat(ex.field()).isEqualTo("a");
				assertThat(ex.messageKey()).isEqualTo("instrument.custom.error.outOfRange");
			});
		assertThatThrownBy(() -> this.instruments.score(survey.id(), Map.of("a", 0))).isInstanceOfSatisfying(
				RuleViolation.class, ex -> assertThat(ex.messageKey()).isEqualTo("instrument.custom.error.outOfRange"));
		assertThatThrownBy(() -> this.instruments.score(survey.id(), Map.of("a", 2, "zz", 1)))
			.isInstanceOfSatisfying(RuleViolation.class, ex -> {
				assertThat(ex.field()).isEqualTo("zz");
				assertThat(ex.messageKey()).isEqualTo("instrument.custom.error.unknownItem");
			});
		Map<String, Integer> unanswered = new HashMap<>();
		unanswered.put("a", null);
		unanswered.put("b", 1);
		assertThat(this.instruments.score(survey.id(), unanswered).sections().get(0).answered()).isEqualTo(1);

		CustomInstrument draft = this.catalogue.createDraft(survey(newCode(), Scoring.MEAN), this.admin);
		assertThatThrownBy(() -> this.instruments.score(draft.id(), Map.of("a", 1))).isInstanceOfSatisfying(
				RuleViolation.class, ex -> assertThat(ex.messageKey()).isEqualTo("instrument.custom.error.draft"));
	}

	@Test
	void aShippedDefinitionIsPublishedOnceAndAgainOnlyWhenItChanges() {
		String code = newCode();
		CustomInstrumentDraft content = survey(code, Scoring.MEAN);
		CustomInstrument definition = new CustomInstrument(UUID.randomUUID(), code, content.name(),
				content.description(), 7, Status.DRAFT, content.scoring(), content.sections(), content.bands(), true);

		CustomInstrument first = this.instruments.publishShipped(definition, null);
		CustomInstrument again = this.instruments.publishShipped(definition, null);
		assertThat(first.version()).isEqualTo(1);
		assertThat(first.status()).isEqualTo(Status.PUBLISHED);
		assertThat(first.shippedDefault()).isTrue();
		assertThat(again.id()).isEqualTo(first.id());
		// The same bounds written with other decimals mean the same content.
		CustomInstrument sameBands = new CustomInstrument(UUID.randomUUID(), code, content.name(),
				content.description(), 1, Status.PUBLISHED, content.scoring(), content.sections(),
				List.of(band("1", "1.99", 1, "Kategori 1"), band("2", "2.99", 2, "Kategori 2"),
						band("3", "4", 3, "Kategori 3")),
				true);
		assertThat(this.instruments.publishShipped(sameBands, this.admin).id()).isEqualTo(first.id());
		assertThat(this.catalogue.versions(code)).hasSize(1);

		CustomInstrument changed = new CustomInstrument(UUID.randomUUID(), code, content.name() + " (revisi)",
				content.description(), 1, Status.PUBLISHED, content.scoring(), content.sections(), content.bands(),
				true);
		CustomInstrument second = this.instruments.publishShipped(changed, null);
		assertThat(second.version()).isEqualTo(2);
		assertThat(this.instruments.publishShipped(changed, null).id()).isEqualTo(second.id());
		assertThat(this.catalogue.versions(code)).extracting(CustomInstrument::version).containsExactly(2, 1);
		assertThat(this.instruments.published(code)).map(CustomInstrument::name).contains(content.name() + " (revisi)");

		// An administrator publishes their own version: the shipped one never comes back.
		CustomInstrument own = this.catalogue.draftFrom(second.id(), this.admin);
		CustomInstrument ownPublished = this.catalogue.publish(own.id(), this.admin);
		assertThat(ownPublished.shippedDefault()).isFalse();
		assertThat(this.instruments.publishShipped(definition, null).id()).isEqualTo(ownPublished.id());
		assertThat(this.catalogue.versions(code)).hasSize(3);
		assertThat(this.instruments.published(code)).map(CustomInstrument::id).contains(ownPublished.id());
	}

	private CustomInstrument publishedSurvey(Scoring scoring) {
		CustomInstrument draft = this.catalogue.createDraft(survey(newCode(), scoring), this.admin);
		return this.catalogue.publish(draft.id(), this.admin);
	}

	private void edit(CustomInstrument draft, CustomInstrumentDraft content) {
		this.catalogue.editDraft(draft.id(), content, this.admin);
	}

	private static CustomInstrumentDraft withBands(CustomInstrumentDraft draft, List<CustomInstrument.Band> bands) {
		return new CustomInstrumentDraft(null, draft.code(), draft.name(), draft.description(), draft.scoring(),
				draft.sections(), bands);
	}

	private static String refusal(Runnable command) {
		try {
			command.run();
		}
		catch (RuleViolation ex) {
			return ex.messageKey();
		}
		throw new AssertionError("not refused");
	}

	private static String label(CustomInstrument.Band band) {
		return (band != null) ? band.label() : null;
	}

	private long audits(UUID id) {
		return this.jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE entity_id = ?")
			.param(id)
			.query(Long.class)
			.single();
	}

}
