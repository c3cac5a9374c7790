package id.pulih.budget;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import id.pulih.shared.Conflict;
import id.pulih.shared.FundingSource;
import id.pulih.shared.Ids;
import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.LastModifiedBy;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The money an organisation has for one activity line from one funding source in one
 * year. There is one allocation per (year, organisation, source, line): setting it again
 * revises its amount, and every setting is kept as a {@link AllocationRevision}. The
 * amount is whole rupiah, more than 0 and at most 10^13 (checked by {@link Budgets}
 * before anything is built). A revision made against an older version than the stored one
 * is refused as stale.
 */
@Table("budget_allocation")
public class Allocation {

	@Id
	private final UUID id;

	private final UUID organisationId;

	private final @Nullable String provinceCode;

	private final int budgetYear;

	private final FundingSource source;

	private final BudgetLine line;

	private long amount;

	private @Nullable String note;

	@MappedCollection(idColumn = "allocation_id")
	private Set<AllocationRevision> revisions = new LinkedHashSet<>();

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
	Allocation(UUID id, UUID organisationId, @Nullable String provinceCode, int budgetYear, FundingSource source,
			BudgetLine line, long amount, @Nullable String note) {
		this.id = id;
		this.organisationId = organisationId;
		this.provinceCode = provinceCode;
		this.budgetYear = budgetYear;
		this.source = source;
		this.line = line;
		this.amount = amount;
		this.note = note;
	}

	/** A new allocation, with its first revision. */
	static Allocation open(UUID organisationId, @Nullable String provinceCode, int year, FundingSource source,
			BudgetLine line, long amount, @Nullable String note, String by, Instant at) {
		Allocation allocation = new Allocation(Ids.newId(), organisationId, provinceCode, year, source, line, amount,
				note);
		allocation.revisions.add(new AllocationRevision(Ids.newId(), organisationId, null, amount, note, at, by));
		return allocation;
	}

	/** Whether setting this amount and note would change nothing. */
	boolean sameAs(long newAmount, @Nullable String newNote) {
		return this.amount == newAmount && Objects.equals(this.note, newNote);
	}

	/**
	 * Sets a new amount and note, kept as a revision.
	 * @param expectedVersion the version the caller saw, or null when it saw none
	 * @throws Conflict when the caller saw an older version than the stored one
	 */
	AllocationRevision revise(long newAmount, @Nullable String newNote, @Nullable Integer expectedVersion, String by,
			Instant at) {
		if (expectedVersion != null && !expectedVersion.equals(this.version)) {
			throw new Conflict("version", "budget.error.stale");
		}
		AllocationRevision revision = new AllocationRevision(Ids.newId(), this.organisationId, this.amount, newAmount,
				newNote, at, by);
		this.amount = newAmount;
		this.note = newNote;
		this.revisions.add(revision);
		return revision;
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

	public @Nullable String note() {
		return this.note;
	}

	/** Every setting of the amount, oldest first. */
	public List<AllocationRevision> revisions() {
		return this.revisions.stream()
			.sorted(Comparator.comparing(AllocationRevision::createdAt).thenComparing(AllocationRevision::id))
			.toList();
	}

	public @Nullable Instant createdAt() {
		return this.createdAt;
	}

	public @Nullable String createdBy() {
		return this.createdBy;
	}

	public @Nullable Instant updatedAt() {
		return this.updatedAt;
	}

	public @Nullable String updatedBy() {
		return this.updatedBy;
	}

	public @Nullable Integer version() {
		return this.version;
	}

}
