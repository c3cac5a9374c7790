package id.pulih.stock;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import id.pulih.shared.FundingSource;

/** How ledger entries are read: the entry joined with its batch. */
final class LedgerRows {

	static final String SELECT = """
			SELECT e.id, e.command_id, e.organisation_id, e.batch_id, e.item_code, b.batch_number, b.expires_on,
			       b.funding_source, e.kind, e.quantity, e.balance_after, e.occurred_on, e.reference, e.reason, e.note,
			       e.counterpart_id, e.value_rupiah, e.created_at, e.created_by
			FROM stock_entry e JOIN stock_batch b ON b.id = e.batch_id""";

	/**
	 * A page of a facility's ledger with the issues and returns added up per batch, kind
	 * and day (parameters: the facility twice, then the limit and offset), newest first:
	 * a daily total stands where the last of its entries was recorded. The totals carry
	 * no id, command, reference, note, time or author.
	 */
	static final String DAILY_TOTALS_PAGE = """
			SELECT x.id, x.command_id, x.organisation_id, x.batch_id, x.item_code, b.batch_number, b.expires_on,
			       b.funding_source, x.kind, x.quantity, x.balance_after, x.occurred_on, x.reference, x.reason, x.note,
			       x.counterpart_id, x.value_rupiah, x.created_at, x.created_by, x.daily_total
			FROM (
			  SELECT e.id, e.command_id, e.organisation_id, e.batch_id, e.item_code, e.kind, e.quantity,
			         e.balance_after, e.occurred_on, e.reference, e.reason, e.note, e.counterpart_id, e.value_rupiah,
			         e.created_at, e.created_by, FALSE AS daily_total, e.created_at AS sort_at, e.id AS sort_id
			  FROM stock_entry e
			  WHERE e.organisation_id = ? AND e.kind NOT IN ('ISSUE', 'RETURN')
			  UNION ALL
			  SELECT CAST(NULL AS UUID), CAST(NULL AS UUID), d.organisation_id, d.batch_id, d.item_code, d.kind,
			         d.total, d.balance_after, d.occurred_on, CAST(NULL AS VARCHAR(120)), CAST(NULL AS VARCHAR(20)),
			         CAST(NULL AS VARCHAR(500)), CAST(NULL AS UUID), CAST(NULL AS BIGINT),
			         CAST(NULL AS TIMESTAMP WITH TIME ZONE), CAST(NULL AS VARCHAR(100)), TRUE, d.created_at, d.id
			  FROM (
			    SELECT e.id, e.organisation_id, e.batch_id, e.item_code, e.kind, e.balance_after, e.occurred_on,
			           e.created_at,
			           ROW_NUMBER() OVER (PARTITION BY e.batch_id, e.kind, e.occurred_on
			                              ORDER BY e.created_at DESC, e.id DESC) AS last_first,
			           CAST(SUM(e.quantity) OVER (PARTITION BY e.batch_id, e.kind, e.occurred_on) AS BIGINT) AS total
			    FROM stock_entry e
			    WHERE e.organisation_id = ? AND e.kind IN ('ISSUE', 'RETURN')
			  ) d
			  WHERE d.last_first = 1
			) x JOIN stock_batch b ON b.id = x.batch_id
			ORDER BY x.sort_at DESC, x.sort_id DESC LIMIT ? OFFSET ?""";

	private LedgerRows() {
	}

	static LedgerEntry map(ResultSet rs, int row) throws SQLException {
		String reason = rs.getString(14);
		long value = rs.getLong(17);
		Long valueRupiah = rs.wasNull() ? null : value;
		return new LedgerEntry(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
				rs.getObject(4, UUID.class), rs.getString(5), rs.getString(6), rs.getObject(7, LocalDate.class),
				FundingSource.valueOf(rs.getString(8)), EntryKind.valueOf(rs.getString(9)), rs.getLong(10),
				rs.getLong(11), rs.getObject(12, LocalDate.class), rs.getString(13),
				(reason != null) ? AdjustmentReason.valueOf(reason) : null, rs.getString(15),
				rs.getObject(16, UUID.class), valueRupiah, rs.getObject(18, OffsetDateTime.class).toInstant(),
				rs.getString(19));
	}

	/** A row of {@link #DAILY_TOTALS_PAGE}. */
	static LedgerLine line(ResultSet rs, int row) throws SQLException {
		String reason = rs.getString(14);
		long value = rs.getLong(17);
		Long valueRupiah = rs.wasNull() ? null : value;
		OffsetDateTime createdAt = rs.getObject(18, OffsetDateTime.class);
		return new LedgerLine(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
				rs.getObject(4, UUID.class), rs.getString(5), rs.getString(6), rs.getObject(7, LocalDate.class),
				FundingSource.valueOf(rs.getString(8)), EntryKind.valueOf(rs.getString(9)), rs.getLong(10),
				rs.getLong(11), rs.getObject(12, LocalDate.class), rs.getString(13),
				(reason != null) ? AdjustmentReason.valueOf(reason) : null, rs.getString(15),
				rs.getObject(16, UUID.class), valueRupiah, (createdAt != null) ? createdAt.toInstant() : null,
				rs.getString(19), rs.getBoolean(20));
	}

}
