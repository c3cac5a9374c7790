package id.pulih.budget;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import id.pulih.access.AccessManagement;
import id.pulih.organisation.Organisations;
import id.pulih.shared.Conflict;
import id.pulih.shared.FundingSource;
import id.pulih.shared.RecordNotFound;
import id.pulih.shared.RuleViolation;
import id.pulih.support.PulihSpringTest;
import id.pulih.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Allocations and activity costs as the service keeps them: an allocation is set, set
 * again without change, revised with its history kept, and refused when the caller saw an
 * older version; a cost is recorded, retried with its id, refused under a taken id, and
 * voided with a reason; bad input names every broken field and writes nothing; each role
 * keeps only the budgets it may, inside its scope.
 */
@PulihSpringTest
class BudgetCommandTests {

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
	private MessageSource messages;

	private BudgetWorld world;

	@BeforeEach
	void createWorld() {
		this.world = new BudgetWorld(this.users, this.organisations, this.access, this.events, this.transaction,
				this.jdbc);
	}

	@Test
	void anAllocationIsSetRevisedAndKeepsItsHistory() {
		SetAllocation first = new SetAllocation(this.world.year, this.world.puskesmasA, FundingSource.APBD,
				BudgetLine.SYRINGES, 12_000_000L, "DPA Dinkes", null);
		Budgets.AllocationSet created = this.budgets.setAllocation(first, this.world.manager);
		assertThat(created.change()).isEqualTo(Budgets.Change.CREATED);
		Allocation allocation = created.allocation();
		assertThat(allocation.amount()).isEqualTo(12_000_000L);
		assertThat(allocation.revisions()).singleElement().satisfies(r -> {
			assertThat(r.previousAmount()).isNull();
			assertThat(r.amount()).isEqualTo(12_000_000L);
			assertThat(r.createdBy()).isEqualTo(this.world.manager.getUsername());
		});
		assertThat(this.world.audits(allocation.id(), "budget.allocation.set")).isOne();

		// the same again: nothing changes, nothing is audited
		Budgets.AllocationSet again = this.budgets.setAllocation(first, this.world.manager);
		assertThat(again.change()).isEqualTo(Budgets.Change.UNCHANGED);
		assertThat(again.allocation().version()).isEqualTo(allocation.version());

		// revised by someone who saw the current version
		Budgets.AllocationSet revised = this.budgets
			.setAllocation(new SetAllocation(this.world.year, this.world.puskesmasA, FundingSource.APBD,
					BudgetLine.SYRINGES, 15_500_000L, "APBD-P", allocation.version()), this.world.manager);
		assertThat(revised.change()).isEqualTo(Budgets.Change.REVISED);
		assertThat(revised.allocation().id()).isEqualTo(allocation.id());
		assertThat(revised.allocation().amount()).isEqualTo(15_500_000L);
		assertThat(revised.allocation().revisions()).extracting(AllocationRevision::previousAmount)
			.containsExactly(null, 12_000_000L);
		assertThat(this.world.audits(allocation.id(), "budget.allocation.revised")).isOne();

		// a revision from the old version is stale: 409, nothing changes
		assertThatThrownBy(() -> this.budgets.setAllocation(new SetAllocation(this.world.year, this.world.puskesmasA,
				FundingSource.APBD, BudgetLine.SYRINGES, 9_000_000L, null, allocation.version()), this.world.manager))
			.isInstanceOfSatisfying(Conflict.class, ex -> assertThat(ex.messageKey()).isEqualTo("budget.error.stale"));
		assertThat(this.budgets.findAllocation(allocation.id(), this.world.manager.scope())).get()
			.satisfies(a -> assertThat(a.amount()).isEqualTo(15_500_000L));
		assertThat(this.world.allocationsOf(this.world.puskesmasA)).isOne();
		assertThat(this.world.revisionsOf(this.world.puskesmasA)).isEqualTo(2);

		// another line or source is another allocation
		this.budgets.setAllocation(new SetAllocation(this.world.year, this.world.puskesmasA, FundingSource.APBN,
				BudgetLine.SYRINGES, 1_000_000L, null, null), this.world.manager);
		assertThat(this.world.allocationsOf(this.world.puskesmasA)).isEqualTo(2);
	}

	@Test
	void badAllocationsNameEveryBrokenFieldAndWriteNothing() {
		assertThat(fields(() -> this.budgets.setAllocation(
				new SetAllocation(this.world.year, this.world.puskesmasA, null, null, -5L, null, null),
				this.world.manager)))
			.containsExactly("source", "line", "amount");
		assertThat(keys(() -> this.budgets.setAllocation(new SetAllocation(this.world.year, this.world.puskesmasA,
				FundingSource.APBD, BudgetLine.KIE, 0L, null, null), this.world.manager)))
			.containsExactly("budget.error.amountPositive");
		assertThat(keys(() -> this.budgets.setAllocation(new SetAllocation(this.world.year, this.world.puskesmasA,
				FundingSource.APBD, BudgetLine.KIE, Budgets.AMOUNT_MAX + 1, null, null), this.world.manager)))
			.containsExactly("budget.error.amountTooLarge");
		assertThat(keys(() -> this.budgets.setAllocation(
				new SetAllocation(1999, null, FundingSource.APBD, BudgetLine.KIE, 10L, "x".repeat(501), null),
				this.world.manager)))
			.containsExactly("budget.error.yearRange", "budget.error.organisationRequired", "budget.error.tooLong");
		assertThat(keys(() -> this.budgets.setAllocation(
				new SetAllocation(null, UUID.randomUUID(), FundingSource.APBD, BudgetLine.KIE, null, null, null),
				this.world.manager)))
			.containsExactly("budget.error.yearRequired", "budget.error.organisationNotFound",
					"budget.error.amountRequired");
		assertThat(this.world.allocationsOf(this.world.puskesmasA)).isZero();
		assertThat(this.messages.getMessage("budget.error.yearRange", new Object[] { "2000", "2031" }, Locale.ENGLISH))
			.isEqualTo("The year must lie between 2000 and 2031.");

		// the largest amount is allowed
		this.budgets.setAllocation(new SetAllocation(this.world.year, this.world.puskesmasA, FundingSource.APBD,
				BudgetLine.KIE, Budgets.AMOUNT_MAX, null, null), this.world.manager);
		assertThat(this.world.allocationsOf(this.world.puskesmasA)).isOne();
	}

	@Test
	void aRehabilitationOfficerKeepsTheBudgetsOfBnnOfficesOfItsScopeOnly() {
		Budgets.AllocationSet set = this.budgets.setAllocation(
				new SetAllocation(this.world.year, null, FundingSource.APBN, BudgetLine.KIE, 50_000_000L, null, null),
				this.world.rehab);
		assertThat(set.allocation().organisationId()).isEqualTo(this.world.bnnk);
		assertThat(keys(() -> this.budgets.setAllocation(new SetAllocation(this.world.year, this.world.puskesmasA,
				FundingSource.APBN, BudgetLine.KIE, 50_000_000L, null, null), this.world.rehab)))
			.containsExactly("budget.error.organisationNotFound");
		// a health worker records costs but sets no allocations
		assertThatThrownBy(() -> this.budgets.setAllocation(
				new SetAllocation(this.world.year, null, FundingSource.APBD, BudgetLine.KIE, 1L, null, null),
				this.world.nurseA))
			.isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
		assertThat(this.world.allocationsOf(this.world.puskesmasA)).isZero();
	}

	@Test
	void aCostIsRecordedRetriedAndVoidedWithAReason() {
		UUID id = UUID.randomUUID();
		NewCost command = new NewCost(id, null, this.world.today, FundingSource.APBD, BudgetLine.KIE, 2_750_000L,
				"Cetak leaflet KIE 500 lembar");
		Budgets.CostRecorded recorded = this.budgets.recordCost(command, this.world.nurseA);
		assertThat(recorded.created()).isTrue();
		assertThat(recorded.cost().organisationId()).isEqualTo(this.world.puskesmasA);
		assertThat(recorded.cost().year()).isEqualTo(this.world.year);
		assertThat(this.world.audits(id, "budget.cost.recorded")).isOne();

		// retried: the stored cost, nothing new
		assertThat(this.budgets.recordCost(command, this.world.nurseA).created()).isFalse();
		// the same id with other content: a conflict
		assertThatThrownBy(() -> this.budgets.recordCost(new NewCost(id, null, this.world.today, FundingSource.APBD,
				BudgetLine.KIE, 2_800_000L, "Cetak leaflet KIE 500 lembar"), this.world.nurseA))
			.isInstanceOfSatisfying(Conflict.class, ex -> assertThat(ex.field()).isEqualTo("id"));
		// and another Puskesmas may not even reuse it
		assertThatThrownBy(() -> this.budgets.recordCost(command, this.world.nurseB)).isInstanceOf(Conflict.class);
		assertThat(this.world.costsOf(this.world.puskesmasA)).isOne();
		assertThat(realisedKie()).isEqualTo(2_750_000L);

		assertThat(keys(() -> this.budgets.voidCost(id, "  ", this.world.nurseA)))
			.containsExactly("budget.error.reasonRequired");
		assertThatThrownBy(() -> this.budgets.voidCost(id, "Salah catat", this.world.nurseB))
			.isInstanceOf(RecordNotFound.class);
		ActivityCost voided = this.budgets.voidCost(id, "Salah catat: sudah dibayar dari dana lain", this.world.nurseA);
		assertThat(voided.isVoided()).isTrue();
		assertThat(voided.voidReason()).isEqualTo("Salah catat: sudah dibayar dari dana lain");
		assertThat(voided.voidedBy()).isEqualTo(this.world.nurseAName);
		assertThat(this.world.audits(id, "budget.cost.voided")).isOne();
		// voiding again changes nothing; the cost stays on record and no longer counts
		this.budgets.voidCost(id, "lagi", this.world.nurseA);
		assertThat(this.world.audits(id, "budget.cost.voided")).isOne();
		assertThat(this.world.costsOf(this.world.puskesmasA)).isOne();
		assertThat(realisedKie()).isZero();
	}

	@Test
	void badCostsNameEveryBrokenFieldAndWriteNothing() {
		assertThat(fields(
				() -> this.budgets.recordCost(new NewCost(null, null, null, null, null, -1L, " "), this.world.nurseA)))
			.containsExactly("spentOn", "source", "line", "amount", "description");
		assertThat(keys(() -> this.budgets.recordCost(new NewCost(null, null, this.world.today.plusDays(2),
				FundingSource.APBD, BudgetLine.KIE, 0L, "Cetak leaflet"), this.world.nurseA)))
			.containsExactly("budget.error.dateInFuture", "budget.error.amountPositive");
		// a health worker names only its own facility; a manager must name one
		assertThat(keys(() -> this.budgets.recordCost(new NewCost(null, this.world.puskesmasB, this.world.today,
				FundingSource.APBD, BudgetLine.KIE, 10L, "Cetak leaflet"), this.world.nurseA)))
			.containsExactly("budget.error.organisationNotFound");
		assertThat(keys(() -> this.budgets.recordCost(
				new NewCost(null, null, this.world.today, FundingSource.APBD, BudgetLine.KIE, 10L, "Cetak leaflet"),
				this.world.manager)))
			.containsExactly("budget.error.organisationRequired");
		assertThat(this.world.costsOf(this.world.puskesmasA)).isZero();
		assertThat(this.world.costsOf(this.world.puskesmasB)).isZero();
	}

	private long realisedKie() {
		return this.reports.realisation(this.world.nurseA.scope(), this.world.year, null)
			.stream()
			.filter(row -> row.line() == BudgetLine.KIE)
			.mapToLong(RealisationRow::realised)
			.sum();
	}

	private static List<String> fields(Runnable command) {
		return violations(command).stream().map(RuleViolation::field).toList();
	}

	private static List<String> keys(Runnable command) {
		return violations(command).stream().map(RuleViolation::messageKey).toList();
	}

	private static List<RuleViolation> violations(Runnable command) {
		try {
			command.run();
		}
		catch (RuleViolation ex) {
			return InvalidBudgetInput.all(ex);
		}
		throw new AssertionError("the command was not refused");
	}

}
