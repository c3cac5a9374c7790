package id.pulih.stock;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import id.pulih.organisation.Organisations;
import id.pulih.shared.FundingSource;
import id.pulih.shared.RecordNotFound;
import id.pulih.shared.RuleViolation;
import id.pulih.support.PulihSpringTest;
import id.pulih.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The ledger as services and health workers meet it: receipts with their source, issues
 * drawn first expiry first out (across batches, skipping expired ones), refusals that
 * leave nothing behind, returns of an issue, and a facility outside the scope that cannot
 * be drawn from.
 */
@PulihSpringTest
class StockLedgerTests {

	@Autowired
	private TestUsers users;

	@Autowired
	private Organisations organisations;

	@Autowired
	private Catalogue catalogue;

	@Autowired
	private StockLedger ledger;

	@Autowired
	private StockIssues issues;

	@Autowired
	private Facilities facilities;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private MessageSource messages;

	@Autowired
	private TransactionTemplate transaction;

	private StockWorld world;

	@BeforeEach
	void createWorld() {
		this.world = new StockWorld(this.users, this.organisations, this.catalogue, this.ledger, this.facilities,
				this.jdbc);
	}

	@Test
	void theTenCommoditiesAreInTheCatalogueWithTheirUnits() {
		assertThat(this.catalogue.find(Commodities.SYRINGE)).get()
			.extracting(StockItem::unitOfIssue)
			.isEqualTo(UnitOfIssue.PIECE);
		assertThat(this.catalogue.find(Commodities.METHADONE)).get()
			.extracting(StockItem::unitOfIssue)
			.isEqualTo(UnitOfIssue.MG);
		assertThat(List.of(Commodities.SYRINGE, Commodities.CONDOM, Commodities.LUBRICANT, Commodities.HIV_TEST_KIT,
				Commodities.METHADONE, Commodities.STI_MEDICINE, Commodities.TB_MEDICINE,
				Commodities.GENEXPERT_CARTRIDGE, Commodities.HEPATITIS_B_VACCINE, Commodities.HEPATITIS_TEST))
			.allSatisfy(code -> assertThat(this.catalogue.find(code)).get()
				.satisfies(item -> assertThat(item.lowStockWeeks()).isEqualTo(4)));
		assertThat(this.catalogue.name(Commodities.SYRINGE, Locale.ENGLISH)).isEqualTo("Sterile needle and syringe");
		assertThat(this.catalogue.name(Commodities.SYRINGE, Locale.of("id"))).isEqualTo("Jarum suntik steril");
	}

	@Test
	void anIssueIsDrawnFirstExpiryFirstOutAcrossBatchesSkippingExpiredOnes() {
		StockItem item = this.world.item();
		LocalDate today = this.world.today;
		this.world.receive(item, "LATE", today.plusMonths(12), 100);
		this.world.receive(item, "EARLY", today.plusMonths(2), 30);
		// GONE was received before it expired, yesterday: it is no longer drawn
		this.world.receive(item, "GONE", today.minusDays(1), 50);
		List<Draw> draws = this.issues.issue(this.world.sukasari, List.of(new ItemQuantity(item.code(), 40)), today,
				"visit:" + UUID.randomUUID(), this.world.nurse);

		assertThat(draws).extracting(Draw::batchNumber).containsExactly("EARLY", "LATE");
		assertThat(draws).extracting(Draw::quantity).containsExactly(30L, 10L);
		assertThat(draws).allSatisfy(draw -> assertThat(draw.source()).isEqualTo(FundingSource.APBD));
		assertThat(this.world.onHand(this.world.sukasari, item)).isEqualTo(180 - 40);
		assertThat(this.world.ledgerSum(this.world.sukasari, item)).isEqualTo(140);
	}

	@Test
	void aBackDatedIssueDrawsOnlyWhatHadArrivedByThatDay() {
		StockItem item = this.world.item();
		LocalDate today = this.world.today;
		LocalDate fiveDaysAgo = today.minusDays(5);
		// OLD came a month ago and expires late; NEW came today and expires first
		this.world.receive(this.world.sukasari, item, "OLD", today.plusMonths(12), 10, today.minusDays(30));
		LedgerEntry fresh = this.world.receive(this.world.sukasari, item, "NEW", today.plusMonths(2), 50, today);

		List<Draw> backDated = this.issues.issue(this.world.sukasari, List.of(new ItemQuantity(item.code(), 4)),
				fiveDaysAgo, "visit:" + UUID.randomUUID(), this.world.nurse);
		assertThat(backDated).extracting(Draw::batchNumber).containsExactly("OLD");

		assertThatThrownBy(() -> this.issues.issue(this.world.sukasari, List.of(new ItemQuantity(item.code(), 7)),
				fiveDaysAgo, "visit:" + UUID.randomUUID(), this.world.nurse))
			.isInstanceOfSatisfying(RuleViolation.class,
					ex -> assertThat(this.messages.getMessage(ex.messageKey(), ex.arguments(), Locale.ENGLISH))
						.isEqualTo("Not enough Test item " + item.code() + " in stock: 7 asked, 6 on hand."));
		assertThatThrownBy(() -> this.ledger.transfer(new NewTransfer(null, this.world.sukasari,
				this.world.otherPuskesmas, item.code(), 1L, fresh.batchId(), fiveDaysAgo, null), this.world.nurse))
			.isInstanceOfSatisfying(RuleViolation.class, ex -> {
				assertThat(ex.field()).isEqualTo("occurredOn");
				assertThat(ex.messageKey()).isEqualTo("stock.error.notYetReceived");
			});

		List<Draw> todays = this.issues.issue(this.world.sukasari, List.of(new ItemQuantity(item.code(), 4)), today,
				"visit:" + UUID.randomUUID(), this.world.nurse);
		assertThat(todays).extracting(Draw::batchNumber).containsExactly("NEW");
		assertThat(this.world.onHand(this.world.sukasari, item)).isEqualTo(60 - 8);
	}

	@Test
	void anIssueOrReceiptBeyondTheLimitsIsRefusedNamingTheField() {
		StockItem item = this.world.item();
		this.world.receive(item, "B1", this.world.today.plusMonths(6), 5);
		long entriesBefore = this.world.entries(item);
		// two huge lines of one item once overflowed while being added up
		assertThatThrownBy(() -> this.issues.issue(this.world.sukasari,
				List.of(new ItemQuantity(item.code(), Long.MAX_VALUE), new ItemQuantity(item.code(), Long.MAX_VALUE)),
				this.world.today, "visit:" + UUID.randomUUID(), this.world.nurse))
			.isInstanceOfSatisfying(RuleViolation.class, ex -> {
				assertThat(ex.field()).isEqualTo("items");
				assertThat(this.messages.getMessage(ex.messageKey(), ex.arguments(), Locale.ENGLISH))
					.isEqualTo("The quantity is too large: at most 100,000,000. Please check it.");
			});
		assertThatThrownBy(() -> this.ledger.receive(new NewReceipt(null, this.world.sukasari, item.code(), "B2",
				this.world.today.plusMonths(6), FundingSource.APBD, 10L, StockLedger.VALUE_MAX + 1, null),
				this.world.nurse))
			.isInstanceOfSatisfying(RuleViolation.class, ex -> {
				assertThat(ex.field()).isEqualTo("valueRupiah");
				assertThat(this.messages.getMessage(ex.messageKey(), ex.arguments(), Locale.of("id")))
					.isEqualTo("Nilai terlalu besar: paling banyak Rp 10.000.000.000.000. Periksa kembali.");
			});
		assertThatThrownBy(() -> this.ledger.receive(new NewReceipt(null, this.world.sukasari, item.code(), "B2",
				this.world.today.plusMonths(6), FundingSource.APBD, StockLedger.QUANTITY_MAX + 1, null, null),
				this.world.nurse))
			.isInstanceOfSatisfying(RuleViolation.class, ex -> assertThat(ex.field()).isEqualTo("quantity"));
		assertThat(this.world.entries(item)).isEqualTo(entriesBefore);
		assertThat(this.world.onHand(this.world.sukasari, item)).isEqualTo(5);

		this.ledger.receive(new NewReceipt(null, this.world.sukasari, item.code(), "B2", this.world.today.plusMonths(6),
				FundingSource.APBD, StockLedger.QUANTITY_MAX, StockLedger.VALUE_MAX, null), this.world.nurse);
		assertThat(this.world.onHand(this.world.sukasari, item)).isEqualTo(5 + StockLedger.QUANTITY_MAX);
	}

	@Test
	void anIssueOfMoreThanIsInStockIsRefusedAndWritesNothing() {
		StockItem item = this.world.item();
		StockItem other = this.world.item();
		this.world.receive(item, "B1", this.world.today.plusMonths(6), 5);
		this.world.receive(other, "B2", this.world.today.plusMonths(6), 50);
		long entriesBefore = this.world.entries(item) + this.world.entries(other);

		assertThatThrownBy(() -> this.issues.issue(this.world.sukasari,
				List.of(new ItemQuantity(other.code(), 10), new ItemQuantity(item.code(), 4),
						new ItemQuantity(item.code(), 3)),
				this.world.today, "visit:" + UUID.randomUUID(), this.world.nurse))
			.isInstanceOfSatisfying(RuleViolation.class, ex -> {
				assertThat(ex.messageKey()).isEqualTo("stock.error.insufficient");
				assertThat(ex.field()).isEqualTo("items");
				assertThat(this.messages.getMessage(ex.messageKey(), ex.arguments(), Locale.ENGLISH))
					.isEqualTo("Not enough Test item " + item.code() + " in stock: 7 asked, 5 on hand.");
			});
		assertThat(this.world.entries(item) + this.world.entries(other)).isEqualTo(entriesBefore);
		assertThat(this.world.onHand(this.world.sukasari, item)).isEqualTo(5);
		assertThat(this.world.onHand(this.world.sukasari, other)).isEqualTo(50);
	}

	@Test
	void aRefusedIssueRefusesTheCallersWholeRecord() {
		StockItem item = this.world.item();
		this.world.receive(item, "B1", this.world.today.plusMonths(6), 5);
		assertThatThrownBy(() -> this.transaction.executeWithoutResult(status -> {
			this.issues.issue(this.world.sukasari, List.of(new ItemQuantity(item.code(), 3)), this.world.today,
					"visit:first", this.world.nurse);
			this.issues.issue(this.world.sukasari, List.of(new ItemQuantity(item.code(), 3)), this.world.today,
					"visit:second", this.world.nurse);
		})).isInstanceOf(RuleViolation.class);
		assertThat(this.world.onHand(this.world.sukasari, item)).isEqualTo(5);
		assertThat(this.world.entries(item)).isOne();
	}

	@Test
	void aReceiptWithoutASourceIsRefusedAndWritesNothing() {
		StockItem item = this.world.item();
		assertThatThrownBy(() -> this.ledger.receive(new NewReceipt(null, this.world.sukasari, item.code(), "B1",
				this.world.today.plusMonths(6), null, 10L, null, null), this.world.nurse))
			.isInstanceOfSatisfying(RuleViolation.class, ex -> {
				assertThat(ex.field()).isEqualTo("source");
				assertThat(ex.messageKey()).isEqualTo("stock.error.sourceRequired");
			});
		assertThat(this.world.batches(item)).isZero();
		assertThat(this.world.entries(item)).isZero();
	}

	@Test
	void anIssueIsReturnedOnceWhateverTheNumberOfReturns() {
		StockItem item = this.world.item();
		this.world.receive(item, "EARLY", this.world.today.plusMonths(2), 3);
		this.world.receive(item, "LATE", this.world.today.plusMonths(9), 10);
		String reference = "visit:" + UUID.randomUUID();
		this.issues.issue(this.world.sukasari, List.of(new ItemQuantity(item.code(), 5)), this.world.today, reference,
				this.world.nurse);
		assertThat(this.world.onHand(this.world.sukasari, item)).isEqualTo(8);

		this.issues.returnIssue(reference, "Kunjungan dibatalkan", this.world.nurse);
		this.issues.returnIssue(reference, "Kunjungan dibatalkan", this.world.nurse);

		assertThat(this.world.onHand(this.world.sukasari, item)).isEqualTo(13);
		List<String> returned = this.jdbc.sql("""
				SELECT b.batch_number || ':' || e.quantity FROM stock_entry e JOIN stock_batch b ON b.id = e.batch_id
				WHERE e.reference = ? AND e.kind = 'RETURN' ORDER BY b.batch_number""")
			.param(reference)
			.query(String.class)
			.list();
		assertThat(returned).containsExactly("EARLY:3", "LATE:2");
	}

	@Test
	void aPuskesmasCannotDrawFromAnotherFacility() {
		StockItem item = this.world.item();
		this.world.receive(this.world.otherPuskesmas, item, "B1", this.world.today.plusMonths(6), 10, this.world.today);
		assertThatThrownBy(() -> this.issues.issue(this.world.otherPuskesmas, List.of(new ItemQuantity(item.code(), 1)),
				this.world.today, "visit:x", this.world.nurse))
			.isInstanceOf(RecordNotFound.class);
		assertThatThrownBy(() -> this.ledger.receive(new NewReceipt(null, this.world.otherPuskesmas, item.code(), "B9",
				this.world.today.plusMonths(6), FundingSource.APBN, 10L, null, null), this.world.nurse))
			.isInstanceOf(RecordNotFound.class);
		assertThat(this.world.onHand(this.world.otherPuskesmas, item)).isEqualTo(10);
	}

	@Test
	void anUnknownItemOrAMissingReferenceIsRefused() {
		assertThatThrownBy(() -> this.issues.issue(this.world.sukasari, List.of(new ItemQuantity("NO_SUCH_ITEM", 1)),
				this.world.today, "visit:x", this.world.nurse))
			.isInstanceOfSatisfying(RuleViolation.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("stock.error.unknownItem"));
		assertThatThrownBy(() -> this.issues.issue(this.world.sukasari,
				List.of(new ItemQuantity(Commodities.SYRINGE, 1)), this.world.today, " ", this.world.nurse))
			.isInstanceOfSatisfying(RuleViolation.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("stock.error.referenceRequired"));
	}

}
