package id.pulih.stock;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import id.pulih.demo.DemoUsers;
import id.pulih.organisation.Organisations;
import id.pulih.shared.FundingSource;
import id.pulih.shared.security.PulihUser;
import id.pulih.shared.security.Scope;
import id.pulih.support.TestUsers;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo facilities as the stock tests meet them: Puskesmas Sukasari with its health
 * worker, another Puskesmas in Bandung, the Bandung health office's warehouse and the
 * West Java programme manager. Every test adds its own catalogue item with a random code,
 * so tests never see each other's stock (nor the demo stock of the real items).
 */
final class StockWorld {

	final PulihUser nurse;

	final PulihUser officer;

	final PulihUser manager;

	final PulihUser admin;

	final UUID sukasari;

	final UUID otherPuskesmas;

	final UUID warehouse;

	final LocalDate today;

	private final Catalogue catalogue;

	private final StockLedger ledger;

	private final JdbcClient jdbc;

	StockWorld(TestUsers users, Organisations organisations, Catalogue catalogue, StockLedger ledger,
			Facilities facilities, JdbcClient jdbc) {
		this.nurse = users.load(DemoUsers.HEALTH_WORKER);
		this.officer = users.load(DemoUsers.FIELD_OFFICER);
		this.manager = users.load(DemoUsers.PROGRAMME_MANAGER);
		this.admin = users.load(DemoUsers.ADMINISTRATOR);
		this.sukasari = organisations.findByCode("PKM-327301", Scope.national()).orElseThrow().id();
		this.otherPuskesmas = organisations.findByCode("PKM-327305", Scope.national()).orElseThrow().id();
		this.warehouse = organisations.findByCode("DINKES-3273", Scope.national()).orElseThrow().id();
		this.catalogue = catalogue;
		this.ledger = ledger;
		this.jdbc = jdbc;
		this.today = facilities.today(this.nurse);
	}

	/** A new catalogue item of this test alone. */
	StockItem item() {
		String code = "T"
				+ Long.toString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE, 36).toUpperCase(Locale.ROOT);
		return this.catalogue.add(new NewItem(code, "Barang uji " + code, "Test item " + code, UnitOfIssue.PIECE, 4),
				this.admin);
	}

	/** A receipt at Sukasari by its health worker. */
	LedgerEntry receive(StockItem item, String batch, LocalDate expiresOn, long quantity) {
		return receive(this.sukasari, item, batch, expiresOn, quantity, this.today.minusDays(30));
	}

	LedgerEntry receive(UUID facility, StockItem item, String batch, LocalDate expiresOn, long quantity,
			LocalDate receivedOn) {
		PulihUser by = facility.equals(this.sukasari) ? this.nurse : this.manager;
		return this.ledger.receive(new NewReceipt(null, facility, item.code(), batch, expiresOn, FundingSource.APBD,
				quantity, 1_000L * quantity, receivedOn), by);
	}

	/** What a facility holds of an item, from the balances. */
	long onHand(UUID facility, StockItem item) {
		return this.jdbc.sql("""
				SELECT COALESCE(SUM(s.on_hand), 0) FROM stock_balance s JOIN stock_batch b ON b.id = s.batch_id
				WHERE b.organisation_id = ? AND b.item_code = ?""")
			.params(facility, item.code())
			.query(Long.class)
			.single();
	}

	/** What a facility holds of an item, summed from its ledger. */
	long ledgerSum(UUID facility, StockItem item) {
		return this.jdbc
			.sql("SELECT COALESCE(SUM(quantity), 0) FROM stock_entry WHERE organisation_id = ? AND item_code = ?")
			.params(facility, item.code())
			.query(Long.class)
			.single();
	}

	long entries(StockItem item) {
		return this.jdbc.sql("SELECT COUNT(*) FROM stock_entry WHERE item_code = ?")
			.param(item.code())
			.query(Long.class)
			.single();
	}

	long batches(StockItem item) {
		return this.jdbc.sql("SELECT COUNT(*) FROM stock_batch WHERE item_code = ?")
			.param(item.code())
			.query(Long.class)
			.single();
	}

}
