package id.pulih.stock;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import id.pulih.shared.Audited;
import id.pulih.shared.Conflict;
import id.pulih.shared.RecordNotFound;
import id.pulih.shared.RuleViolation;
import id.pulih.shared.security.PulihUser;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The commodity catalogue: the items services draw (seeded, see {@link Commodities}) and
 * those an administrator adds, each with its unit of issue and the number of weeks of
 * average use below which a facility's stock counts as low. Items are never removed; an
 * item taken out of use is made inactive (no more receipts).
 */
@Service
@Transactional
public class Catalogue {

	/** Weeks of average use below which stock is low, unless the item says otherwise. */
	public static final int DEFAULT_LOW_STOCK_WEEKS = 4;

	static final int NAME_MAX = 200;

	private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

	private final JdbcClient jdbc;

	private final MessageSource messages;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Catalogue(JdbcClient jdbc, MessageSource messages, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.messages = messages;
		this.events = events;
		this.clock = clock;
	}

	/** Every item, the seeded ones first in their fixed order, then by code. */
	@Transactional(readOnly = true)
	public List<StockItem> items() {
		return this.jdbc
			.sql("SELECT code, unit_of_issue, name_id, name_en, low_stock_weeks, active FROM stock_item "
					+ "ORDER BY CASE WHEN name_id IS NULL THEN 0 ELSE 1 END, created_at, code")
			.query((rs, n) -> new StockItem(rs.getString(1), UnitOfIssue.valueOf(rs.getString(2)), rs.getString(3),
					rs.getString(4), rs.getInt(5), rs.getBoolean(6)))
			.list();
	}

	/** The items that may be received. */
	@Transactional(readOnly = true)
	public List<StockItem> activeItems() {
		return items().stream().filter(StockItem::active).toList();
	}

	@Transactional(readOnly = true)
	public Optional<StockItem> find(@Nullable String code) {
		if (code == null || code.isBlank()) {
			return Optional.empty();
		}
		return this.jdbc
			.sql("SELECT code, unit_of_issue, name_id, name_en, low_stock_weeks, active FROM stock_item WHERE code = ?")
			.param(code.strip())
			.query((rs, n) -> new StockItem(rs.getString(1), UnitOfIssue.valueOf(rs.getString(2)), rs.getString(3),
					rs.getString(4), rs.getInt(5), rs.getBoolean(6)))
			.optional();
	}

	/**
	 * An item named by a command.
	 * @throws RuleViolation {@code stock.error.itemRequired} or
	 * {@code stock.error.unknownItem} on the field
	 */
	@Transactional(readOnly = true)
	public StockItem require(@Nullable String code, String field) {
		if (code == null || code.isBlank()) {
			throw new RuleViolation(field, "stock.error.itemRequired");
		}
		return find(code).orElseThrow(() -> new RuleViolation(field, "stock.error.unknownItem", code.strip()));
	}

	/** The item's name in the language asked for. */
	public String name(StockItem item, Locale locale) {
		return this.messages.getMessage(resolvable(item), locale);
	}

	/** Every item's name in the language asked for, by code. */
	@Transactional(readOnly = true)
	public Map<String, String> names(Locale locale) {
		Map<String, String> names = new LinkedHashMap<>();
		for (StockItem item : items()) {
			names.put(item.code(), name(item, locale));
		}
		return names;
	}

	/** The item's name in the language asked for; the code for an unknown item. */
	@Transactional(readOnly = true)
	public String name(String code, Locale locale) {
		return find(code).map(item -> name(item, locale)).orElse(code);
	}

	/**
	 * The item's name as a message argument: resolved in the reader's language for the
	 * seeded items, in the current language for those an administrator added.
	 */
	public MessageSourceResolvable resolvable(StockItem item) {
		String custom = item.customName(LocaleContextHolder.getLocale());
		return new DefaultMessageSourceResolvable(new String[] { StockItem.nameKey(item.code()) }, null,
				(custom != null) ? custom : item.code());
	}

	/** Adds an item (administrators). */
	public StockItem add(NewItem command, PulihUser by) {
		String code = (command.code() == null) ? "" : command.code().strip().toUpperCase(Locale.ROOT);
		if (code.isEmpty()) {
			throw new RuleViolation("code", "stock.error.codeRequired");
		}
		if (!CODE.matcher(code).matches()) {
			throw new RuleViolation("code", "stock.error.codeInvalid");
		}
		String nameId = text(command.nameId(), "nameId", true);
		String nameEn = text(command.nameEn(), "nameEn", false);
		if (command.unitOfIssue() == null) {
			throw new RuleViolation("unitOfIssue", "stock.error.unitRequired");
		}
		int weeks = weeks(command.lowStockWeeks());
		if (find(code).isPresent()) {
			throw new Conflict("code", "stock.error.codeTaken", code);
		}
		OffsetDateTime now = OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC);
		this.jdbc.sql("""
				INSERT INTO stock_item (code, unit_of_issue, name_id, name_en, low_stock_weeks, active,
				    created_at, created_by, updated_at, updated_by, version)
				VALUES (?, ?, ?, ?, ?, TRUE, ?, ?, ?, ?, 0)""")
			.params(code, command.unitOfIssue().name(), nameId, nameEn, weeks, now, by.getUsername(), now,
					by.getUsername())
			.update();
		this.events.publishEvent(new Audited("stock.itemAdded", "stock_item", null,
				code + " " + command.unitOfIssue() + " " + weeks + "w"));
		return find(code).orElseThrow();
	}

	/** Changes an item's low-stock weeks and whether it is in use (administrators). */
	public StockItem change(String code, @Nullable Integer lowStockWeeks, boolean active, PulihUser by) {
		StockItem item = find(code).orElseThrow(() -> new RecordNotFound("item"));
		int weeks = weeks(lowStockWeeks);
		if (item.lowStockWeeks() == weeks && item.active() == active) {
			return item;
		}
		OffsetDateTime now = OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC);
		this.jdbc.sql("""
				UPDATE stock_item SET low_stock_weeks = ?, active = ?, updated_at = ?, updated_by = ?,
				    version = version + 1 WHERE code = ?""")
			.params(weeks, active, now, by.getUsername(), item.code())
			.update();
		this.events.publishEvent(new Audited("stock.itemChanged", "stock_item", null, item.code() + " "
				+ item.lowStockWeeks() + "w -> " + weeks + "w" + (item.active() != active ? " active=" + active : "")));
		return find(code).orElseThrow();
	}

	private static int weeks(@Nullable Integer weeks) {
		if (weeks == null) {
			return DEFAULT_LOW_STOCK_WEEKS;
		}
		if (weeks < 1 || weeks > 52) {
			throw new RuleViolation("lowStockWeeks", "stock.error.weeksRange");
		}
		return weeks;
	}

	private static @Nullable String text(@Nullable String text, String field, boolean required) {
		String value = (text == null) ? null : text.strip();
		if (value == null || value.isEmpty()) {
			if (required) {
				throw new RuleViolation(field, "stock.error.nameRequired");
			}
			return null;
		}
		if (value.length() > NAME_MAX) {
			throw new RuleViolation(field, "stock.error.tooLong", NAME_MAX);
		}
		return value;
	}

}
