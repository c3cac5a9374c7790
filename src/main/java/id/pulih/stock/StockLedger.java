package id.pulih.stock;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import id.pulih.organisation.Organisation;
import id.pulih.shared.Audited;
import id.pulih.shared.Conflict;
import id.pulih.shared.FundingSource;
import id.pulih.shared.Ids;
import id.pulih.shared.RecordNotFound;
import id.pulih.shared.RuleViolation;
import id.pulih.shared.security.CurrentUser;
import id.pulih.shared.security.PulihUser;
import id.pulih.shared.security.Scope;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A facility's stock ledger: every receipt, issue, return, transfer, adjustment and count
 * is appended as entries per batch, never changed or removed.
 * <p>
 * Each batch's on-hand quantity is kept beside the ledger in {@code stock_balance} and
 * changed in the same transaction as the entry that moves it. Every command first locks
 * the balance rows it may touch ({@code SELECT ... FOR UPDATE}, in batch-id order so two
 * commands never wait on each other in a circle), decides from the locked quantities, and
 * only then writes; the update itself also refuses to go below zero, and the table's
 * CHECK would refuse it again. So two services issuing the last syringes at the same
 * moment cannot both have them: one waits for the other and is then refused with
 * {@code stock.error.insufficient}. A refused command writes nothing.
 * <p>
 * Issues are drawn first expiry first out over the batches received on or before the day
 * of issue and not expired on it (earliest expiry, then earliest received), inside the
 * caller's transaction. A command with an id chosen by the client may be retried: the
 * same content answers what was stored, other content is a {@link Conflict}.
 */
@Service
@Transactional
public class StockLedger implements StockIssues {

	/**
	 * The most of one item one command may move (or a count may find): a guard against
	 * typing mistakes, and what keeps every sum of quantities far from overflowing.
	 */
	static final long QUANTITY_MAX = 100_000_000L;

	/**
	 * The largest value of one receipt: Rp 10,000,000,000,000 (10^13), the budget's
	 * largest amount ({@code Budgets.AMOUNT_MAX}), so the budget can always add receipts
	 * up.
	 */
	static final long VALUE_MAX = 10_000_000_000_000L;

	static final int BATCH_NUMBER_MAX = 60;

	static final int NOTE_MAX = 500;

	static final int REFERENCE_MAX = 120;

	private static final String BATCH_COLUMNS = "b.id, b.organisation_id, b.item_code, b.batch_number, b.expires_on, "
			+ "b.funding_source, b.received_on, s.on_hand";

	private final JdbcClient jdbc;

	private final Catalogue catalogue;

	private final Facilities facilities;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	StockLedger(JdbcClient jdbc, Catalogue catalogue, Facilities facilities, ApplicationEventPublisher events,
			Clock clock) {
		this.jdbc = jdbc;
		this.catalogue = catalogue;
		this.facilities = facilities;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Records a receipt at a facility inside the user's scope and publishes
	 * {@link StockReceived}.
	 * @return the receipt's ledger entry (its id is the command's id when one was given)
	 * @throws RecordNotFound when the facility is missing or outside the scope
	 * @throws RuleViolation for a missing or wrong field, e.g.
	 * {@code stock.error.sourceRequired}
	 */
	public LedgerEntry receive(NewReceipt command, PulihUser by) {
		return receive(command, by.scope(), this.facilities.today(by), by.getUsername());
	}

	/**
	 * Records a receipt without a signed-in user (demo data, imports): the scope decides
	 * which facilities may receive, today is Jakarta's, the author is the current user's
	 * name or "system".
	 */
	public LedgerEntry receive(NewReceipt command, Scope scope) {
		return receive(command, scope, this.facilities.today(), CurrentUser.name());
	}

	private LedgerEntry receive(NewReceipt command, Scope scope, LocalDate today, String author) {
		Organisation facility = this.facilities.forWrite(command.facilityId(), scope);
		if (command.id() != null) {
			List<LedgerEntry> stored = entriesOf(command.id());
			if (!stored.isEmpty()) {
				LedgerEntry entry = stored.getFirst();
				if (visible(entry, scope) && entry.kind() == EntryKind.RECEIPT && sameReceipt(entry, command)) {
					return entry;
				}
				throw new Conflict("id", "stock.error.idTaken");
			}
		}
		StockItem item = this.catalogue.require(command.itemCode(), "itemCode");
		if (!item.active()) {
			throw new RuleViolation("itemCode", "stock.error.itemInactive");
		}
		String batchNumber = batchNumber(command.batchNumber());
		if (command.expiresOn() == null) {
			throw new RuleViolation("expiresOn", "stock.error.expiryRequired");
		}
		if (command.source() == null) {
			throw new RuleViolation("source", "stock.error.sourceRequired");
		}
		long quantity = positive(command.quantity(), "quantity");
		if (command.valueRupiah() != null && command.valueRupiah() < 0) {
			throw new RuleViolation("valueRupiah", "stock.error.valueNegative");
		}
		if (command.valueRupiah() != null && command.valueRupiah() > VALUE_MAX) {
			throw new RuleViolation("valueRupiah", "stock.error.valueTooLarge", VALUE_MAX);
		}
		LocalDate receivedOn = day(command.receivedOn(), "receivedOn", today);
		if (command.expiresOn().isBefore(receivedOn)) {
			throw new RuleViolation("expiresOn", "stock.error.expiredOnReceipt");
		}
		UUID commandId = (command.id() != null) ? command.id() : Ids.newId();
		Work work = new Work(author, "quantity");
		UUID batchId = batchFor(facility, item.code(), batchNumber, command.expiresOn(), command.source(), receivedOn,
				author);
		work.lock(List.of(batchId));
		work.move(commandId, commandId, facility, batchId, item.code(), EntryKind.RECEIPT, quantity, receivedOn, null,
				null, null, null, command.valueRupiah());
		LedgerEntry entry = entry(commandId);
		this.events.publishEvent(new StockReceived(commandId, facility.id(), item.code(), command.source(), quantity,
				(command.valueRupiah() != null) ? command.valueRupiah() : 0L, receivedOn));
		audit("stock.received", "stock_receipt", commandId, facility.code() + " " + item.code() + " " + quantity + " "
				+ command.source() + " " + batchNumber + " exp " + command.expiresOn());
		return entry;
	}

	/**
	 * Issues items at a facility inside the user's scope, first expiry first out. Joins
	 * the caller's transaction: when it is refused, the caller's record is refused with
	 * it (do not catch the violation inside that transaction and carry on).
	 */
	@Override
	public List<Draw> issue(UUID facilityId, List<ItemQuantity> items, LocalDate on, String reference, PulihUser by) {
		Organisation facility = this.facilities.forWrite(facilityId, by.scope());
		String ref = reference(reference);
		LocalDate day = (on != null) ? on : this.facilities.today(by);
		Map<String, Long> wanted = new TreeMap<>();
		Map<String, StockItem> known = new HashMap<>();
		for (ItemQuantity line : (items != null) ? items : List.<ItemQuantity>of()) {
			if (line == null) {
				continue;
			}
			StockItem item = this.catalogue.require(line.itemCode(), "items");
			if (line.quantity() <= 0) {
				throw new RuleViolation("items", "stock.error.quantityPositive");
			}
			known.put(item.code(), item);
			// both at most QUANTITY_MAX: their sum cannot overflow
			long total = wanted.getOrDefault(item.code(), 0L) + Math.min(line.quantity(), QUANTITY_MAX + 1);
			if (total > QUANTITY_MAX) {
				throw new RuleViolation("items", "stock.error.quantityTooLarge", QUANTITY_MAX);
			}
			wanted.put(item.code(), total);
		}
		if (wanted.isEmpty()) {
			return List.of();
		}
		UUID commandId = Ids.newId();
		Work work = new Work(by.getUsername(), "items");
		List<StockBatch> usable = usableBatches(facility.id(), wanted.keySet(), day);
		work.lock(usable.stream().map(StockBatch::id).toList());
		List<Planned> plan = new ArrayList<>();
		for (Map.Entry<String, Long> want : wanted.entrySet()) {
			List<StockBatch> batches = usable.stream().filter(b -> b.itemCode().equals(want.getKey())).toList();
			plan.addAll(work.fefo(known.get(want.getKey()), batches, want.getValue()));
		}
		List<Draw> draws = new ArrayList<>();
		for (Planned planned : plan) {
			StockBatch batch = planned.batch();
			work.move(Ids.newId(), commandId, facility, batch.id(), batch.itemCode(), EntryKind.ISSUE,
					-planned.quantity(), day, ref, null, null, null, null);
			draws.add(new Draw(batch.itemCode(), batch.id(), batch.batchNumber(), batch.expiresOn(), batch.source(),
					planned.quantity()));
		}
		return draws;
	}

	/**
	 * Puts back what was issued under the reference at facilities inside the user's
	 * scope, net of what was already returned, to the batches it came from. Returning
	 * again returns nothing.
	 */
	@Override
	public void returnIssue(String reference, String reason, PulihUser by) {
		String ref = reference(reference);
		Scope.ScopeFilter filter = by.scope().organisationFilter("o");
		List<Object> params = new ArrayList<>();
		params.add(ref);
		if (filter.parameter() != null) {
			params.add(filter.parameter());
		}
		// What each batch still owes back: issues are negative, returns positive.
		Map<UUID, Long> owed = new LinkedHashMap<>();
		Map<UUID, String> items = new HashMap<>();
		Map<UUID, UUID> facilityOf = new HashMap<>();
		this.jdbc
			.sql("""
					SELECT e.batch_id, e.item_code, e.organisation_id, SUM(e.quantity)
					FROM stock_entry e JOIN organisation o ON o.id = e.organisation_id
					WHERE e.reference = ? AND e.kind IN ('ISSUE', 'RETURN') AND\s""" + filter.sql()
					+ " GROUP BY e.batch_id, e.item_code, e.organisation_id ORDER BY e.batch_id")
			.params(params)
			.query((rs, n) -> {
				UUID batch = rs.getObject(1, UUID.class);
				items.put(batch, rs.getString(2));
				facilityOf.put(batch, rs.getObject(3, UUID.class));
				return owed.put(batch, -rs.getLong(4));
			})
			.list();
		owed.values().removeIf(quantity -> quantity <= 0);
		if (owed.isEmpty()) {
			return;
		}
		Work work = new Work(by.getUsername(), "reference");
		work.lock(owed.keySet());
		UUID commandId = Ids.newId();
		LocalDate today = this.facilities.today(by);
		String note = clip(reason);
		Map<UUID, Organisation> facilities = new HashMap<>();
		for (Map.Entry<UUID, Long> back : owed.entrySet()) {
			Organisation facility = facilities.computeIfAbsent(facilityOf.get(back.getKey()),
					id -> this.facilities.get(id, Scope.national()));
			work.move(Ids.newId(), commandId, facility, back.getKey(), items.get(back.getKey()), EntryKind.RETURN,
					back.getValue(), today, ref, null, note, null, null);
		}
	}

	/**
	 * Sends stock from a facility inside the user's scope to another facility (anywhere).
	 * @return the entries written, at both facilities
	 */
	public List<LedgerEntry> transfer(NewTransfer command, PulihUser by) {
		Scope scope = by.scope();
		Organisation from = this.facilities.get(command.fromFacilityId(), scope);
		if (command.id() != null) {
			List<LedgerEntry> stored = entriesOf(command.id());
			if (!stored.isEmpty()) {
				if (stored.stream()
					.allMatch(e -> e.kind() == EntryKind.TRANSFER_OUT || e.kind() == EntryKind.TRANSFER_IN)
						&& visible(stored.getFirst(), scope) && sameTransfer(stored, command)) {
					return stored;
				}
				throw new Conflict("id", "stock.error.idTaken");
			}
		}
		from = this.facilities.forWrite(from.id(), scope);
		if (command.toFacilityId() != null && command.toFacilityId().equals(from.id())) {
			throw new RuleViolation("toFacilityId", "stock.error.transferToSelf");
		}
		Organisation to = this.facilities.destination(command.toFacilityId());
		StockBatch chosen = null;
		if (command.batchId() != null) {
			chosen = batch(command.batchId(), from.id())
				.orElseThrow(() -> new RuleViolation("batchId", "stock.error.batchUnknown"));
		}
		StockItem item = this.catalogue
			.require((chosen != null && (command.itemCode() == null || command.itemCode().isBlank()))
					? chosen.itemCode() : command.itemCode(), "itemCode");
		if (chosen != null && !chosen.itemCode().equals(item.code())) {
			throw new RuleViolation("batchId", "stock.error.batchUnknown");
		}
		long quantity = positive(command.quantity(), "quantity");
		LocalDate today = this.facilities.today(by);
		LocalDate day = day(command.occurredOn(), "occurredOn", today);
		String note = clip(command.note());
		if (chosen != null && chosen.receivedOn().isAfter(day)) {
			throw new RuleViolation("occurredOn", "stock.error.notYetReceived");
		}
		List<StockBatch> sources = (chosen != null) ? List.of(chosen)
				: usableBatches(from.id(), List.of(item.code()), day);
		// The receiving batches that already exist are locked with the sending ones, in
		// one
		// batch-id order.
		Map<UUID, UUID> receiving = new HashMap<>();
		for (StockBatch source : sources) {
			findBatch(to.id(), source.itemCode(), source.batchNumber(), source.expiresOn(), source.source())
				.ifPresent(id -> receiving.put(source.id(), id));
		}
		Work work = new Work(by.getUsername(), "quantity");
		List<UUID> toLock = new ArrayList<>(sources.stream().map(StockBatch::id).toList());
		toLock.addAll(receiving.values());
		work.lock(toLock);
		List<Planned> plan = work.fefo(item, sources, quantity);
		UUID commandId = (command.id() != null) ? command.id() : Ids.newId();
		for (Planned planned : plan) {
			StockBatch batch = planned.batch();
			work.move(Ids.newId(), commandId, from, batch.id(), batch.itemCode(), EntryKind.TRANSFER_OUT,
					-planned.quantity(), day, null, null, note, to.id(), null);
			UUID target = receiving.get(batch.id());
			if (target == null) {
				target = batchFor(to, batch.itemCode(), batch.batchNumber(), batch.expiresOn(), batch.source(), day,
						by.getUsername());
				work.lock(List.of(target));
			}
			work.move(Ids.newId(), commandId, to, target, batch.itemCode(), EntryKind.TRANSFER_IN, planned.quantity(),
					day, null, null, note, from.id(), null);
		}
		audit("stock.transferred", "stock_transfer", commandId,
				from.code() + " -> " + to.code() + " " + item.code() + " " + quantity);
		return entriesOf(commandId);
	}

	/** Adjusts a batch of a facility inside the user's scope, with a reason. */
	public LedgerEntry adjust(NewAdjustment command, PulihUser by) {
		Scope scope = by.scope();
		Organisation facility = this.facilities.get(command.facilityId(), scope);
		if (command.id() != null) {
			List<LedgerEntry> stored = entriesOf(command.id());
			if (!stored.isEmpty()) {
				LedgerEntry entry = stored.getFirst();
				if (entry.kind() == EntryKind.ADJUSTMENT && visible(entry, scope)
						&& entry.facilityId().equals(facility.id()) && entry.batchId().equals(command.batchId())
						&& entry.reason() == command.reason() && Objects.equals(command.quantity(), entry.quantity())
						&& Objects.equals(clip(command.note()), entry.note())
						&& (command.occurredOn() == null || command.occurredOn().equals(entry.occurredOn()))) {
					return entry;
				}
				throw new Conflict("id", "stock.error.idTaken");
			}
		}
		facility = this.facilities.forWrite(facility.id(), scope);
		StockBatch batch = requireBatch(command.batchId(), facility.id());
		AdjustmentReason reason = command.reason();
		if (reason == null) {
			throw new RuleViolation("reason", "stock.error.reasonRequired");
		}
		if (command.quantity() == null || command.quantity() == 0) {
			throw new RuleViolation("quantity", "stock.error.quantityRequired");
		}
		long quantity = command.quantity();
		if (Math.abs(quantity) > QUANTITY_MAX) {
			throw new RuleViolation("quantity", "stock.error.quantityTooLarge", QUANTITY_MAX);
		}
		if (!reason.allows(quantity)) {
			throw new RuleViolation("quantity", "stock.error.adjustmentSign");
		}
		String note = clip(command.note());
		if (reason.needsNote() && note == null) {
			throw new RuleViolation("note", "stock.error.noteRequired");
		}
		LocalDate day = day(command.occurredOn(), "occurredOn", this.facilities.today(by));
		Work work = new Work(by.getUsername(), "quantity");
		work.lock(List.of(batch.id()));
		StockItem item = this.catalogue.require(batch.itemCode(), "batchId");
		if (quantity < 0) {
			work.fefo(item, List.of(batch), -quantity);
		}
		UUID commandId = (command.id() != null) ? command.id() : Ids.newId();
		work.move(commandId, commandId, facility, batch.id(), batch.itemCode(), EntryKind.ADJUSTMENT, quantity, day,
				null, reason, note, null, null);
		audit("stock.adjusted", "stock_adjustment", commandId,
				facility.code() + " " + batch.itemCode() + " " + batch.batchNumber() + " " + quantity + " " + reason);
		return entry(commandId);
	}

	/**
	 * Records a physical count of a batch of a facility inside the user's scope. The
	 * count is always written as an entry: the difference to the ledger (which brings the
	 * balance to what was counted), or 0 when they matched, so the ledger itself shows
	 * when stock was last counted.
	 */
	public LedgerEntry count(NewCount command, PulihUser by) {
		Scope scope = by.scope();
		Organisation facility = this.facilities.get(command.facilityId(), scope);
		if (command.id() != null) {
			List<LedgerEntry> stored = entriesOf(command.id());
			if (!stored.isEmpty()) {
				LedgerEntry entry = stored.getFirst();
				if (entry.kind() == EntryKind.COUNT && visible(entry, scope) && entry.facilityId().equals(facility.id())
						&& entry.batchId().equals(command.batchId())
						&& Objects.equals(command.countedQuantity(), entry.balanceAfter())
						&& (command.occurredOn() == null || command.occurredOn().equals(entry.occurredOn()))) {
					return entry;
				}
				throw new Conflict("id", "stock.error.idTaken");
			}
		}
		facility = this.facilities.forWrite(facility.id(), scope);
		StockBatch batch = requireBatch(command.batchId(), facility.id());
		if (command.countedQuantity() == null) {
			throw new RuleViolation("countedQuantity", "stock.error.countRequired");
		}
		long counted = command.countedQuantity();
		if (counted < 0) {
			throw new RuleViolation("countedQuantity", "stock.error.countNegative");
		}
		if (counted > QUANTITY_MAX) {
			throw new RuleViolation("countedQuantity", "stock.error.quantityTooLarge", QUANTITY_MAX);
		}
		LocalDate day = day(command.occurredOn(), "occurredOn", this.facilities.today(by));
		Work work = new Work(by.getUsername(), "countedQuantity");
		work.lock(List.of(batch.id()));
		long difference = counted - work.onHand(batch.id());
		UUID commandId = (command.id() != null) ? command.id() : Ids.newId();
		work.move(commandId, commandId, facility, batch.id(), batch.itemCode(), EntryKind.COUNT, difference, day, null,
				null, clip(command.note()), null, null);
		audit("stock.counted", "stock_count", commandId, facility.code() + " " + batch.itemCode() + " "
				+ batch.batchNumber() + " counted " + counted + " difference " + difference);
		return entry(commandId);
	}

	/** The entries one command wrote, in the order written. */
	@Transactional(readOnly = true)
	public List<LedgerEntry> entriesOf(UUID commandId) {
		return this.jdbc.sql(LedgerRows.SELECT + " WHERE e.command_id = ? ORDER BY e.created_at, e.kind DESC, e.id")
			.param(commandId)
			.query(LedgerRows::map)
			.list();
	}

	private LedgerEntry entry(UUID id) {
		return this.jdbc.sql(LedgerRows.SELECT + " WHERE e.id = ?").param(id).query(LedgerRows::map).single();
	}

	private boolean visible(LedgerEntry entry, Scope scope) {
		return this.facilities.organisations().find(entry.facilityId(), scope).isPresent();
	}

	private boolean sameReceipt(LedgerEntry entry, NewReceipt command) {
		return entry.facilityId().equals(command.facilityId()) && entry.itemCode().equals(strip(command.itemCode()))
				&& entry.batchNumber().equals(strip(command.batchNumber()))
				&& entry.expiresOn().equals(command.expiresOn()) && entry.source() == command.source()
				&& Objects.equals(command.quantity(), entry.quantity())
				&& Objects.equals(command.valueRupiah(), entry.valueRupiah())
				&& (command.receivedOn() == null || command.receivedOn().equals(entry.occurredOn()));
	}

	private static boolean sameTransfer(List<LedgerEntry> stored, NewTransfer command) {
		List<LedgerEntry> out = stored.stream().filter(e -> e.kind() == EntryKind.TRANSFER_OUT).toList();
		if (out.isEmpty()) {
			return false;
		}
		LedgerEntry first = out.getFirst();
		long total = -out.stream().mapToLong(LedgerEntry::quantity).sum();
		return first.facilityId().equals(command.fromFacilityId())
				&& Objects.equals(first.counterpartId(), command.toFacilityId())
				&& (command.itemCode() == null || command.itemCode().isBlank()
						|| first.itemCode().equals(command.itemCode().strip()))
				&& Objects.equals(command.quantity(), total)
				&& (command.batchId() == null || out.stream().allMatch(e -> e.batchId().equals(command.batchId())))
				&& (command.occurredOn() == null || command.occurredOn().equals(first.occurredOn()));
	}

	/**
	 * The facility's batches of the items with stock, usable on the day (received on or
	 * before it, not expired before it), in FEFO order. A back-dated issue or transfer
	 * cannot draw stock that had not arrived yet.
	 */
	private List<StockBatch> usableBatches(UUID facilityId, Collection<String> itemCodes, LocalDate day) {
		if (itemCodes.isEmpty()) {
			return List.of();
		}
		String marks = itemCodes.stream().map(code -> "?").collect(Collectors.joining(", "));
		List<Object> params = new ArrayList<>();
		params.add(facilityId);
		params.addAll(itemCodes);
		params.add(day);
		params.add(day);
		return this.jdbc.sql("SELECT " + BATCH_COLUMNS + """
				 FROM stock_batch b JOIN stock_balance s ON s.batch_id = b.id
				WHERE b.organisation_id = ? AND b.item_code IN (%s) AND b.expires_on >= ? AND b.received_on <= ?
				  AND s.on_hand > 0
				ORDER BY b.expires_on, b.received_on, b.id""".formatted(marks))
			.params(params)
			.query(StockLedger::batchRow)
			.list();
	}

	private Optional<StockBatch> batch(UUID batchId, UUID facilityId) {
		return this.jdbc.sql("SELECT " + BATCH_COLUMNS
				+ " FROM stock_batch b JOIN stock_balance s ON s.batch_id = b.id WHERE b.id = ? AND b.organisation_id = ?")
			.params(batchId, facilityId)
			.query(StockLedger::batchRow)
			.optional();
	}

	private StockBatch requireBatch(@Nullable UUID batchId, UUID facilityId) {
		if (batchId == null) {
			throw new RuleViolation("batchId", "stock.error.batchRequired");
		}
		return batch(batchId, facilityId).orElseThrow(() -> new RuleViolation("batchId", "stock.error.batchUnknown"));
	}

	static StockBatch batchRow(ResultSet rs, int row) throws SQLException {
		return new StockBatch(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
				rs.getString(4), rs.getObject(5, LocalDate.class), FundingSource.valueOf(rs.getString(6)),
				rs.getObject(7, LocalDate.class), rs.getLong(8));
	}

	private Optional<UUID> findBatch(UUID facilityId, String itemCode, String batchNumber, LocalDate expiresOn,
			FundingSource source) {
		return this.jdbc.sql("""
				SELECT id FROM stock_batch WHERE organisation_id = ? AND item_code = ? AND batch_number = ?
				AND expires_on = ? AND funding_source = ?""")
			.params(facilityId, itemCode, batchNumber, expiresOn, source.name())
			.query(UUID.class)
			.optional();
	}

	/**
	 * The facility's batch with this number, expiry and source; created (empty) if new.
	 */
	private UUID batchFor(Organisation facility, String itemCode, String batchNumber, LocalDate expiresOn,
			FundingSource source, LocalDate receivedOn, String author) {
		Optional<UUID> existing = findBatch(facility.id(), itemCode, batchNumber, expiresOn, source);
		if (existing.isPresent()) {
			return existing.get();
		}
		UUID id = Ids.newId();
		OffsetDateTime now = now();
		this.jdbc.sql("""
				INSERT INTO stock_batch (id, organisation_id, province_code, item_code, batch_number, expires_on,
				    funding_source, received_on, created_at, created_by)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, facility.id(), facility.provinceCode(), itemCode, batchNumber, expiresOn, source.name(),
					receivedOn, now, author)
			.update();
		this.jdbc.sql("""
				INSERT INTO stock_balance (batch_id, organisation_id, on_hand, created_at, created_by, updated_at,
				    updated_by, version)
				VALUES (?, ?, 0, ?, ?, ?, ?, 0)""").params(id, facility.id(), now, author, now, author).update();
		return id;
	}

	private OffsetDateTime now() {
		return OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC);
	}

	private void audit(String action, String type, UUID id, String detail) {
		this.events.publishEvent(new Audited(action, type, id, detail));
	}

	private static String batchNumber(@Nullable String text) {
		String value = strip(text);
		if (value == null) {
			throw new RuleViolation("batchNumber", "stock.error.batchNumberRequired");
		}
		if (value.length() > BATCH_NUMBER_MAX) {
			throw new RuleViolation("batchNumber", "stock.error.tooLong", BATCH_NUMBER_MAX);
		}
		return value;
	}

	private static String reference(@Nullable String text) {
		String value = strip(text);
		if (value == null) {
			throw new RuleViolation("reference", "stock.error.referenceRequired");
		}
		if (value.length() > REFERENCE_MAX) {
			throw new RuleViolation("reference", "stock.error.tooLong", REFERENCE_MAX);
		}
		return value;
	}

	private static long positive(@Nullable Long quantity, String field) {
		if (quantity == null || quantity <= 0) {
			throw new RuleViolation(field, "stock.error.quantityPositive");
		}
		if (quantity > QUANTITY_MAX) {
			throw new RuleViolation(field, "stock.error.quantityTooLarge", QUANTITY_MAX);
		}
		return quantity;
	}

	private static LocalDate day(@Nullable LocalDate day, String field, LocalDate today) {
		if (day == null) {
			return today;
		}
		if (day.isAfter(today)) {
			throw new RuleViolation(field, "stock.error.dateInFuture");
		}
		return day;
	}

	private static @Nullable String strip(@Nullable String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	private static @Nullable String clip(@Nullable String text) {
		String value = strip(text);
		return (value != null && value.length() > NOTE_MAX) ? value.substring(0, NOTE_MAX) : value;
	}

	/** One batch's part of a draw. */
	private record Planned(StockBatch batch, long quantity) {

	}

	/**
	 * One command's locked balances: what each batch holds as seen under its lock, kept
	 * up to date as the command moves stock.
	 */
	private final class Work {

		private final Map<UUID, Long> onHand = new HashMap<>();

		private final String author;

		/** The command's field an insufficient balance is reported on. */
		private final String field;

		Work(String author, String field) {
			this.author = author;
			this.field = field;
		}

		/** Locks the balances of the batches, in batch-id order, and reads them. */
		void lock(Collection<UUID> batchIds) {
			TreeSet<UUID> ids = new TreeSet<>(Comparator.comparing(UUID::toString));
			batchIds.stream().filter(id -> !this.onHand.containsKey(id)).forEach(ids::add);
			if (ids.isEmpty()) {
				return;
			}
			String marks = ids.stream().map(id -> "?").collect(Collectors.joining(", "));
			List<Object> params = new ArrayList<>(ids);
			StockLedger.this.jdbc
				.sql("SELECT batch_id FROM stock_balance WHERE batch_id IN (" + marks
						+ ") ORDER BY batch_id FOR UPDATE")
				.params(params)
				.query(UUID.class)
				.list();
			// Read again once the locks are held: a new statement sees what the command
			// that held them committed, on H2 as on PostgreSQL (read committed).
			StockLedger.this.jdbc.sql("SELECT batch_id, on_hand FROM stock_balance WHERE batch_id IN (" + marks + ")")
				.params(params)
				.query((rs, n) -> this.onHand.put(rs.getObject(1, UUID.class), rs.getLong(2)))
				.list();
		}

		long onHand(UUID batchId) {
			return this.onHand.getOrDefault(batchId, 0L);
		}

		/**
		 * Plans taking the quantity from the (locked) batches in their order.
		 * @throws RuleViolation {@code stock.error.insufficient} when they hold too
		 * little
		 */
		List<Planned> fefo(StockItem item, List<StockBatch> batches, long quantity) {
			long available = batches.stream().mapToLong(b -> onHand(b.id())).sum();
			if (available < quantity) {
				throw insufficient(item, quantity, available);
			}
			List<Planned> plan = new ArrayList<>();
			long left = quantity;
			for (StockBatch batch : batches) {
				long take = Math.min(left, onHand(batch.id()));
				if (take > 0) {
					plan.add(new Planned(batch, take));
					left -= take;
				}
				if (left == 0) {
					break;
				}
			}
			return plan;
		}

		/**
		 * Appends an entry and moves the batch's balance by its quantity; refuses a
		 * balance below zero.
		 */
		void move(UUID entryId, UUID commandId, Organisation facility, UUID batchId, String itemCode, EntryKind kind,
				long quantity, LocalDate occurredOn, @Nullable String reference, @Nullable AdjustmentReason reason,
				@Nullable String note, @Nullable UUID counterpartId, @Nullable Long valueRupiah) {
			OffsetDateTime now = now();
			int updated = StockLedger.this.jdbc
				.sql("""
						UPDATE stock_balance SET on_hand = on_hand + ?, updated_at = ?, updated_by = ?, version = version + 1
						WHERE batch_id = ? AND on_hand + ? >= 0""")
				.params(quantity, now, this.author, batchId, quantity)
				.update();
			// Read back under the row lock the update holds: the balance the entry
			// leaves.
			long after = StockLedger.this.jdbc.sql("SELECT on_hand FROM stock_balance WHERE batch_id = ?")
				.param(batchId)
				.query(Long.class)
				.single();
			if (updated != 1) {
				throw insufficient(StockLedger.this.catalogue.require(itemCode, this.field), -quantity, after);
			}
			this.onHand.put(batchId, after);
			StockLedger.this.jdbc.sql("""
					INSERT INTO stock_entry (id, command_id, organisation_id, province_code, batch_id, item_code, kind,
					    quantity, balance_after, occurred_on, reference, reason, note, counterpart_id, value_rupiah,
					    created_at, created_by)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(entryId, commandId, facility.id(), facility.provinceCode(), batchId, itemCode, kind.name(),
						quantity, after, occurredOn, reference, (reason != null) ? reason.name() : null, note,
						counterpartId, valueRupiah, now, this.author)
				.update();
		}

		private RuleViolation insufficient(StockItem item, long asked, long available) {
			return new RuleViolation(this.field, "stock.error.insufficient",
					StockLedger.this.catalogue.resolvable(item), asked, available);
		}

	}

}
