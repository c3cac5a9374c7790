package id.pulih.stock;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;

import id.pulih.organisation.Organisation;
import id.pulih.shared.FundingSource;
import id.pulih.shared.security.CurrentUser;
import id.pulih.shared.security.PulihUser;
import id.pulih.shared.security.Roles;
import id.pulih.shared.security.Scope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Stock for integrations and offline clients: the catalogue, a facility's stock on hand
 * and alerts, its batches and ledger, and receipts, transfers, adjustments and counts.
 * Issues are not offered here: they come only from the services that hand items out.
 * Every write may carry an id chosen by the client so it can be retried: the same id with
 * the same content answers what was stored (200), other content 409. A facility outside
 * the caller's scope answers 404 like a missing one; broken rules answer 422 naming the
 * field.
 */
@RestController
@RequestMapping("/api/v1/stock")
@Tag(name = "Commodities", description = "Catalogue, stock on hand, ledger, receipts, transfers, adjustments, counts")
class StockApi {

	private final StockLevels levels;

	private final StockLedger ledger;

	private final Catalogue catalogue;

	private final Facilities facilities;

	StockApi(StockLevels levels, StockLedger ledger, Catalogue catalogue, Facilities facilities) {
		this.levels = levels;
		this.ledger = ledger;
		this.catalogue = catalogue;
		this.facilities = facilities;
	}

	@PermitAll
	@GetMapping("/items")
	@Operation(summary = "The catalogue: every item with its unit of issue and low-stock weeks")
	List<StockItem> items() {
		return this.catalogue.items();
	}

	@RolesAllowed({ Roles.HEALTH_WORKER, Roles.PROGRAMME_MANAGER, Roles.FIELD_OFFICER })
	@GetMapping("/facilities/{id}")
	@Operation(summary = "A facility's stock on hand by item and funding source, and its alerts")
	FacilityStock facility(@PathVariable UUID id) {
		PulihUser me = CurrentUser.get();
		Scope scope = me.scope();
		Organisation facility = this.levels.facility(id, scope);
		LocalDate today = this.facilities.today(me);
		return new FacilityStock(facility.id(), facility.code(), facility.name(), today,
				this.levels.onHand(facility.id(), scope, today), this.levels.alerts(facility.id(), scope, today));
	}

	@RolesAllowed({ Roles.HEALTH_WORKER, Roles.PROGRAMME_MANAGER, Roles.FIELD_OFFICER })
	@GetMapping("/facilities/{id}/batches")
	@Operation(summary = "A facility's batches that hold stock or have not expired")
	List<StockBatch> batches(@PathVariable UUID id) {
		PulihUser me = CurrentUser.get();
		return this.levels.batches(id, me.scope(), this.facilities.today(me));
	}

	@RolesAllowed({ Roles.HEALTH_WORKER, Roles.PROGRAMME_MANAGER, Roles.FIELD_OFFICER })
	@GetMapping("/facilities/{id}/ledger")
	@Operation(summary = "A page of a facility's ledger, newest first. Health workers get every entry; others get "
			+ "issues and returns as daily totals per batch (dailyTotal true), without reference or note")
	LedgerPageView ledger(@PathVariable UUID id, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		StockLevels.LedgerLines found = this.levels.ledgerFor(id, CurrentUser.get(), page, size);
		return new LedgerPageView(found.entries(), found.page(), found.size(), found.hasNext());
	}

	@RolesAllowed({ Roles.HEALTH_WORKER, Roles.PROGRAMME_MANAGER, Roles.FIELD_OFFICER })
	@GetMapping("/facilities/{id}/movements/{movementId}")
	@Operation(summary = "The ledger entries of one receipt, transfer, adjustment or count at a facility (and, for "
			+ "health workers, of one issue or return)")
	List<LedgerEntry> movement(@PathVariable UUID id, @PathVariable UUID movementId) {
		return this.levels.movement(id, movementId, CurrentUser.get());
	}

	@RolesAllowed({ Roles.HEALTH_WORKER, Roles.PROGRAMME_MANAGER })
	@PostMapping("/facilities/{id}/receipts")
	@Operation(summary = "Record a receipt (201), or repeat one with the same id and content (200)")
	ResponseEntity<LedgerEntry> receive(@PathVariable UUID id, @RequestBody ReceiptRequest request) {
		PulihUser me = CurrentUser.get();
		Organisation facility = this.levels.facility(id, me.scope());
		boolean repeated = isRepeat(request.id());
		LedgerEntry entry = this.ledger.receive(new NewReceipt(request.id(), facility.id(), request.itemCode(),
				request.batchNumber(), request.expiresOn(), request.source(), request.quantity(), request.valueRupiah(),
				request.receivedOn()), me);
		return answer(repeated, facility.id(), entry.commandId(), entry);
	}

	@RolesAllowed({ Roles.HEALTH_WORKER, Roles.PROGRAMME_MANAGER })
	@PostMapping("/facilities/{id}/transfers")
	@Operation(summary = "Send stock to another facility (201), or repeat a transfer (200)")
	ResponseEntity<List<LedgerEntry>> transfer(@PathVariable UUID id, @RequestBody TransferRequest request) {
		PulihUser me = CurrentUser.get();
		Organisation facility = this.levels.facility(id, me.scope());
		boolean repeated = isRepeat(request.id());
		List<LedgerEntry> entries = this.ledger
			.transfer(new NewTransfer(request.id(), facility.id(), request.toFacilityId(), request.itemCode(),
					request.quantity(), request.batchId(), request.occurredOn(), request.note()), me);
		return answer(repeated, facility.id(), entries.getFirst().commandId(), entries);
	}

	@RolesAllowed({ Roles.HEALTH_WORKER, Roles.PROGRAMME_MANAGER })
	@PostMapping("/facilities/{id}/adjustments")
	@Operation(summary = "Adjust a batch with a reason (201), or repeat an adjustment (200)")
	ResponseEntity<LedgerEntry> adjust(@PathVariable UUID id, @RequestBody AdjustmentRequest request) {
		PulihUser me = CurrentUser.get();
		Organisation facility = this.levels.facility(id, me.scope());
		boolean repeated = isRepeat(request.id());
		LedgerEntry entry = this.ledger.adjust(new NewAdjustment(request.id(), facility.id(), request.batchId(),
				request.reason(), request.quantity(), request.note(), request.occurredOn()), me);
		return answer(repeated, facility.id(), entry.commandId(), entry);
	}

	@RolesAllowed({ Roles.HEALTH_WORKER, Roles.PROGRAMME_MANAGER })
	@PostMapping("/facilities/{id}/counts")
	@Operation(summary = "Record a physical count of a batch, reconciling the ledger (201), or repeat one (200)")
	ResponseEntity<LedgerEntry> count(@PathVariable UUID id, @RequestBody CountRequest request) {
		PulihUser me = CurrentUser.get();
		Organisation facility = this.levels.facility(id, me.scope());
		boolean repeated = isRepeat(request.id());
		LedgerEntry entry = this.ledger.count(new NewCount(request.id(), facility.id(), request.batchId(),
				request.countedQuantity(), request.occurredOn(), request.note()), me);
		return answer(repeated, facility.id(), entry.commandId(), entry);
	}

	private boolean isRepeat(@Nullable UUID id) {
		return id != null && !this.ledger.entriesOf(id).isEmpty();
	}

	private static <T> ResponseEntity<T> answer(boolean repeated, UUID facilityId, UUID movementId, T body) {
		if (repeated) {
			return ResponseEntity.ok(body);
		}
		return ResponseEntity.created(URI.create("/api/v1/stock/facilities/" + facilityId + "/movements/" + movementId))
			.body(body);
	}

	/** A facility's stock: on hand per item and source, and its alerts, as of today. */
	record FacilityStock(UUID facilityId, String code, String name, LocalDate asOf, List<StockLevels.ItemStock> items,
			StockLevels.Alerts alerts) {

	}

	record LedgerPageView(List<LedgerLine> entries, int page, int size, boolean hasNext) {

	}

	record ReceiptRequest(@Nullable UUID id, @Nullable String itemCode, @Nullable String batchNumber,
			@Nullable LocalDate expiresOn, @Nullable FundingSource source, @Nullable Long quantity,
			@Nullable Long valueRupiah, @Nullable LocalDate receivedOn) {

	}

	record TransferRequest(@Nullable UUID id, @Nullable UUID toFacilityId, @Nullable String itemCode,
			@Nullable Long quantity, @Nullable UUID batchId, @Nullable LocalDate occurredOn, @Nullable String note) {

	}

	/**
	 * @param quantity the signed change: negative takes away, positive adds
	 */
	record AdjustmentRequest(@Nullable UUID id, @Nullable UUID batchId, @Nullable AdjustmentReason reason,
			@Nullable Long quantity, @Nullable String note, @Nullable LocalDate occurredOn) {

	}

	record CountRequest(@Nullable UUID id, @Nullable UUID batchId, @Nullable Long countedQuantity,
			@Nullable LocalDate occurredOn, @Nullable String note) {

	}

}
