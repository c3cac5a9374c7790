package id.pulih.harmreduction;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
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
 * A client's methadone (PTRM) course at a facility: started with the first dose, active
 * until stopped, with the current dose (the last one given, or the one a clinical review
 * set) and the clinical reviews. The doses themselves are the methadone services of the
 * visits; {@link OstCourses} works out from them which days were covered and how many
 * were missed. A client has at most one active course. A course whose only dose was
 * voided with its visit is voided too ({@link OstStatus#VOIDED}) and shown nowhere.
 */
@Table("hr_ost_course")
public class OstCourse {

	@Id
	private final UUID id;

	private UUID clientId;

	private @Nullable UUID activeClientId;

	private final UUID organisationId;

	private final @Nullable String provinceCode;

	private LocalDate startedOn;

	private OstStatus status;

	private int currentDoseMg;

	private @Nullable LocalDate stoppedOn;

	private @Nullable String stopReason;

	@MappedCollection(idColumn = "course_id")
	private Set<Review> reviews = new LinkedHashSet<>();

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
	OstCourse(UUID id, UUID clientId, @Nullable UUID activeClientId, UUID organisationId, @Nullable String provinceCode,
			LocalDate startedOn, OstStatus status, int currentDoseMg, @Nullable LocalDate stoppedOn,
			@Nullable String stopReason) {
		this.id = id;
		this.clientId = clientId;
		this.activeClientId = activeClientId;
		this.organisationId = organisationId;
		this.provinceCode = provinceCode;
		this.startedOn = startedOn;
		this.status = status;
		this.currentDoseMg = currentDoseMg;
		this.stoppedOn = stoppedOn;
		this.stopReason = stopReason;
	}

	/** A course starting with a first dose. */
	static OstCourse start(UUID clientId, UUID organisationId, @Nullable String provinceCode, LocalDate on,
			int doseMg) {
		return new OstCourse(Ids.newId(), clientId, clientId, organisationId, provinceCode, on, OstStatus.ACTIVE,
				doseMg, null, null);
	}

	/** A dose was given on a day: it is the current dose now. */
	void dosed(LocalDate on, int doseMg) {
		this.currentDoseMg = doseMg;
		if (on.isBefore(this.startedOn)) {
			this.startedOn = on;
		}
	}

	/**
	 * Records a clinical review.
	 * @throws RuleViolation when the course is stopped, the date lies before the course
	 * or after today, or the note is missing
	 */
	Review review(LocalDate on, @Nullable String note, int newDoseMg, @Nullable UUID reviewedBy, String recordedBy,
			LocalDate today) {
		requireActive();
		if (on.isAfter(today)) {
			throw new RuleViolation("reviewedOn", "harmreduction.error.dateInFuture");
		}
		if (on.isBefore(this.startedOn)) {
			throw new RuleViolation("reviewedOn", "harmreduction.error.beforeCourse");
		}
		String text = Visit.text(note, "note", 1000);
		if (text == null) {
			throw new RuleViolation("note", "harmreduction.error.noteRequired");
		}
		Review review = new Review(Ids.newId(), on, reviewedBy, text, newDoseMg, recordedBy);
		this.reviews.add(review);
		this.currentDoseMg = newDoseMg;
		return review;
	}

	/**
	 * Stops the course.
	 * @throws RuleViolation when already stopped, the date is out of range or no reason
	 * is given
	 */
	void stop(LocalDate on, @Nullable String reason, LocalDate today) {
		requireActive();
		if (on.isAfter(today)) {
			throw new RuleViolation("stoppedOn", "harmreduction.error.dateInFuture");
		}
		if (on.isBefore(this.startedOn)) {
			throw new RuleViolation("stoppedOn", "harmreduction.error.beforeCourse");
		}
		String text = Visit.text(reason, "reason", Visit.NOTE_MAX);
		if (text == null) {
			throw new RuleViolation("reason", "harmreduction.error.reasonRequired");
		}
		this.status = OstStatus.STOPPED;
		this.activeClientId = null;
		this.stoppedOn = on;
		this.stopReason = text;
	}

	/**
	 * Voids the course: the only dose it had was voided with its visit, so it was started
	 * in error. It stays stored (its dose row points at it) but counts for nothing.
	 */
	void voidCourse(LocalDate on) {
		if (this.status == OstStatus.VOIDED) {
			return;
		}
		this.status = OstStatus.VOIDED;
		this.activeClientId = null;
		this.stoppedOn = on.isBefore(this.startedOn) ? this.startedOn : on;
		this.stopReason = VISIT_VOIDED;
	}

	/** The stop reason of a course voided with the visit of its only dose. */
	static final String VISIT_VOIDED = "VISIT_VOIDED";

	private void requireActive() {
		if (this.status != OstStatus.ACTIVE) {
			throw RuleViolation.of("harmreduction.error.courseStopped");
		}
	}

	/** Whether a review was recorded after a day and on or before another. */
	boolean reviewedBetween(LocalDate after, LocalDate onOrBefore) {
		return this.reviews.stream()
			.anyMatch(review -> review.reviewedOn().isAfter(after) && !review.reviewedOn().isAfter(onOrBefore));
	}

	void repoint(UUID survivorId) {
		this.clientId = survivorId;
		if (this.activeClientId != null) {
			this.activeClientId = survivorId;
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

	public LocalDate startedOn() {
		return this.startedOn;
	}

	public OstStatus status() {
		return this.status;
	}

	public boolean isActive() {
		return this.status == OstStatus.ACTIVE;
	}

	public int currentDoseMg() {
		return this.currentDoseMg;
	}

	public @Nullable LocalDate stoppedOn() {
		return this.stoppedOn;
	}

	public @Nullable String stopReason() {
		return this.stopReason;
	}

	/** The reviews, newest first. */
	public List<Review> reviews() {
		return this.reviews.stream()
			.sorted(Comparator.comparing(Review::reviewedOn).reversed().thenComparing(Review::id))
			.toList();
	}

	public @Nullable Integer version() {
		return this.version;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof OstCourse that && Objects.equals(this.id, that.id);
	}

	@Override
	public int hashCode() {
		return this.id.hashCode();
	}

	/** A clinical review of the course by a health worker. */
	@Table("hr_ost_review")
	public record Review(@Id UUID id, LocalDate reviewedOn, @Nullable UUID reviewedBy, String note, int newDoseMg,
			String recordedBy) {

	}

}
