package id.pulih.budget;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import id.pulih.organisation.Organisation;
import id.pulih.organisation.Organisations;
import id.pulih.shared.security.CurrentUser;
import id.pulih.stock.StockReceived;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts every commodity receipt as realised money of the receiving facility: in the line
 * its item belongs to ({@link BudgetLine#forItem}), from its funding source, in the year
 * it was received. It runs synchronously inside the receipt's own transaction, so a
 * receipt and its realisation commit (or roll back) together. A receipt is counted once:
 * the same receipt published again changes nothing. A receipt without a value (0) counts
 * no money and is shown as a receipt of unknown value.
 */
@Component
class ReceiptRealisation {

	private final Organisations organisations;

	private final JdbcClient jdbc;

	private final Clock clock;

	ReceiptRealisation(Organisations organisations, JdbcClient jdbc, Clock clock) {
		this.organisations = organisations;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@EventListener
	void on(StockReceived event) {
		boolean counted = this.jdbc.sql("SELECT COUNT(*) FROM budget_receipt WHERE receipt_id = ?")
			.param(event.receiptId())
			.query(Long.class)
			.single() > 0;
		if (counted) {
			return;
		}
		Organisation facility = this.organisations.findUnscoped(event.facilityId())
			.orElseThrow(() -> new IllegalStateException("receipt at an unknown facility " + event.facilityId()));
		long amount = Math.max(0, event.valueRupiah());
		this.jdbc.sql("""
				INSERT INTO budget_receipt (receipt_id, organisation_id, province_code, budget_year, source, line,
				    item_code, quantity, amount, value_known, received_on, created_at, created_by)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(event.receiptId(), facility.id(), facility.provinceCode(), event.receivedOn().getYear(),
					event.source().name(), BudgetLine.forItem(event.itemCode()).name(), event.itemCode(),
					event.quantity(), amount, amount > 0, event.receivedOn(),
					OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC), CurrentUser.name())
			.update();
	}

}
