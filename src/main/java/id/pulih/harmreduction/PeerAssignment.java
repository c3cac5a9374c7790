package id.pulih.harmreduction;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import id.pulih.shared.Ids;
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
 * A peer support officer assigned to a client living with HIV at a facility, from a day
 * until ended. A client has at most one open assignment; the assignment is what lets the
 * officer see the client.
 */
@Table("hr_peer_assignment")
public class PeerAssignment {

	@Id
	private final UUID id;

	private UUID clientId;

	private @Nullable UUID openClientId;

	private final UUID organisationId;

	private final @Nullable String provinceCode;

	private final UUID peerId;

	private final LocalDate since;

	private @Nullable LocalDate endedOn;

	private @Nullable String endReason;

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
	PeerAssignment(UUID id, UUID clientId, @Nullable UUID openClientId, UUID organisationId,
			@Nullable String provinceCode, UUID peerId, LocalDate since, @Nullable LocalDate endedOn,
			@Nullable String endReason) {
		this.id = id;
		this.clientId = clientId;
		this.openClientId = openClientId;
		this.organisationId = organisationId;
		this.provinceCode = provinceCode;
		this.peerId = peerId;
		this.since = since;
		this.endedOn = endedOn;
		this.endReason = endReason;
	}

	static PeerAssignment assign(UUID clientId, UUID organisationId, @Nullable String provinceCode, UUID peerId,
			LocalDate since, LocalDate today) {
		if (since.isAfter(today)) {
			throw new RuleViolation("since", "harmreduction.error.dateInFuture");
		}
		return new PeerAssignment(Ids.newId(), clientId, clientId, organisationId, provinceCode, peerId, since, null,
				null);
	}

	/**
	 * Ends the assignment.
	 * @throws RuleViolation when already ended, the day is out of range or no reason is
	 * given
	 */
	void end(LocalDate on, @Nullable String reason, LocalDate today) {
		if (!isOpen()) {
			throw RuleViolation.of("harmreduction.error.assignmentEnded");
		}
		if (on.isAfter(today)) {
			throw new RuleViolation("endedOn", "harmreduction.error.dateInFuture");
		}
		if (on.isBefore(this.since)) {
			throw new RuleViolation("endedOn", "harmreduction.error.beforeAssignment");
		}
		String text = Visit.text(reason, "reason", Visit.NOTE_MAX);
		if (text == null) {
			throw new RuleViolation("reason", "harmreduction.error.reasonRequired");
		}
		this.endedOn = on;
		this.endReason = text;
		this.openClientId = null;
	}

	void repoint(UUID survivorId) {
		this.clientId = survivorId;
		if (this.openClientId != null) {
			this.openClientId = survivorId;
		}
	}

	public UUID id() {
		return this.id;
	}

	public UUID clientId() {
		return this.clientId;
	}

	public UUID organisationId() {
		return this.organisationId;
	}

	public @Nullable String provinceCode() {
		return this.provinceCode;
	}

	public UUID peerId() {
		return this.peerId;
	}

	public LocalDate since() {
		return this.since;
	}

	public boolean isOpen() {
		return this.endedOn == null;
	}

	public @Nullable LocalDate endedOn() {
		return this.endedOn;
	}

	/**
	 * Why the assignment ended: a code ({@code REASSIGNED}, {@code DIAGNOSIS_VOIDED})
	 * when the system ended it, else the health worker's words.
	 */
	public @Nullable String endReason() {
		return this.endReason;
	}

	/**
	 * The message key that tells a coded end reason in the user's language, or null when
	 * the reason is the health worker's own words (shown as written).
	 */
	public @Nullable String endReasonKey() {
		if (PeerSupport.REASSIGNED.equals(this.endReason) || PeerSupport.DIAGNOSIS_VOIDED.equals(this.endReason)) {
			return "harmreduction.peer.endReason." + this.endReason;
		}
		return null;
	}

	public @Nullable Integer version() {
		return this.version;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof PeerAssignment that && Objects.equals(this.id, that.id);
	}

	@Override
	public int hashCode() {
		return this.id.hashCode();
	}

}
