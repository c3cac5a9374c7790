package id.pulih.recovery;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
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
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A session a recovery agent gave: its type, date, the agent, its length and notes, and
 * who attended. Individual services (self-visit, referral) are attended by one pathway;
 * group services (KIE, life skills, peer support group, family support) may be attended
 * by several pathways of the same unit at once, all recorded in one transaction.
 * <p>
 * A session is recorded once, complete. Every pathway attending must belong to the
 * session's unit, be open, and accept the date (not before its start, not in the future):
 * see {@link Enrolment#acceptSession}. Nothing is recorded if one of them refuses.
 */
@Table("recovery_session")
public class RecoverySession {

	static final int DURATION_MAX = 600;

	static final int NOTES_MAX = 2000;

	@Id
	private final UUID id;

	private final UUID organisationId;

	private final @Nullable String provinceCode;

	private final SessionType sessionType;

	private final LocalDate heldOn;

	private final UUID agentId;

	private final int durationMinutes;

	private final @Nullable String notes;

	@MappedCollection(idColumn = "session_id")
	private Set<Attendance> attendance = new LinkedHashSet<>();

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
	RecoverySession(UUID id, UUID organisationId, @Nullable String provinceCode, SessionType sessionType,
			LocalDate heldOn, UUID agentId, int durationMinutes, @Nullable String notes) {
		this.id = id;
		this.organisationId = organisationId;
		this.provinceCode = provinceCode;
		this.sessionType = sessionType;
		this.heldOn = heldOn;
		this.agentId = agentId;
		this.durationMinutes = durationMinutes;
		this.notes = notes;
	}

	/**
	 * Records a session. The agent has been checked by the caller.
	 * @param attending the pathways attending, each visible to the caller
	 * @param today the user's today
	 */
	static RecoverySession record(@Nullable UUID id, UUID unitId, @Nullable String provinceCode,
			@Nullable SessionType type, @Nullable LocalDate heldOn, UUID agentId, @Nullable Integer durationMinutes,
			@Nullable String notes, List<Enrolment> attending, LocalDate today) {
		if (type == null) {
			throw new RuleViolation("sessionType", "recovery.error.sessionTypeRequired");
		}
		if (heldOn == null) {
			throw new RuleViolation("heldOn", "recovery.error.dateRequired");
		}
		if (durationMinutes == null) {
			throw new RuleViolation("durationMinutes", "recovery.error.durationRequired");
		}
		if (durationMinutes < 1 || durationMinutes > DURATION_MAX) {
			throw new RuleViolation("durationMinutes", "recovery.error.durationRange", DURATION_MAX);
		}
		String checkedNotes = (notes == null || notes.isBlank()) ? null : notes.strip();
		if (checkedNotes != null && checkedNotes.length() > NOTES_MAX) {
			throw new RuleViolation("notes", "recovery.error.notesTooLong", NOTES_MAX);
		}
		if (attending.isEmpty()) {
			throw new RuleViolation("enrolmentIds", "recovery.error.attendanceRequired");
		}
		if (attending.size() > 1 && !type.allowsGroup()) {
			throw new RuleViolation("enrolmentIds", "recovery.error.notGroupType");
		}
		RecoverySession session = new RecoverySession((id != null) ? id : Ids.newId(), unitId, provinceCode, type,
				heldOn, agentId, durationMinutes, checkedNotes);
		for (Enrolment enrolment : attending) {
			if (!enrolment.organisationId().equals(unitId)) {
				throw new RuleViolation("enrolmentIds", "recovery.error.otherUnit");
			}
			enrolment.acceptSession(heldOn, today);
			session.attendance.add(new Attendance(enrolment.id()));
		}
		return session;
	}

	/** Whether a retried command carries the same content as this session. */
	boolean sameAs(@Nullable SessionType type, @Nullable LocalDate date, @Nullable UUID agent,
			@Nullable Integer duration, @Nullable String text, Set<UUID> enrolmentIds) {
		String given = (text == null || text.isBlank()) ? null : text.strip();
		return this.sessionType == type && this.heldOn.equals(date) && (agent == null || agent.equals(this.agentId))
				&& duration != null && this.durationMinutes == duration && Objects.equals(this.notes, given)
				&& enrolmentIds().equals(enrolmentIds);
	}

	public Set<UUID> enrolmentIds() {
		Set<UUID> ids = new LinkedHashSet<>();
		this.attendance.forEach(attended -> ids.add(attended.enrolmentId()));
		return ids;
	}

	public boolean isGroup() {
		return this.attendance.size() > 1;
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

	public SessionType sessionType() {
		return this.sessionType;
	}

	public LocalDate heldOn() {
		return this.heldOn;
	}

	public UUID agentId() {
		return this.agentId;
	}

	public int durationMinutes() {
		return this.durationMinutes;
	}

	public @Nullable String notes() {
		return this.notes;
	}

	public @Nullable Instant createdAt() {
		return this.createdAt;
	}

	public @Nullable Integer version() {
		return this.version;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof RecoverySession that && Objects.equals(this.id, that.id);
	}

	@Override
	public int hashCode() {
		return this.id.hashCode();
	}

	/** One pathway attending. */
	@Table("recovery_attendance")
	record Attendance(UUID enrolmentId) {

	}

}
