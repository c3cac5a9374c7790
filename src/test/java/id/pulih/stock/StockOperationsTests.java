package id.pulih.stock;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import id.pulih.demo.DemoUsers;
import id.pulih.organisation.Organisations;
import id.pulih.shared.FundingSource;
import id.pulih.shared.RuleViolation;
import id.pulih.shared.security.Scope;
import id.pulih.support.PulihSpringTest;
import id.pulih.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What a health worker or a health office does with stock besides issuing it: transfers
 * between facilities, adjustments with a reason, physical counts that reconcile the
 * ledger, and the alerts for low stock and expiry.
 */
@PulihSpringTest
class StockOperationsTests {

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
	private StockLevels levels;

	@Autowired
	private Facilities facilities;

	@Autowired
	private JdbcClient jdbc;

	private StockWorld world;

	@BeforeEach
	void createWorld() {
		this.world = new StockWorld(this.users, this.organisations, this.catalogue, this.ledger, this.facilities,
				this.jdbc);
	}

	@Test
	void aTransferSendsTheSameBatchesFirstExpiryFirstOut() {
		StockItem item = this.world.item();
		LocalDate today = this.world.today;
		this.world.receive(item, "EARLY", today.plusMonths(3), 10);
		this.world.receive(item, "LATE", today.plusMonths(9), 20);

		List<LedgerEntry> entries = this.ledger.transfer(new NewTransfer(null, this.world.sukasari,
				this.world.otherPuskesmas, item.code(), 15L, null, null, "Pinjaman"), this.world.nurse);

		assertThat(entries).filteredOn(e -> e.kind() == EntryKind.TRANSFER_OUT)
			.extracting(LedgerEntry::batchNumber, LedgerEntry::quantity)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("EARLY", -10L),
					org.assertj.core.groups.Tuple.tuple("LATE", -5L));
		assertThat(this.world.onHand(this.world.sukasari, item)).isEqualTo(15);
		assertThat(this.world.onHand(this.world.otherPuskesmas, item)).isEqualTo(15);
		List<StockBatch> received = this.levels.batches(this.world.otherPuskesmas, Scope.national(), today)
			.stream()
			.filter(b -> b.itemCode().equals(item.code()))
			.toList();
		assertThat(received)
			.extracting(StockBatch::batchNumber, StockBatch::expiresOn, StockBatch::source, StockBatch::onHand)
			.containsExactlyInAnyOrder(
					org.assertj.core.groups.Tuple.tuple("EARLY", today.plusMonths(3), FundingSource.APBD, 10L),
					org.assertj.core.groups.Tuple.tuple("LATE", today.plusMonths(9), FundingSource.APBD, 5L));
		// the receiving Puskesmas cannot see the sender's page, but sees the sender's
		// name in its ledger
		assertThat(entries).filteredOn(e -> e.kind() == EntryKind.TRANSFER_IN)
			.allSatisfy(e -> assertThat(e.counterpartId()).isEqualTo(this.world.sukasari));
	}

	@Test
	void aTransferFromTheWarehouseOfAChosenBatchByAProgrammeManager() {
		StockItem item = this.world.item();
		LocalDate today = this.world.today;
		LedgerEntry early = this.world.receive(this.world.warehouse, item, "W1", today.plusMonths(2), 100, today);
		this.world.receive(this.world.warehouse, item, "W2", today.plusMonths(12), 100, today);
		UUID laterBatch = this.levels.batches(this.world.warehouse, this.world.manager.scope(), today)
			.stream()
			.filter(b -> b.itemCode().equals(item.code()) && b.batchNumber().equals("W2"))
			.findFirst()
			.orElseThrow()
			.id();

		this.ledger.transfer(
				new NewTransfer(null, this.world.warehouse, this.world.sukasari, null, 40L, laterBatch, today, null),
				this.world.manager);

		assertThat(this.levels.batch(this.world.warehouse, early.batchId(), Scope.national()).onHand()).isEqualTo(100);
		assertThat(this.levels.batch(this.world.warehouse, laterBatch, Scope.national()).onHand()).isEqualTo(60);
		assertThat(this.world.onHand(this.world.sukasari, item)).isEqualTo(40);
	}

	@Test
	void aTransferToItselfOrToWhatHoldsNoStockOrOfTooMuchIsRefusedAndWritesNothing() {
		StockItem item = this.world.item();
		this.world.receive(item, "B1", this.world.today.plusMonths(3), 10);
		UUID ibmUnit = this.organisations.findByCode(DemoUsers.GUNUNGPUTRI_UNIT, Scope.national()).orElseThrow().id();
		assertThatThrownBy(() -> this.ledger.transfer(
				new NewTransfer(null, this.world.sukasari, this.world.sukasari, item.code(), 1L, null, null, null),
				this.world.nurse))
			.isInstanceOfSatisfying(RuleViolation.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("stock.error.transferToSelf"));
		assertThatThrownBy(() -> this.ledger.transfer(
				new NewTransfer(null, this.world.sukasari, ibmUnit, item.code(), 1L, null, null, null),
				this.world.nurse))
			.isInstanceOfSatisfying(RuleViolation.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("stock.error.destinationUnknown"));
		assertThatThrownBy(() -> this.ledger.transfer(new NewTransfer(null, this.world.sukasari,
				this.world.otherPuskesmas, item.code(), 11L, null, null, null), this.world.nurse))
			.isInstanceOfSatisfying(RuleViolation.class, ex -> {
				assertThat(ex.messageKey()).isEqualTo("stock.error.insufficient");
				assertThat(ex.field()).isEqualTo("quantity");
			});
		assertThat(this.world.entries(item)).isOne();
		assertThat(this.world.batches(item)).isOne();
	}

	@Test
	void anAdjustmentNeedsAReasonThatFitsItsDirection() {
		StockItem item = this.world.item();
		LedgerEntry receipt = this.world.receive(item, "B1", this.world.today.plusMonths(3), 10);
		UUID batch = receipt.batchId();

		this.ledger.adjust(new NewAdjustment(null, this.world.sukasari, batch, AdjustmentReason.DAMAGED, -3L,
				"Kemasan sobek", null), this.world.nurse);
		this.ledger.adjust(new NewAdjustment(null, this.world.sukasari, batch, AdjustmentReason.FOUND, 2L, null, null),
				this.world.nurse);
		assertThat(this.world.onHand(this.world.sukasari, item)).isEqualTo(9);

		assertThatThrownBy(() -> this.ledger.adjust(
				new NewAdjustment(null, this.world.sukasari, batch, AdjustmentReason.DAMAGED, 2L, null, null),
				this.world.nurse))
			.isInstanceOfSatisfying(RuleViolation.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("stock.error.adjustmentSign"));
		assertThatThrownBy(() -> this.ledger.adjust(
				new NewAdjustment(null, this.world.sukasari, batch, AdjustmentReason.OTHER, -1L, " ", null),
				this.world.nurse))
			.isInstanceOfSatisfying(RuleViolation.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("stock.error.noteRequired"));
		assertThatThrownBy(() -> this.ledger.adjust(
				new NewAdjustment(null, this.world.sukasari, batch, AdjustmentReason.LOST, -10L, null, null),
				this.world.nurse))
			.isInstanceOfSatisfying(RuleViolation.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("stock.error.insufficient"));
		assertThatThrownBy(() -> this.ledger
			.adjust(new NewAdjustment(null, this.world.sukasari, batch, null, -1L, null, null), this.world.nurse))
			.isInstanceOfSatisfying(RuleViolation.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("stock.error.reasonRequired"));
		assertThat(this.world.onHand(this.world.sukasari, item)).isEqualTo(9);
		assertThat(this.world.entries(item)).isEqualTo(3);
	}

	@Test
	void aPhysicalCountReconcilesTheLedgerAndIsRecordedEvenWhenItMatches() {
		StockItem item = this.world.item();
		LedgerEntry receipt = this.world.receive(item, "B1", this.world.today.plusMonths(3), 10);

		LedgerEntry short7 = this.ledger.count(
				new NewCount(null, this.world.sukasari, receipt.batchId(), 7L, null, "Hitung bulanan"),
				this.world.nurse);
		LedgerEntry matched = this.ledger
			.count(new NewCount(null, this.world.sukasari, receipt.batchId(), 7L, null, null), this.world.nurse);

		assertThat(short7.kind()).isEqualTo(EntryKind.COUNT);
		assertThat(short7.quantity()).isEqualTo(-3);
		assertThat(short7.balanceAfter()).isEqualTo(7);
		assertThat(matched.quantity()).isZero();
		assertThat(matched.balanceAfter()).isEqualTo(7);
		assertThat(this.world.onHand(this.world.sukasari, item)).isEqualTo(7);
		assertThat(this.world.ledgerSum(this.world.sukasari, item)).isEqualTo(7);
		assertThatThrownBy(() -> this.ledger
			.count(new NewCount(null, this.world.sukasari, receipt.batchId(), -1L, null, null), this.world.nurse))
			.isInstanceOfSatisfying(RuleViolation.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("stock.error.countNegative"));
	}

	@Test
	void lowStockIsBelowTheItemsWeeksOfAverageUseAndNeedsIssues() {
		StockItem item = this.world.item();
		StockItem unused = this.world.item();
		LocalDate today = this.world.today;
		this.world.receive(item, "B1", today.plusMonths(12), 100);
		this.world.receive(unused, "U1", today.plusMonths(12), 1);
		this.issues.issue(this.world.sukasari, List.of(new ItemQuantity(item.code(), 60)), today.minusWeeks(3),
				"visit:" + UUID.randomUUID(), this.world.nurse);
		// 60 in 12 weeks is 5 a week; 4 weeks of it is 20: 40 on hand is enough
		assertThat(lowStock(today)).doesNotContain(item.code(), unused.code());

		this.issues.issue(this.world.sukasari, List.of(new ItemQuantity(item.code(), 24)), today,
				"visit:" + UUID.randomUUID(), this.world.nurse);
		// 84 in 12 weeks is 7 a week; 4 weeks of it is 28: 16 on hand is low
		assertThat(lowStock(today)).contains(item.code()).doesNotContain(unused.code());
		StockLevels.LowStock low = this.levels.alerts(this.world.sukasari, this.world.nurse.scope(), today)
			.lowStock()
			.stream()
			.filter(l -> l.itemCode().equals(item.code()))
			.findFirst()
			.orElseThrow();
		assertThat(low.usable()).isEqualTo(16);
		assertThat(low.weeklyUse()).isEqualTo(7);
		assertThat(low.threshold()).isEqualTo(28);

		// issues older than 12 weeks do not count
		assertThat(lowStock(today.plusWeeks(13))).doesNotContain(item.code());
	}

	@Test
	void batchesNearOrPastExpiryAreFlagged() {
		StockItem item = this.world.item();
		LocalDate today = this.world.today;
		this.world.receive(this.world.sukasari, item, "SOON", today.plusDays(30), 5, today.minusDays(60));
		this.world.receive(this.world.sukasari, item, "LATER", today.plusDays(200), 5, today.minusDays(60));
		this.world.receive(this.world.sukasari, item, "PAST", today.minusDays(1), 5, today.minusDays(60));

		StockLevels.Alerts alerts = this.levels.alerts(this.world.sukasari, this.world.nurse.scope(), today);

		assertThat(alerts.nearExpiry()).filteredOn(b -> b.itemCode().equals(item.code()))
			.extracting(StockBatch::batchNumber)
			.containsExactly("SOON");
		assertThat(alerts.expired()).filteredOn(b -> b.itemCode().equals(item.code()))
			.extracting(StockBatch::batchNumber)
			.containsExactly("PAST");
		StockLevels.ItemStock stock = this.levels.onHand(this.world.sukasari, this.world.nurse.scope(), today)
			.stream()
			.filter(s -> s.itemCode().equals(item.code()))
			.findFirst()
			.orElseThrow();
		assertThat(stock.usable()).isEqualTo(10);
		assertThat(stock.expired()).isEqualTo(5);
		assertThat(stock.bySource()).containsEntry(FundingSource.APBD, 10L);
	}

	private List<String> lowStock(LocalDate day) {
		return this.levels.alerts(this.world.sukasari, this.world.nurse.scope(), day)
			.lowStock()
			.stream()
			.map(StockLevels.LowStock::itemCode)
			.toList();
	}

}
