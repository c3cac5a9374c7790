package id.pulih.budget;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import id.pulih.shared.FundingSource;
import id.pulih.shared.RuleViolation;
import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.LastModifiedBy;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * Money an organisation spent on an activity, e.g. printing KIE leaflets: the date, the
 * funding source and line it counts against, the amount (whole rupiah, more than 0) and
 * what it was for. It counts as realised in the year of its date. A cost is never
 * deleted: a wrong one is voided with a reason, and then no longer counts.
 */
@Table("budget_cost")
public class ActivityCost {

	@Id
	private final UUID id;

	private final UUID organisationId;

	private final @Nullable String provinceCode;

	private final LocalDate spentOn;

	private final int budgetYear;

	private final FundingSource source;

	private final BudgetLine line;

	private final long amount;

	private final String description;

	private @Nullable Instant voidedAt;

	private @Nullable String voidedBy;

	private @Nullable String voidReason;

	@CreatedDate
	private @Nullable Instant createdAt;

	@CreatedBy
	private @Nullable String createdBy;

	@LastModifiedDate
	private @Nullable Instant updatedAt;

	@LastModifiedBy
	private @Nullable String updatedBy;

	@Version
	private @Nullable Integer version;

	@PersistenceCreator
	ActivityCost(UUID id, UUID organisationId, @Nullable String provinceCode, LocalDate spentOn, int budgetYear,
			FundingSource source, BudgetLine line, long amount, String description) {
		this.id = id;
		this.organisationId = organisationId;
		this.provinceCode = provinceCode;
		this.spentOn = spentOn;
		this.budgetYear = budgetYear;
		this.source = source;
		this.line = line;
		this.amount = amount;
		this.description = description;
	}

	/** A cost whose fields {@link Budgets} has checked. */
	static ActivityCost record(UUID id, UUID organisationId, @Nullable String provinceCode, LocalDate spentOn,
			FundingSource source, BudgetLine line, long amount, String description) {
		return new ActivityCost(id, organisationId, provinceCode, spentOn, spentOn.getYear(), source, line, amount,
				description);
	}

	/** Whether a retried command carries the same content as this cost. */
	boolean sameAs(UUID organisation, LocalDate date, FundingSource fundingSource, BudgetLine budgetLine, long money,
			String text) {
		return this.organisationId.equals(organisation) && this.spentOn.equals(date) && this.source == fundingSource
				&& this.line == budgetLine && this.amount == money && this.description.equals(text);
	}

	/**
	 * Voids the cost: it stays on record but no longer counts. Voiding a voided cost
	 * again changes nothing.
	 * @throws RuleViolation when the reason is missing
	 */
	boolean voidWith(@Nullable String reason, String by, Instant at) {
		if (reason == null || reason.isBlank()) {
			throw new RuleViolation("reason", "budget.error.reasonRequired");
		}
		if (this.voidedAt != null) {
			return false;
		}
		this.voidedAt = at;
		this.voidedBy = by;
		this.voidReason = reason.strip();
		return true;
	}

	public UUID id() {
		return this.id;
	}

	public UUID organisationId() {
		return this.organisationId;
	}

	public @Nullable String provinceCode() {
		return this.provinceCode;
	}

	public LocalDate spentOn() {
		return this.spentOn;
	}

	public int year() {
		return this.budgetYear;
	}

	public FundingSource source() {
		return this.source;
	}

	public BudgetLine line() {
		return this.line;
	}

	public long amount() {
		return this.amount;
	}

	public String description() {
		return this.description;
	}

	public boolean isVoided() {
		return this.voidedAt != null;
	}

	public @Nullable Instant voidedAt() {
		return this.voidedAt;
	}

	public @Nullable String voidedBy() {
		return this.voidedBy;
	}

	public @Nullable String voidReason() {
		return this.voidReason;
	}

	public @Nullable Instant createdAt() {
		return this.createdAt;
	}

	public @Nullable String createdBy() {
		return this.createdBy;
	}

	public @Nullable Integer version() {
		return this.version;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof ActivityCost that && this.id.equals(that.id);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.id);
	}

}
