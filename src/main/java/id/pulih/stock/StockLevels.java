package id.pulih.stock;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import id.pulih.organisation.Organisation;
import id.pulih.organisation.OrganisationType;
import id.pulih.shared.FundingSource;
import id.pulih.shared.RecordNotFound;
import id.pulih.shared.security.PulihUser;
import id.pulih.shared.security.Scope;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What facilities hold: stock on hand by item and funding source, the batches, the
 * ledger, and the alerts for low stock (on hand below the item's weeks of average use
 * over the last weeks) and for batches near or past expiry. Everything is read through
 * the caller's scope: a facility outside it is missing (404).
 */
@Service
@Transactional(readOnly = true)
public class StockLevels {

	/** The most ledger entries one page may ask for. */
	public static final int PAGE_MAX = 200;

	private static final int FACILITIES_SHOWN = 200;

	private final JdbcClient jdbc;

	private final Catalogue catalogue;

	private final Facilities facilities;

	private final StockProperties properties;

	StockLevels(JdbcClient jdbc, Catalogue catalogue, Facilities facilities, StockProperties properties) {
		this.jdbc = jdbc;
		this.catalogue = catalogue;
		this.facilities = facilities;
		this.properties = properties;
	}

	/** A facility inside the scope, or {@link RecordNotFound}. */
	public Organisation facility(@Nullable UUID id, Scope scope) {
		return this.facilities.get(id, scope);
	}

	/**
	 * The active facilities inside the scope, by name, matching a term (name or code).
	 */
	public List<FacilitySummary> facilities(Scope scope, @Nullable String term) {
		Scope.ScopeFilter filter = scope.organisationFilter("o");
		List<Object> params = new ArrayList<>();
		if (filter.parameter() != null) {
			params.add(filter.parameter());
		}
		StringBuilder sql = new StringBuilder("SELECT o.id, o.code, o.name, o.org_type FROM organisation o WHERE ")
			.append(filter.sql())
			.append(" AND o.voided_at IS NULL AND o.org_type IN (")
			.append(Facilities.TYPES.stream().map(type -> "'" + type.name() + "'").collect(Collectors.joining(", ")))
			.append(")");
		if (term != null && !term.isBlank()) {
			sql.append(" AND (LOWER(o.name) LIKE ? OR LOWER(o.code) LIKE ?)");
			String like = "%" + term.strip().toLowerCase(Locale.ROOT) + "%";
			params.add(like);
			params.add(like);
		}
		sql.append(" ORDER BY o.name LIMIT ").append(FACILITIES_SHOWN);
		return this.jdbc.sql(sql.toString())
			.params(params)
			.query((rs, n) -> new FacilitySummary(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
					OrganisationType.valueOf(rs.getString(4))))
			.list();
	}

	/**
	 * Where a facility may send stock: the active facilities of its own regency (or
	 * province, for a provincial warehouse) and its province's health office, other than
	 * itself. (The API accepts any facility.)
	 */
	public List<FacilitySummary> destinations(Organisation from) {
		String area = (from.areaCode() != null) ? from.areaCode() : "";
		String regency = (area.length() >= 5) ? area.substring(0, 5) : area;
		String province = (area.length() >= 2) ? area.substring(0, 2) : area;
		List<FacilitySummary> found = new ArrayList<>();
		for (FacilitySummary facility : facilities(Scope.area(regency), null)) {
			found.add(facility);
		}
		for (FacilitySummary facility : facilities(Scope.area(province), null)) {
			if (facility.type() == OrganisationType.DINKES_PROVINCE
					&& found.stream().noneMatch(f -> f.id().equals(facility.id()))) {
				found.add(facility);
			}
		}
		return found.stream().filter(f -> !f.id().equals(from.id())).toList();
	}

	/**
	 * What a facility inside the scope holds of each item: the active catalogue items and
	 * any other item it still holds, usable (not expired on the day) and expired, and the
	 * usable stock by funding source.
	 */
	public List<ItemStock> onHand(UUID facilityId, Scope scope, LocalDate day) {
		Organisation facility = this.facilities.get(facilityId, scope);
		Map<String, ItemStock> stock = new LinkedHashMap<>();
		for (StockItem item : this.catalogue.items()) {
			if (item.active()) {
				stock.put(item.code(), ItemStock.empty(item));
			}
		}
		Map<String, StockItem> all = new HashMap<>();
		this.catalogue.items().forEach(item -> all.put(item.code(), item));
		this.jdbc.sql("""
				SELECT b.item_code, b.funding_source,
				       SUM(CASE WHEN b.expires_on >= ? THEN s.on_hand ELSE 0 END),
				       SUM(CASE WHEN b.expires_on < ? THEN s.on_hand ELSE 0 END)
				FROM stock_batch b JOIN stock_balance s ON s.batch_id = b.id
				WHERE b.organisation_id = ? AND s.on_hand > 0
				GROUP BY b.item_code, b.funding_source""").params(day, day, facility.id()).query((rs, n) -> {
			String code = rs.getString(1);
			ItemStock line = stock.computeIfAbsent(code, c -> ItemStock.empty(all.get(c)));
			stock.put(code, line.plus(FundingSource.valueOf(rs.getString(2)), rs.getLong(3), rs.getLong(4)));
			return code;
		}).list();
		return List.copyOf(stock.values());
	}

	/**
	 * The facility's batches that hold stock or have not expired, by item and expiry (for
	 * counts, adjustments and transfers).
	 */
	public List<StockBatch> batches(UUID facilityId, Scope scope, LocalDate day) {
		Organisation facility = this.facilities.get(facilityId, scope);
		return this.jdbc.sql("SELECT b.id, b.organisation_id, b.item_code, b.batch_number, b.expires_on, "
				+ "b.funding_source, b.received_on, s.on_hand FROM stock_batch b JOIN stock_balance s ON s.batch_id = b.id "
				+ "WHERE b.organisation_id = ? AND (s.on_hand > 0 OR b.expires_on >= ?) "
				+ "ORDER BY b.item_code, b.expires_on, b.received_on, b.id")
			.params(facility.id(), day)
			.query(StockLedger::batchRow)
			.list();
	}

	/** One batch of a facility inside the scope, or {@link RecordNotFound}. */
	public StockBatch batch(UUID facilityId, @Nullable UUID batchId, Scope scope) {
		Organisation facility = this.facilities.get(facilityId, scope);
		if (batchId == null) {
			throw new RecordNotFound("batch");
		}
		return this.jdbc.sql("SELECT b.id, b.organisation_id, b.item_code, b.batch_number, b.expires_on, "
				+ "b.funding_source, b.received_on, s.on_hand FROM stock_batch b JOIN stock_balance s ON s.batch_id = b.id "
				+ "WHERE b.id = ? AND b.organisation_id = ?")
			.params(batchId, facility.id())
			.query(StockLedger::batchRow)
			.optional()
			.orElseThrow(() -> new RecordNotFound("batch"));
	}

	/**
	 * The facility's alerts on the day: items whose usable stock would last fewer weeks
	 * than the item's low-stock weeks at the average weekly use (issues net of returns)
	 * over the last {@code pulih.stock.usage-weeks} weeks (no alert for an item not
	 * issued then), batches with stock expiring within
	 * {@code pulih.stock.near-expiry-days} days, and expired batches still held.
	 */
	public Alerts alerts(UUID facilityId, Scope scope, LocalDate day) {
		Organisation facility = this.facilities.get(facilityId, scope);
		int weeks = this.properties.usageWeeks();
		Map<String, Long> used = new HashMap<>();
		this.jdbc
			.sql("""
					SELECT e.item_code, -SUM(e.quantity) FROM stock_entry e
					WHERE e.organisation_id = ? AND e.kind IN ('ISSUE', 'RETURN') AND e.occurred_on > ? AND e.occurred_on <= ?
					GROUP BY e.item_code""")
			.params(facility.id(), day.minusWeeks(weeks), day)
			.query((rs, n) -> used.put(rs.getString(1), rs.getLong(2)))
			.list();
		List<LowStock> low = new ArrayList<>();
		if (!used.isEmpty()) {
			Map<String, Long> usable = new HashMap<>();
			this.jdbc.sql("""
					SELECT b.item_code, SUM(s.on_hand) FROM stock_batch b JOIN stock_balance s ON s.batch_id = b.id
					WHERE b.organisation_id = ? AND b.expires_on >= ? GROUP BY b.item_code""")
				.params(facility.id(), day)
				.query((rs, n) -> usable.put(rs.getString(1), rs.getLong(2)))
				.list();
			for (StockItem item : this.catalogue.items()) {
				long use = used.getOrDefault(item.code(), 0L);
				long onHand = usable.getOrDefault(item.code(), 0L);
				// onHand < lowStockWeeks x (use / weeks), in whole numbers
				if (item.active() && use > 0 && onHand * weeks < (long) item.lowStockWeeks() * use) {
					long threshold = ((long) item.lowStockWeeks() * use + weeks - 1) / weeks;
					low.add(new LowStock(item.code(), item.unitOfIssue(), onHand, (use + weeks - 1) / weeks, threshold,
							item.lowStockWeeks()));
				}
			}
		}
		List<StockBatch> near = this.jdbc
			.sql("SELECT b.id, b.organisation_id, b.item_code, b.batch_number, "
					+ "b.expires_on, b.funding_source, b.received_on, s.on_hand FROM stock_batch b "
					+ "JOIN stock_balance s ON s.batch_id = b.id WHERE b.organisation_id = ? AND s.on_hand > 0 "
					+ "AND b.expires_on < ? ORDER BY b.expires_on, b.item_code, b.id")
			.params(facility.id(), day.plusDays(this.properties.nearExpiryDays() + 1L))
			.query(StockLedger::batchRow)
			.list();
		return new Alerts(low, near.stream().filter(b -> !b.expiredOn(day)).toList(),
				near.stream().filter(b -> b.expiredOn(day)).toList());
	}

	/**
	 * A page of the facility's ledger, newest first, every entry with its reference and
	 * note: what a health worker (or a service) may see. Pages and the API read it
	 * through {@link #ledgerFor}, which hides issues one by one from other readers.
	 */
	public LedgerPage ledger(UUID facilityId, Scope scope, int page, int size) {
		Organisation facility = this.facilities.get(facilityId, scope);
		int pageSize = pageSize(size);
		int pageNumber = Math.max(0, page);
		List<LedgerEntry> entries = everyEntry(facility, pageNumber, pageSize);
		boolean hasNext = entries.size() > pageSize;
		List<LedgerEntry> shown = hasNext ? entries.subList(0, pageSize) : entries;
		return new LedgerPage(List.copyOf(shown), pageNumber, pageSize, hasNext,
				counterparts(shown.stream().map(LedgerEntry::counterpartId).toList()));
	}

	/**
	 * A page of the facility's ledger, newest first, as the reader may see it: every
	 * entry for a health worker; for other readers the issues and returns added up per
	 * batch and day, without what they were for (see {@link LedgerLine}).
	 */
	public LedgerLines ledgerFor(UUID facilityId, PulihUser reader, int page, int size) {
		Organisation facility = this.facilities.get(facilityId, reader.scope());
		int pageSize = pageSize(size);
		int pageNumber = Math.max(0, page);
		List<LedgerLine> lines;
		if (StockRoles.seesEachIssue(reader)) {
			lines = everyEntry(facility, pageNumber, pageSize).stream().map(LedgerLine::of).toList();
		}
		else {
			lines = this.jdbc.sql(LedgerRows.DAILY_TOTALS_PAGE)
				.params(facility.id(), facility.id(), pageSize + 1, (long) pageNumber * pageSize)
				.query(LedgerRows::line)
				.list();
		}
		boolean hasNext = lines.size() > pageSize;
		List<LedgerLine> shown = hasNext ? lines.subList(0, pageSize) : lines;
		return new LedgerLines(List.copyOf(shown), pageNumber, pageSize, hasNext,
				counterparts(shown.stream().map(LedgerLine::counterpartId).toList()));
	}

	private static int pageSize(int size) {
		return Math.max(1, Math.min(size, PAGE_MAX));
	}

	/** One more entry than the page holds, to tell whether another page follows. */
	private List<LedgerEntry> everyEntry(Organisation facility, int pageNumber, int pageSize) {
		return this.jdbc
			.sql(LedgerRows.SELECT
					+ " WHERE e.organisation_id = ? ORDER BY e.created_at DESC, e.id DESC LIMIT ? OFFSET ?")
			.params(facility.id(), pageSize + 1, (long) pageNumber * pageSize)
			.query(LedgerRows::map)
			.list();
	}

	/** The names of the other facilities of the transfers shown. */
	private Map<UUID, String> counterparts(List<@Nullable UUID> ids) {
		Map<UUID, String> names = new HashMap<>();
		for (UUID id : ids) {
			if (id != null) {
				names.computeIfAbsent(id, other -> {
					Organisation found = this.facilities.anyOrganisation(other);
					return (found != null) ? found.name() : "";
				});
			}
		}
		return names;
	}

	/**
	 * The entries one command wrote at a facility inside the reader's scope (404 when
	 * none). Issues and returns are client-level events: only health workers may look one
	 * up (for others it is missing, 404).
	 */
	public List<LedgerEntry> movement(UUID facilityId, UUID commandId, PulihUser reader) {
		Organisation facility = this.facilities.get(facilityId, reader.scope());
		List<LedgerEntry> entries = this.jdbc
			.sql(LedgerRows.SELECT + " WHERE e.command_id = ? AND e.organisation_id = ? ORDER BY e.created_at, e.id")
			.params(commandId, facility.id())
			.query(LedgerRows::map)
			.list();
		if (entries.isEmpty() || (!StockRoles.seesEachIssue(reader)
				&& entries.stream().anyMatch(e -> LedgerLine.isClientMovement(e.kind())))) {
			throw new RecordNotFound("movement");
		}
		return entries;
	}

	/** An active facility, as listed. */
	public record FacilitySummary(UUID id, String code, String name, OrganisationType type) {

	}

	/**
	 * What a facility holds of one item.
	 *
	 * @param usable on hand in batches not expired
	 * @param expired on hand in expired batches (to be written off)
	 * @param bySource usable stock per funding source
	 */
	public record ItemStock(String itemCode, UnitOfIssue unitOfIssue, long usable, long expired,
			Map<FundingSource, Long> bySource) {

		static ItemStock empty(StockItem item) {
			return new ItemStock(item.code(), item.unitOfIssue(), 0, 0, new EnumMap<>(FundingSource.class));
		}

		ItemStock plus(FundingSource source, long usableMore, long expiredMore) {
			Map<FundingSource, Long> sources = new EnumMap<>(FundingSource.class);
			sources.putAll(this.bySource);
			if (usableMore > 0) {
				sources.merge(source, usableMore, Long::sum);
			}
			return new ItemStock(this.itemCode, this.unitOfIssue, this.usable + usableMore, this.expired + expiredMore,
					sources);
		}

	}

	/**
	 * An item running low at a facility.
	 *
	 * @param weeklyUse average weekly issues (rounded up)
	 * @param threshold the stock below which it is low
	 */
	public record LowStock(String itemCode, UnitOfIssue unitOfIssue, long usable, long weeklyUse, long threshold,
			int weeks) {

	}

	/** A facility's alerts. */
	public record Alerts(List<LowStock> lowStock, List<StockBatch> nearExpiry, List<StockBatch> expired) {

		public boolean isEmpty() {
			return this.lowStock.isEmpty() && this.nearExpiry.isEmpty() && this.expired.isEmpty();
		}

		public int count() {
			return this.lowStock.size() + this.nearExpiry.size() + this.expired.size();
		}

	}

	/**
	 * A page of a ledger.
	 *
	 * @param counterparts names of the other facilities of the transfers shown
	 */
	public record LedgerPage(List<LedgerEntry> entries, int page, int size, boolean hasNext,
			Map<UUID, String> counterparts) {

	}

	/**
	 * A page of a ledger as a reader sees it.
	 *
	 * @param entries the lines: entries, and for readers other than health workers daily
	 * totals of issues and returns
	 * @param counterparts names of the other facilities of the transfers shown
	 */
	public record LedgerLines(List<LedgerLine> entries, int page, int size, boolean hasNext,
			Map<UUID, String> counterparts) {

	}

}
