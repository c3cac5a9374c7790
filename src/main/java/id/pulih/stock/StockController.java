package id.pulih.stock;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;

import id.pulih.organisation.Organisation;
import id.pulih.shared.FundingSource;
import id.pulih.shared.RecordNotFound;
import id.pulih.shared.RuleViolation;
import id.pulih.shared.security.CurrentUser;
import id.pulih.shared.security.PulihUser;
import id.pulih.shared.security.Roles;
import id.pulih.shared.security.Scope;
import id.pulih.shared.web.FormErrors;
import org.jspecify.annotations.Nullable;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The stock pages: choosing a facility, a facility's stock (on hand by item and funding
 * source, alerts, the ledger page by page) and the forms for receipts, transfers,
 * adjustments (confirmed first when they take stock away) and physical counts. A form
 * that is refused comes back with what was typed and the message beside the field.
 * Everything is read through the signed-in user's scope: a facility outside it answers
 * 404.
 */
@Controller
class StockController {

	static final int LEDGER_PAGE = 20;

	private static final String RECEIPT_FORM = "stockReceiptForm";

	private static final String TRANSFER_FORM = "stockTransferForm";

	private static final String ADJUSTMENT_FORM = "stockAdjustmentForm";

	private static final String COUNT_FORM = "stockCountForm";

	private final StockLevels levels;

	private final StockLedger ledger;

	private final Catalogue catalogue;

	private final Facilities facilities;

	StockController(StockLevels levels, StockLedger ledger, Catalogue catalogue, Facilities facilities) {
		this.levels = levels;
		this.ledger = ledger;
		this.catalogue = catalogue;
		this.facilities = facilities;
	}

	@RolesAllowed({ Roles.HEALTH_WORKER, Roles.PROGRAMME_MANAGER, Roles.FIELD_OFFICER })
	@GetMapping("/stock")
	String facilities(@RequestParam(required = false) @Nullable String q, Model model) {
		PulihUser me = CurrentUser.get();
		Scope scope = me.scope();
		List<StockLevels.FacilitySummary> found = this.levels.facilities(scope, q);
		if ((q == null || q.isBlank()) && scope.kind() == Scope.Kind.ORGANISATION && found.size() == 1
				&& found.getFirst().id().equals(scope.organisationId())) {
			return "redirect:/stock/facilities/" + found.getFirst().id();
		}
		model.addAttribute("facilities", found);
		model.addAttribute("q", (q != null) ? q : "");
		return "stock/facilities";
	}

	@RolesAllowed({ Roles.HEALTH_WORKER, Roles.PROGRAMME_MANAGER, Roles.FIELD_OFFICER })
	@GetMapping("/stock/facilities/{id}")
	String facility(@PathVariable UUID id, @RequestParam(defaultValue = "0") int page, Model model) {
		PulihUser me = CurrentUser.get();
		Scope scope = me.scope();
		Organisation facility = this.levels.facility(id, scope);
		LocalDate today = this.facilities.today(me);
		model.addAttribute("facility", facility);
		model.addAttribute("today", today);
		model.addAttribute("stock", this.levels.onHand(facility.id(), scope, today));
		model.addAttribute("alerts", this.levels.alerts(facility.id(), scope, today));
		model.addAttribute("ledger", this.levels.ledgerFor(facility.id(), me, page, LEDGER_PAGE));
		model.addAttribute("dailyTotals", !StockRoles.seesEachIssue(me));
		model.addAttribute("canWrite", StockRoles.canWrite(me) && !facility.isVoided());
		model.addAttribute("names", names());
		return "stock/facility";
	}

	@RolesAllowed({ Roles.HEALTH_WORKER, Roles.PROGRAMME_MANAGER })
	@GetMapping("/stock/facilities/{id}/receipt")
	String receiptForm(@PathVariable UUID id, Model model) {
		PulihUser me = CurrentUser.get();
		Organisation facility = this.levels.facility(id, me.scope());
		model.addAttribute(RECEIPT_FORM,
				new ReceiptForm(null, null, null, null, null, null, this.facilities.today(me)));
		return receiptPage(facility, model);
	}

	@RolesAllowed({ Roles.HEALTH_WORKER, Roles.PROGRAMME_MANAGER })
	@PostMapping("/stock/facilities/{id}/receipt")
	String receive(@PathVariable UUID id, @ModelAttribute(RECEIPT_FORM) ReceiptForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		PulihUser me = CurrentUser.get();
		Organisation facility = this.levels.facility(id, me.scope());
		if (!result.hasErrors()) {
			try {
				this.ledger.receive(new NewReceipt(null, facility.id(), form.itemCode(), form.batchNumber(),
						form.expiresOn(), form.source(), form.quantity(), form.valueRupiah(), form.receivedOn()), me);
				redirect.addFlashAttribute("message", "stock.receipt.saved");
				return "redirect:/stock/facilities/" + facility.id();
			}
			catch (RuleViolation ex) {
				FormErrors.reject(result, ex);
			}
		}
		return receiptPage(facility, model);
	}

	@RolesAllowed({ Roles.HEALTH_WORKER, Roles.PROGRAMME_MANAGER })
	@GetMapping("/stock/facilities/{id}/transfer")
	String transferForm(@PathVariable UUID id, Model model) {
		PulihUser me = CurrentUser.get();
		Organisation facility = this.levels.facility(id, me.scope());
		model.addAttribute(TRANSFER_FORM, new TransferForm(null, null, null, null, this.facilities.today(me), null));
		return transferPage(facility, model);
	}

	@RolesAllowed({ Roles.HEALTH_WORKER, Roles.PROGRAMME_MANAGER })
	@PostMapping("/stock/facilities/{id}/transfer")
	String transfer(@PathVariable UUID id, @ModelAttribute(TRANSFER_FORM) TransferForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		PulihUser me = CurrentUser.get();
		Organisation facility = this.levels.facility(id, me.scope());
		if (!result.hasErrors()) {
			try {
				this.ledger.transfer(new NewTransfer(null, facility.id(), form.toFacilityId(), form.itemCode(),
						form.quantity(), form.batchId(), form.occurredOn(), form.note()), me);
				redirect.addFlashAttribute("message", "stock.transfer.saved");
				return "redirect:/stock/facilities/" + facility.id();
			}
			catch (RuleViolation ex) {
				FormErrors.reject(result, ex);
			}
		}
		return transferPage(facility, model);
	}

	@RolesAllowed({ Roles.HEALTH_WORKER, Roles.PROGRAMME_MANAGER })
	@GetMapping("/stock/facilities/{id}/adjustment")
	String adjustmentForm(@PathVariable UUID id, @RequestParam(required = false) @Nullable UUID batchId, Model model) {
		PulihUser me = CurrentUser.get();
		Organisation facility = this.levels.facility(id, me.scope());
		model.addAttribute(ADJUSTMENT_FORM,
				new AdjustmentForm(batchId, null, Direction.REMOVE, null, null, this.facilities.today(me), null));
		return adjustmentPage(facility, model);
	}

	@RolesAllowed({ Roles.HEALTH_WORKER, Roles.PROGRAMME_MANAGER })
	@PostMapping("/stock/facilities/{id}/adjustment")
	String adjust(@PathVariable UUID id, @ModelAttribute(ADJUSTMENT_FORM) AdjustmentForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		PulihUser me = CurrentUser.get();
		Scope scope = me.scope();
		Organisation facility = this.levels.facility(id, scope);
		if (result.hasErrors()) {
			return adjustmentPage(facility, model);
		}
		if (form.quantity() != null && form.quantity() <= 0) {
			result.rejectValue("quantity", "stock.error.quantityPositive");
			return adjustmentPage(facility, model);
		}
		Long change = form.signedQuantity();
		boolean noteMissing = form.reason() != null && form.reason().needsNote()
				&& (form.note() == null || form.note().isBlank());
		if (change != null && change < 0 && form.reason() != null && !noteMissing
				&& !Boolean.TRUE.equals(form.confirmed())) {
			try {
				StockBatch batch = this.levels.batch(facility.id(), form.batchId(), scope);
				if (batch.onHand() >= -change) {
					model.addAttribute("facility", facility);
					model.addAttribute("batch", batch);
					model.addAttribute("names", names());
					model.addAttribute("change", -change);
					return "stock/adjustment-confirm";
				}
			}
			catch (RecordNotFound ex) {
				// the ledger names the missing batch beside its field below
			}
		}
		try {
			this.ledger.adjust(new NewAdjustment(null, facility.id(), form.batchId(), form.reason(), change,
					form.note(), form.occurredOn()), me);
			redirect.addFlashAttribute("message", "stock.adjustment.saved");
			return "redirect:/stock/facilities/" + facility.id();
		}
		catch (RuleViolation ex) {
			FormErrors.reject(result, ex);
		}
		return adjustmentPage(facility, model);
	}

	@RolesAllowed({ Roles.HEALTH_WORKER, Roles.PROGRAMME_MANAGER })
	@GetMapping("/stock/facilities/{id}/count")
	String countForm(@PathVariable UUID id, @RequestParam(required = false) @Nullable UUID batchId, Model model) {
		PulihUser me = CurrentUser.get();
		Organisation facility = this.levels.facility(id, me.scope());
		model.addAttribute(COUNT_FORM, new CountForm(batchId, null, this.facilities.today(me), null));
		return countPage(facility, model);
	}

	@RolesAllowed({ Roles.HEALTH_WORKER, Roles.PROGRAMME_MANAGER })
	@PostMapping("/stock/facilities/{id}/count")
	String count(@PathVariable UUID id, @ModelAttribute(COUNT_FORM) CountForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		PulihUser me = CurrentUser.get();
		Organisation facility = this.levels.facility(id, me.scope());
		if (!result.hasErrors()) {
			try {
				LedgerEntry entry = this.ledger.count(new NewCount(null, facility.id(), form.batchId(),
						form.countedQuantity(), form.occurredOn(), form.note()), me);
				redirect.addFlashAttribute("message",
						(entry.quantity() == 0) ? "stock.count.matched" : "stock.count.reconciled");
				return "redirect:/stock/facilities/" + facility.id();
			}
			catch (RuleViolation ex) {
				FormErrors.reject(result, ex);
			}
		}
		return countPage(facility, model);
	}

	private String receiptPage(Organisation facility, Model model) {
		model.addAttribute("facility", facility);
		model.addAttribute("items", this.catalogue.activeItems());
		model.addAttribute("names", names());
		model.addAttribute("sources", FundingSource.values());
		return "stock/receipt";
	}

	private String transferPage(Organisation facility, Model model) {
		PulihUser me = CurrentUser.get();
		LocalDate today = this.facilities.today(me);
		model.addAttribute("facility", facility);
		model.addAttribute("stock",
				this.levels.onHand(facility.id(), me.scope(), today)
					.stream()
					.filter(line -> line.usable() + line.expired() > 0)
					.toList());
		model.addAttribute("batches", withStock(facility, me, today));
		model.addAttribute("destinations", this.levels.destinations(facility));
		model.addAttribute("names", names());
		return "stock/transfer";
	}

	private String adjustmentPage(Organisation facility, Model model) {
		PulihUser me = CurrentUser.get();
		model.addAttribute("facility", facility);
		model.addAttribute("batches", this.levels.batches(facility.id(), me.scope(), this.facilities.today(me)));
		model.addAttribute("reasons", AdjustmentReason.values());
		model.addAttribute("directions", Direction.values());
		model.addAttribute("names", names());
		return "stock/adjustment";
	}

	private String countPage(Organisation facility, Model model) {
		PulihUser me = CurrentUser.get();
		model.addAttribute("facility", facility);
		model.addAttribute("batches", this.levels.batches(facility.id(), me.scope(), this.facilities.today(me)));
		model.addAttribute("names", names());
		return "stock/count";
	}

	private List<StockBatch> withStock(Organisation facility, PulihUser me, LocalDate today) {
		return this.levels.batches(facility.id(), me.scope(), today).stream().filter(b -> b.onHand() > 0).toList();
	}

	private Map<String, String> names() {
		Locale locale = LocaleContextHolder.getLocale();
		return this.catalogue.names(locale);
	}

	/** Whether an adjustment for the reason "other" adds or takes away. */
	enum Direction {

		REMOVE, ADD;

		public String messageKey() {
			return "stock.direction." + name();
		}

	}

	/** What the receipt form posts. */
	record ReceiptForm(@Nullable String itemCode, @Nullable String batchNumber,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate expiresOn,
			@Nullable FundingSource source, @Nullable Long quantity, @Nullable Long valueRupiah,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate receivedOn) {

	}

	/**
	 * What the transfer form posts; without a batch, stock goes first expiry first out.
	 */
	record TransferForm(@Nullable UUID toFacilityId, @Nullable String itemCode, @Nullable UUID batchId,
			@Nullable Long quantity, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate occurredOn,
			@Nullable String note) {

	}

	/**
	 * What the adjustment form posts: a positive quantity, its direction given by the
	 * reason (or chosen, for "other"); {@code confirmed} once a removal was confirmed.
	 */
	record AdjustmentForm(@Nullable UUID batchId, @Nullable AdjustmentReason reason, @Nullable Direction direction,
			@Nullable Long quantity, @Nullable String note,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate occurredOn,
			@Nullable Boolean confirmed) {

		@Nullable Long signedQuantity() {
			if (this.quantity == null) {
				return null;
			}
			if (this.reason != null && this.reason.sign() != 0) {
				return this.reason.sign() * this.quantity;
			}
			return (this.direction == Direction.ADD) ? this.quantity : -this.quantity;
		}

	}

	/** What the count form posts. */
	record CountForm(@Nullable UUID batchId, @Nullable Long countedQuantity,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate occurredOn, @Nullable String note) {

	}

}
