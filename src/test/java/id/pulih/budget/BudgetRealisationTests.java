package id.pulih.budget;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import id.pulih.access.AccessManagement;
import id.pulih.organisation.Organisations;
import id.pulih.shared.FundingSource;
import id.pulih.shared.RecordNotFound;
import id.pulih.stock.Commodities;
import id.pulih.stock.NewReceipt;
import id.pulih.stock.StockLedger;
import id.pulih.stock.StockReceived;
import id.pulih.support.PulihSpringTest;
import id.pulih.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Realisation: every commodity receipt counts in its item's line, its source and the year
 * it was received, once, in the receipt's own transaction; receipts without a value count
 * no money but are counted as such; and the budget-versus-realisation table (per line and
 * source, per line, per source and in total, over an organisation's subtree) equals the
 * same figures computed here from what was recorded.
 */
@PulihSpringTest
class BudgetRealisationTests {

	@Autowired
	private Budgets budgets;

	@Autowired
	private BudgetReports reports;

	@Autowired
	private TestUsers users;

	@Autowired
	private Organisations organisations;

	@Autowired
	private AccessManagement access;

	@Autowired
	private ApplicationEventPublisher events;

	@Autowired
	private TransactionTemplate transaction;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private StockLedger ledger;

	private BudgetWorld world;

	@BeforeEach
	void createWorld() {
		this.world = new BudgetWorld(this.users, this.organisations, this.access, this.events, this.transaction,
				this.jdbc);
	}

	@Test
	void everyItemCountsInItsLine() {
		Map<String, BudgetLine> expected = Map.ofEntries(Map.entry(Commodities.SYRINGE, BudgetLine.SYRINGES),
				Map.entry(Commodities.CONDOM, BudgetLine.CONDOMS), Map.entry(Commodities.LUBRICANT, BudgetLine.CONDOMS),
				Map.entry(Commodities.HIV_TEST_KIT, BudgetLine.HIV_TESTING),
				Map.entry(Commodities.STI_MEDICINE, BudgetLine.STI_PREVENTION),
				Map.entry(Commodities.TB_MEDICINE, BudgetLine.TB),
				Map.entry(Commodities.GENEXPERT_CARTRIDGE, BudgetLine.TB),
				Map.entry(Commodities.HEPATITIS_B_VACCINE, BudgetLine.HEPATITIS),
				Map.entry(Commodities.HEPATITIS_TEST, BudgetLine.HEPATITIS),
				Map.entry(Commodities.METHADONE, BudgetLine.METHADONE), Map.entry("MASKER-N95", BudgetLine.OTHER));
		expected.forEach((item, line) -> {
			StockReceived event = this.world.receive(this.world.puskesmasA, item, FundingSource.APBN, 10, 1_000,
					this.world.today);
			assertThat(this.jdbc.sql("SELECT line FROM budget_receipt WHERE receipt_id = ?")
				.param(event.receiptId())
				.query(String.class)
				.single()).as(item).isEqualTo(line.name());
		});
		assertThat(BudgetLine.forItem(null)).isEqualTo(BudgetLine.OTHER);
	}

	@Test
	void aReceiptCountsOnceInItsYearSourceAndLineAndOnlyWhenItsTransactionCommits() {
		LocalDate lastYear = LocalDate.of(this.world.year - 1, 12, 30);
		StockReceived syringes = this.world.receive(this.world.puskesmasA, Commodities.SYRINGE, FundingSource.APBD,
				5_000, 7_500_000, this.world.today);
		this.world.receive(this.world.puskesmasA, Commodities.TB_MEDICINE, FundingSource.APBN, 20, 4_000_000, lastYear);
		// the same receipt again (a retried publication): counted once
		this.world.publish(syringes);
		this.world.publish(new StockReceived(syringes.receiptId(), syringes.facilityId(), syringes.itemCode(),
				syringes.source(), syringes.quantity(), syringes.valueRupiah(), syringes.receivedOn()));
		// a receipt whose transaction rolls back leaves no realisation either
		this.transaction.executeWithoutResult(status -> {
			this.events.publishEvent(new StockReceived(UUID.randomUUID(), this.world.puskesmasA, Commodities.CONDOM,
					FundingSource.APBD, 1_000, 900_000, this.world.today));
			status.setRollbackOnly();
		});

		assertThat(this.world.receiptsOf(this.world.puskesmasA)).isEqualTo(2);
		List<RealisationRow> thisYear = this.reports.realisation(this.world.nurseA.scope(), this.world.year, null);
		assertThat(thisYear).singleElement().satisfies(row -> {
			assertThat(row.line()).isEqualTo(BudgetLine.SYRINGES);
			assertThat(row.source()).isEqualTo(FundingSource.APBD);
			assertThat(row.realised()).isEqualTo(7_500_000L);
			assertThat(row.fromReceipts()).isEqualTo(7_500_000L);
			assertThat(row.allocated()).isZero();
			assertThat(row.unbudgeted()).isTrue();
		});
		assertThat(this.reports.realisation(this.world.nurseA.scope(), this.world.year - 1, null)).singleElement()
			.satisfies(row -> {
				assertThat(row.line()).isEqualTo(BudgetLine.TB);
				assertThat(row.source()).isEqualTo(FundingSource.APBN);
				assertThat(row.realised()).isEqualTo(4_000_000L);
			});
	}

	@Test
	void aReceiptThroughTheStockLedgerIsRealisedOnce() {
		UUID id = UUID.randomUUID();
		NewReceipt receipt = new NewReceipt(id, this.world.puskesmasA, Commodities.HIV_TEST_KIT, "LOT-" + id,
				this.world.today.plusYears(1), FundingSource.APBD, 200L, 3_200_000L, this.world.today);
		this.ledger.receive(receipt, this.world.nurseA);
		this.ledger.receive(receipt, this.world.nurseA);
		// a refused receipt (expired on arrival) leaves no realisation
		assertThatThrownBy(() -> this.ledger.receive(
				new NewReceipt(null, this.world.puskesmasA, Commodities.HIV_TEST_KIT, "LOT-OLD",
						this.world.today.minusDays(1), FundingSource.APBD, 10L, 500_000L, this.world.today),
				this.world.nurseA))
			.isInstanceOf(id.pulih.shared.RuleViolation.class);

		assertThat(this.reports.realisation(this.world.nurseA.scope(), this.world.year, null)).singleElement()
			.satisfies(row -> {
				assertThat(row.line()).isEqualTo(BudgetLine.HIV_TESTING);
				assertThat(row.source()).isEqualTo(FundingSource.APBD);
				assertThat(row.fromReceipts()).isEqualTo(3_200_000L);
			});
		assertThat(this.world.count("SELECT COUNT(*) FROM budget_receipt WHERE receipt_id = ?", id)).isOne();
	}

	@Test
	void receiptsWithoutAValueCountNoMoneyButAreCounted() {
		this.world.receive(this.world.puskesmasA, Commodities.CONDOM, FundingSource.APBD, 1_000, 0, this.world.today);
		this.world.receive(this.world.puskesmasA, Commodities.LUBRICANT, FundingSource.APBD, 500, 0, this.world.today);
		this.world.receive(this.world.puskesmasA, Commodities.CONDOM, FundingSource.APBD, 1_000, 600_000,
				this.world.today);
		this.budgets.setAllocation(new SetAllocation(this.world.year, this.world.puskesmasA, FundingSource.APBD,
				BudgetLine.CONDOMS, 2_000_000L, null, null), this.world.manager);

		RealisationTable table = this.reports.table(this.world.nurseA.scope(), this.world.year, null);
		assertThat(table.rows()).singleElement().satisfies(row -> {
			assertThat(row.realised()).isEqualTo(600_000L);
			assertThat(row.receiptsWithoutValue()).isEqualTo(2);
			assertThat(row.percent()).isEqualByComparingTo(new BigDecimal("30.0"));
			assertThat(row.remaining()).isEqualTo(1_400_000L);
		});
		assertThat(table.total().receiptsWithoutValue()).isEqualTo(2);
	}

	@Test
	void theTableEqualsTheFiguresComputedFromWhatWasRecorded() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		Map<UUID, Map<Key, long[]>> expected = new HashMap<>();
		List<UUID> facilities = List.of(this.world.puskesmasA, this.world.puskesmasB, this.world.dinkes);
		List<String> items = List.of(Commodities.SYRINGE, Commodities.CONDOM, Commodities.HIV_TEST_KIT,
				Commodities.STI_MEDICINE, Commodities.TB_MEDICINE, Commodities.GENEXPERT_CARTRIDGE);
		FundingSource[] sources = { FundingSource.APBD, FundingSource.APBN, FundingSource.DONOR };
		BudgetLine[] seedLines = { BudgetLine.SYRINGES, BudgetLine.HIV_TESTING, BudgetLine.CONDOMS,
				BudgetLine.STI_PREVENTION, BudgetLine.KIE, BudgetLine.TB };
		for (UUID organisation : facilities) {
			Map<Key, long[]> figures = expected.computeIfAbsent(organisation, o -> new HashMap<>());
			// allocations, some revised: only the last amount counts
			for (BudgetLine line : seedLines) {
				FundingSource source = sources[random.nextInt(2)];
				long amount = random.nextLong(1, 50_000_000);
				this.budgets.setAllocation(
						new SetAllocation(this.world.year, organisation, source, line, amount, null, null),
						this.world.manager);
				if (random.nextBoolean()) {
					amount = random.nextLong(1, 50_000_000);
					this.budgets.setAllocation(
							new SetAllocation(this.world.year, organisation, source, line, amount, "revisi", null),
							this.world.manager);
				}
				figures.computeIfAbsent(new Key(line, source), k -> new long[3])[0] += amount;
			}
			// receipts; a receipt of another year does not count
			for (int i = 0; i < 12; i++) {
				String item = items.get(random.nextInt(items.size()));
				FundingSource source = sources[random.nextInt(sources.length)];
				long value = random.nextLong(0, 10_000_000);
				this.world.receive(organisation, item, source, 100, value, this.world.today);
				figures.computeIfAbsent(new Key(BudgetLine.forItem(item), source), k -> new long[3])[1] += value;
			}
			this.world.receive(organisation, Commodities.SYRINGE, FundingSource.APBD, 100, 99_000_000,
					LocalDate.of(this.world.year - 1, 6, 1));
			// costs; voided ones do not count
			for (int i = 0; i < 6; i++) {
				BudgetLine line = seedLines[random.nextInt(seedLines.length)];
				FundingSource source = sources[random.nextInt(sources.length)];
				long amount = random.nextLong(1, 5_000_000);
				ActivityCost cost = this.budgets
					.recordCost(
							new NewCost(null, organisation, this.world.today, source, line, amount, "Kegiatan " + i),
							this.world.manager)
					.cost();
				if (i % 3 == 2) {
					this.budgets.voidCost(cost.id(), "Salah catat", this.world.manager);
				}
				else {
					figures.computeIfAbsent(new Key(line, source), k -> new long[3])[2] += amount;
				}
			}
		}

		// one Puskesmas alone
		check(this.reports.table(this.world.manager.scope(), this.world.year, this.world.puskesmasA),
				expected.get(this.world.puskesmasA));
		// its own user sees the same without naming it
		RealisationTable own = this.reports.table(this.world.nurseA.scope(), this.world.year, null);
		RealisationTable named = this.reports.table(this.world.manager.scope(), this.world.year, this.world.puskesmasA);
		assertThat(own.rows()).isEqualTo(named.rows());
		assertThat(own.total()).isEqualTo(named.total());
		// the health office: its own figures and both Puskesmas below it
		Map<Key, long[]> all = new HashMap<>();
		expected.values().forEach(figures -> figures.forEach((key, values) -> {
			long[] sum = all.computeIfAbsent(key, k -> new long[3]);
			for (int i = 0; i < 3; i++) {
				sum[i] += values[i];
			}
		}));
		check(this.reports.table(this.world.manager.scope(), this.world.year, this.world.dinkes), all);
	}

	@Test
	void anOrganisationOutsideTheScopeIsNotFound() {
		assertThatThrownBy(() -> this.reports.table(this.world.nurseA.scope(), this.world.year, this.world.puskesmasB))
			.isInstanceOf(RecordNotFound.class);
		assertThatThrownBy(() -> this.reports.table(this.world.nurseA.scope(), this.world.year, UUID.randomUUID()))
			.isInstanceOf(RecordNotFound.class);
		assertThatThrownBy(() -> this.reports.table(this.world.rehab.scope(), this.world.year, this.world.dinkes))
			.isInstanceOf(RecordNotFound.class);
	}

	/** Compares the table with figures computed here: {allocated, receipts, costs}. */
	private static void check(RealisationTable table, Map<Key, long[]> expected) {
		Map<Key, long[]> nonEmpty = new HashMap<>();
		expected.forEach((key, values) -> {
			if (values[0] != 0 || values[1] != 0 || values[2] != 0) {
				nonEmpty.put(key, values);
			}
		});
		assertThat(table.rows()).hasSize(nonEmpty.size());
		long allocated = 0;
		long realised = 0;
		Map<BudgetLine, long[]> lines = new EnumMap<>(BudgetLine.class);
		Map<FundingSource, long[]> sources = new EnumMap<>(FundingSource.class);
		for (RealisationRow row : table.rows()) {
			long[] values = nonEmpty.get(new Key(row.line(), row.source()));
			assertThat(values).as(row.line() + " " + row.source()).isNotNull();
			assertThat(row.allocated()).as("allocated " + row.line() + " " + row.source()).isEqualTo(values[0]);
			assertThat(row.fromReceipts()).as("receipts " + row.line() + " " + row.source()).isEqualTo(values[1]);
			assertThat(row.fromCosts()).as("costs " + row.line() + " " + row.source()).isEqualTo(values[2]);
			assertThat(row.realised()).isEqualTo(values[1] + values[2]);
			assertThat(row.remaining()).isEqualTo(values[0] - values[1] - values[2]);
			assertThat(row.overspent()).isEqualTo(values[0] > 0 && values[1] + values[2] > values[0]);
			if (values[0] > 0) {
				assertThat(row.percent().doubleValue()).isCloseTo(100.0 * (values[1] + values[2]) / values[0],
						org.assertj.core.data.Offset.offset(0.05));
			}
			else {
				assertThat(row.percent()).isNull();
			}
			allocated += values[0];
			realised += values[1] + values[2];
			long[] line = lines.computeIfAbsent(row.line(), l -> new long[2]);
			line[0] += values[0];
			line[1] += values[1] + values[2];
			long[] source = sources.computeIfAbsent(row.source(), s -> new long[2]);
			source[0] += values[0];
			source[1] += values[1] + values[2];
		}
		// rows come in line, then source order
		assertThat(table.rows()).isSortedAccordingTo(
				(a, b) -> (a.line() != b.line()) ? a.line().compareTo(b.line()) : a.source().compareTo(b.source()));
		assertThat(table.total().allocated()).isEqualTo(allocated);
		assertThat(table.total().realised()).isEqualTo(realised);
		assertThat(table.lines()).hasSize(lines.size())
			.allSatisfy(total -> assertThat(new long[] { total.figures().allocated(), total.figures().realised() })
				.containsExactly(lines.get(total.line())));
		assertThat(table.sources()).hasSize(sources.size())
			.allSatisfy(total -> assertThat(new long[] { total.figures().allocated(), total.figures().realised() })
				.containsExactly(sources.get(total.source())));
	}

	private record Key(BudgetLine line, FundingSource source) {

	}

}
