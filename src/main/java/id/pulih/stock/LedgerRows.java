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

}
