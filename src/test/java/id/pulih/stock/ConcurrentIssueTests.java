package id.pulih.stock;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import id.pulih.organisation.Organisations;
import id.pulih.shared.RuleViolation;
import id.pulih.support.PulihSpringTest;
import id.pulih.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two services issue the same item at the same facility at the same moment, together
 * asking for more than is on hand: exactly one gets it, the other is refused with the
 * insufficient-stock message, and the balance never goes below zero. Runs on H2 and on
 * PostgreSQL (the suite runs on both).
 */
@PulihSpringTest
class ConcurrentIssueTests {

	@Autowired
	private TestUsers users;

	@Autowired
	private Organisations organisations;

	@Autowired
	private Catalogue catalogue;

	@Autowired
	private StockLedger ledger;

	@Autowired
	private StockIssues issues;

	@Autowired
	private Facilities facilities;

	@Autowired
	private JdbcClient jdbc;

	private StockWorld world;

	@BeforeEach
	void createWorld() {
		this.world = new StockWorld(this.users, this.organisations, this.catalogue, this.ledger, this.facilities,
				this.jdbc);
	}

	@RepeatedTest(5)
	void twoConcurrentIssuesNeverDriveTheBalanceBelowZero() throws Exception {
		StockItem item = this.world.item();
		this.world.receive(item, "B1", this.world.today.plusMonths(3), 6);
		this.world.receive(item, "B2", this.world.today.plusMonths(6), 4);
		CyclicBarrier start = new CyclicBarrier(2);
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			List<Future<Object>> results = new ArrayList<>();
			for (int i = 0; i < 2; i++) {
				String reference = "visit:concurrent-" + i;
				results.add(threads.submit(() -> {
					start.await(30, TimeUnit.SECONDS);
					try {
						return this.issues.issue(this.world.sukasari, List.of(new ItemQuantity(item.code(), 7)),
								this.world.today, reference, this.world.nurse);
					}
					catch (RuleViolation ex) {
						return ex;
					}
				}));
			}
			List<Object> outcomes = new ArrayList<>();
			for (Future<Object> result : results) {
				outcomes.add(result.get(60, TimeUnit.SECONDS));
			}
			assertThat(outcomes).filteredOn(List.class::isInstance).hasSize(1);
			assertThat(outcomes).filteredOn(RuleViolation.class::isInstance).singleElement().satisfies(ex -> {
				RuleViolation refused = (RuleViolation) ex;
				assertThat(refused.messageKey()).isEqualTo("stock.error.insufficient");
				// asked 7, and 3 were left by the issue that won
				assertThat(refused.arguments()).containsSubsequence(7L, 3L);
			});
		}
		finally {
			threads.shutdownNow();
		}
		assertThat(this.world.onHand(this.world.sukasari, item)).isEqualTo(3);
		assertThat(this.world.ledgerSum(this.world.sukasari, item)).isEqualTo(3);
		assertThat(this.jdbc
			.sql("""
					SELECT MIN(s.on_hand) FROM stock_balance s JOIN stock_batch b ON b.id = s.batch_id WHERE b.item_code = ?""")
			.param(item.code())
			.query(Long.class)
			.single()).isNotNegative();
		assertThat(this.jdbc.sql("SELECT MIN(balance_after) FROM stock_entry WHERE item_code = ?")
			.param(item.code())
			.query(Long.class)
			.single()).isNotNegative();
	}

}
