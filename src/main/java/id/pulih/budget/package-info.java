/**
 * Budgets (DOMAIN.md, "Commodities and budgets"; seed 000, "Harm reduction program
 * budgetting"): allocations per year, organisation, funding source and activity line,
 * activity costs, and realisation (what was received and spent) against them.
 * <p>
 * Realisation comes from two places: every commodity receipt of the stock module
 * ({@code StockReceived}, counted in the receipt's own transaction, once per receipt) and
 * activity costs recorded here. Budget data holds no client data.
 * <p>
 * Public API: {@link id.pulih.budget.BudgetReports} (the budget-versus-realisation table
 * for reports), {@link id.pulih.budget.Budgets} (allocations and costs),
 * {@link id.pulih.budget.BudgetLine} and the rows {@link id.pulih.budget.RealisationRow}
 * and {@link id.pulih.budget.RealisationTable}.
 */
@ApplicationModule(displayName = "Budgets")
@NullMarked
package id.pulih.budget;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
