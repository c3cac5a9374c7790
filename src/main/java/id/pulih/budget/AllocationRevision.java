package id.pulih.budget;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One setting of an allocation's amount: what it was before (null the first time), what
 * it became, the note given, when and by whom. Revisions are only ever added.
 */
@Table("budget_allocation_revision")
public record AllocationRevision(@Id UUID id, UUID organisationId, @Nullable Long previousAmount, long amount,
		@Nullable String note, Instant createdAt, String createdBy) {

}
