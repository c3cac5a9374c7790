/**
 * Commodities (DOMAIN.md, "Commodities and budgets"): the catalogue with units of issue,
 * and per facility an append-only ledger of receipts by batch, expiry and funding source,
 * issues drawn first-expiry-first-out by the services that hand items out, transfers,
 * adjustments and reconciled physical counts; stock on hand, and alerts for low stock and
 * near expiry.
 * <p>
 * Public API: {@link id.pulih.stock.StockIssues} for services that hand out items
 * (implemented by {@link id.pulih.stock.StockLedger}), the item codes in
 * {@link id.pulih.stock.Commodities}, and the event {@link id.pulih.stock.StockReceived};
 * {@link id.pulih.stock.StockLedger} also records receipts (e.g. demo data), transfers,
 * adjustments and counts from the commands {@link id.pulih.stock.NewReceipt},
 * {@link id.pulih.stock.NewTransfer}, {@link id.pulih.stock.NewAdjustment} and
 * {@link id.pulih.stock.NewCount}; {@link id.pulih.stock.StockLevels} reads stock on
 * hand, batches, alerts and the ledger; {@link id.pulih.stock.Catalogue} holds the items.
 * <p>
 * The ledger ({@code stock_entry}) is append-only; each batch's balance
 * ({@code stock_balance}) changes with it under a row lock and can never go below zero.
 * Stock holds no client data: an issue names what it was for only by a reference such as
 * {@code visit:<uuid>}.
 */
@ApplicationModule(displayName = "Commodities")
@NullMarked
package id.pulih.stock;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
