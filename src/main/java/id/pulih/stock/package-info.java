/**
 * Commodities (DOMAIN.md, "Commodities and budgets"): the catalogue with units of issue,
 * and per facility an append-only ledger of receipts by batch, expiry and funding source,
 * issues drawn first-expiry-first-out by the services that hand items out, transfers,
 * adjustments and reconciled physical counts; stock on hand, and alerts for low stock and
 * near expiry.
 * <p>
 * Public API: {@link id.pulih.stock.StockIssues} for services that hand out items, the
 * item codes in {@link id.pulih.stock.Commodities}, and the event
 * {@link id.pulih.stock.StockReceived}.
 */
@ApplicationModule(displayName = "Commodities")
@NullMarked
package id.pulih.stock;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
