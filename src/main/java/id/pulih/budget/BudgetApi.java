package id.pulih.budget;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;

import id.pulih.shared.FundingSource;
import id.pulih.shared.RecordNotFound;
import id.pulih.shared.RuleViolation;
import id.pulih.shared.security.CurrentUser;
import id.pulih.shared.security.PulihUser;
import id.pulih.shared.security.Roles;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Budgets for integrations: allocations (PUT sets one; repeating it changes nothing),
 * activity costs (POST with an id chosen by the client may be retried: the same content
 * answers 200, other content 409), voids, and the budget-versus-realisation table. All
 * within the caller's scope: an organisation or record outside it answers 404 like a
 * missing one (422 naming the field when a command names it). Broken rules answer 422
 * naming the field; a stale allocation version answers 409.
 */
@RestController
@RequestMapping("/api/v1/budget")
@Tag(name = "Budgets", description = "Allocations, activity costs and realisation by funding source")
class BudgetApi {

	private static final int LIST_LIMIT = 1000;

	private final Budgets budgets;

	private final BudgetReports reports;

	BudgetApi(Budgets budgets, BudgetReports reports) {
		this.budgets = budgets;
		this.reports = reports;
	}

	@RolesAllowed({ Roles.PROGRAMME_MANAGER, Roles.REHABILITATION_OFFICER })
	@PutMapping("/allocations")
	@Operation(summary = "Set the allocation of a year, organisation, source and line: 201 when created, 200 when "
			+ "revised or unchanged; 409 when the version sent is older than the stored one")
	ResponseEntity<AllocationView> setAllocation(@RequestBody AllocationRequest request) {
		PulihUser me = CurrentUser.get();
		List<RuleViolation> violations = new ArrayList<>();
		SetAllocation command = new SetAllocation(request.year(), request.organisationId(),
				BudgetInputs.source(request.source(), violations), BudgetInputs.line(request.line(), violations),
				BudgetInputs.amount(request.amount(), violations), request.note(), request.version());
		InvalidBudgetInput.throwIfAny(violations);
		Budgets.AllocationSet set = this.budgets.setAllocation(command, me);
		AllocationView view = AllocationView.of(set.allocation());
		return (set.change() == Budgets.Change.CREATED)
				? ResponseEntity.created(URI.create("/api/v1/budget/allocations/" + view.id())).body(view)
				: ResponseEntity.ok(view);
	}

	@RolesAllowed({ Roles.PROGRAMME_MANAGER, Roles.HEALTH_WORKER, Roles.REHABILITATION_OFFICER })
	@GetMapping("/allocations")
	@Operation(summary = "The allocations of a year (default: this year) for an organisation and its descendants "
			+ "(default: the caller's whole scope)")
	List<Budgets.AllocationLine> allocations(@RequestParam(required = false) Integer year,
			@RequestParam(required = false) UUID organisationId) {
		PulihUser me = CurrentUser.get();
		return this.budgets.allocations(me.scope(), yearOrThisYear(year, me), organisationId, LIST_LIMIT);
	}

	@RolesAllowed({ Roles.PROGRAMME_MANAGER, Roles.HEALTH_WORKER, Roles.REHABILITATION_OFFICER })
	@GetMapping("/allocations/{id}")
	@Operation(summary = "One allocation with every setting of its amount")
	AllocationView allocation(@PathVariable UUID id) {
		return AllocationView.of(this.budgets.findAllocation(id, CurrentUser.get().scope())
			.orElseThrow(() -> new RecordNotFound("allocation")));
	}

	@RolesAllowed({ Roles.PROGRAMME_MANAGER, Roles.HEALTH_WORKER, Roles.REHABILITATION_OFFICER })
	@PostMapping("/costs")
	@Operation(summary = "Record an activity cost (201), or repeat one with the same id and content (200)")
	ResponseEntity<CostView> recordCost(@RequestBody CostRequest request) {
		PulihUser me = CurrentUser.get();
		List<RuleViolation> violations = new ArrayList<>();
		NewCost command = new NewCost(request.id(), request.organisationId(), request.spentOn(),
				BudgetInputs.source(request.source(), violations), BudgetInputs.line(request.line(), violations),
				BudgetInputs.amount(request.amount(), violations), request.description());
		InvalidBudgetInput.throwIfAny(violations);
		Budgets.CostRecorded recorded = this.budgets.recordCost(command, me);
		CostView view = CostView.of(recorded.cost());
		return recorded.created() ? ResponseEntity.created(URI.create("/api/v1/budget/costs/" + view.id())).body(view)
				: ResponseEntity.ok(view);
	}

	@RolesAllowed({ Roles.PROGRAMME_MANAGER, Roles.HEALTH_WORKER, Roles.REHABILITATION_OFFICER })
	@GetMapping("/costs")
	@Operation(summary = "The activity costs of a year (default: this year) for an organisation and its "
			+ "descendants (default: the caller's whole scope), newest first, voided ones included")
	List<Budgets.CostLine> costs(@RequestParam(required = false) Integer year,
			@RequestParam(required = false) UUID organisationId) {
		PulihUser me = CurrentUser.get();
		return this.budgets.costs(me.scope(), yearOrThisYear(year, me), organisationId, true, LIST_LIMIT);
	}

	@RolesAllowed({ Roles.PROGRAMME_MANAGER, Roles.HEALTH_WORKER, Roles.REHABILITATION_OFFICER })
	@GetMapping("/costs/{id}")
	@Operation(summary = "One activity cost")
	CostView cost(@PathVariable UUID id) {
		return CostView.of(this.budgets.cost(id, CurrentUser.get().scope()));
	}

	@RolesAllowed({ Roles.PROGRAMME_MANAGER, Roles.HEALTH_WORKER, Roles.REHABILITATION_OFFICER })
	@PostMapping("/costs/{id}/void")
	@Operation(summary = "Void an activity cost with a reason; it stays on record and no longer counts")
	CostView voidCost(@PathVariable UUID id, @RequestBody VoidRequest request) {
		return CostView.of(this.budgets.voidCost(id, request.reason(), CurrentUser.get()));
	}

	@RolesAllowed({ Roles.PROGRAMME_MANAGER, Roles.HEALTH_WORKER, Roles.REHABILITATION_OFFICER })
	@GetMapping("/realisation")
	@Operation(summary = "Budget versus realisation of a year (default: this year) per line and funding source, "
			+ "for an organisation and its descendants (default: the caller's whole scope), with totals")
	RealisationView realisation(@RequestParam(required = false) Integer year,
			@RequestParam(required = false) UUID organisationId) {
		PulihUser me = CurrentUser.get();
		return RealisationView.of(this.reports.table(me.scope(), yearOrThisYear(year, me), organisationId));
	}

	private int yearOrThisYear(@Nullable Integer year, PulihUser me) {
		return (year != null) ? year : this.budgets.today(me).getYear();
	}

	/**
	 * An allocation to set. {@code source} and {@code line} are code names (e.g.
	 * {@code APBD}, {@code SYRINGES}); {@code amount} whole rupiah; {@code version}
	 * optional.
	 */
	record AllocationRequest(@Nullable Integer year, @Nullable UUID organisationId, @Nullable String source,
			@Nullable String line, @Nullable BigDecimal amount, @Nullable String note, @Nullable Integer version) {

	}

	/**
	 * A cost to record; {@code id} optional, {@code organisationId} optional for a
	 * facility's own.
	 */
	record CostRequest(@Nullable UUID id, @Nullable UUID organisationId, @Nullable LocalDate spentOn,
			@Nullable String source, @Nullable String line, @Nullable BigDecimal amount, @Nullable String description) {

	}

	record VoidRequest(@Nullable String reason) {

	}

	record AllocationView(UUID id, UUID organisationId, int year, FundingSource source, BudgetLine line, long amount,
			@Nullable String note, @Nullable Integer version, List<RevisionView> revisions) {

		static AllocationView of(Allocation allocation) {
			return new AllocationView(allocation.id(), allocation.organisationId(), allocation.year(),
					allocation.source(), allocation.line(), allocation.amount(), allocation.note(),
					allocation.version(),
					allocation.revisions()
						.stream()
						.map(r -> new RevisionView(r.previousAmount(), r.amount(), r.note(), r.createdAt(),
								r.createdBy()))
						.toList());
		}

	}

	record RevisionView(@Nullable Long previousAmount, long amount, @Nullable String note, Instant at, String by) {

	}

	record CostView(UUID id, UUID organisationId, LocalDate spentOn, int year, FundingSource source, BudgetLine line,
			long amount, String description, boolean voided, @Nullable String voidReason, @Nullable Integer version) {

		static CostView of(ActivityCost cost) {
			return new CostView(cost.id(), cost.organisationId(), cost.spentOn(), cost.year(), cost.source(),
					cost.line(), cost.amount(), cost.description(), cost.isVoided(), cost.voidReason(), cost.version());
		}

	}

	/**
	 * Figures of a row or total: {@code percent} is realised over allocated (null when
	 * nothing is allocated), {@code remaining} may be negative.
	 */
	record FiguresView(long allocated, long realised, long fromReceipts, long fromCosts, long receiptsWithoutValue,
			@Nullable BigDecimal percent, long remaining, boolean overspent, boolean unbudgeted) {

		static FiguresView of(Figures f) {
			return new FiguresView(f.allocated(), f.realised(), f.fromReceipts(), f.fromCosts(),
					f.receiptsWithoutValue(), f.percent(), f.remaining(), f.overspent(), f.unbudgeted());
		}

	}

	record RowView(BudgetLine line, FundingSource source, FiguresView figures) {

	}

	record LineView(BudgetLine line, FiguresView figures) {

	}

	record SourceView(FundingSource source, FiguresView figures) {

	}

	record RealisationView(int year, @Nullable UUID organisationId, List<RowView> rows, List<LineView> lines,
			List<SourceView> sources, FiguresView total) {

		static RealisationView of(RealisationTable table) {
			return new RealisationView(table.year(), table.organisationId(),
					table.rows()
						.stream()
						.map(r -> new RowView(r.line(), r.source(), FiguresView.of(r.figures())))
						.toList(),
					table.lines().stream().map(l -> new LineView(l.line(), FiguresView.of(l.figures()))).toList(),
					table.sources().stream().map(s -> new SourceView(s.source(), FiguresView.of(s.figures()))).toList(),
					FiguresView.of(table.total()));
		}

	}

}
