package id.pulih.harmreduction;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import id.pulih.client.Client;
import id.pulih.organisation.Organisation;
import id.pulih.shared.Audited;
import id.pulih.shared.RuleViolation;
import id.pulih.shared.security.PulihUser;
import id.pulih.shared.security.Role;
import id.pulih.shared.security.Scope;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Methadone (PTRM) courses: a client's first dose at a facility starts one; every dose is
 * checked against the configured bounds ({@code pulih.harmreduction.methadone.*}) and the
 * missed-dose rule; health workers record clinical reviews and stop courses.
 * <p>
 * A dose covers the visit day when it is observed there, and one more day per take-home
 * dose (a dose that is only taken home covers the visit day too). The days after the last
 * covered day without a dose are missed; when the missed days in a row reach
 * {@code missed-doses-for-review} (3 by default), the next dose is refused
 * ({@code harmreduction.error.reviewRequired}) until a health worker records a clinical
 * review after the last covered day.
 * <p>
 * A dose is refused for days that another dose of the course already covers
 * ({@code harmreduction.error.alreadyCovered};
 * {@code harmreduction.error.doseAlreadyGiven} for a second dose on the same day): the
 * client had methadone for those days. When the visit of a course's only dose is voided,
 * the course is voided with it ({@link #doseVoided}); a course with other doses is left
 * as it is. The audit trail names no methadone: reviews and stops are
 * {@code harmreduction.clientRecordUpdated}.
 */
@Service
@Transactional
public class OstCourses {

	private final OstCourseRepository repository;

	private final HarmReductionAccess access;

	private final HarmReductionProperties properties;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	OstCourses(OstCourseRepository repository, HarmReductionAccess access, HarmReductionProperties properties,
			JdbcClient jdbc, ApplicationEventPublisher events) {
		this.repository = repository;
		this.access = access;
		this.properties = properties;
		this.jdbc = jdbc;
		this.events = events;
	}

	/**
	 * The client's course to show: the active one, or else the latest stopped one, inside
	 * the user's scope.
	 */
	@Transactional(readOnly = true)
	public Optional<OstCourse> courseOf(UUID clientId, PulihUser user) {
		Client client = this.access.client(clientId, user);
		return latest(client.id(), user.scope());
	}

	/** Where a client's course stands on a day: doses, coverage and missed days. */
	@Transactional(readOnly = true)
	public Optional<Standing> standingOf(UUID clientId, PulihUser user) {
		Client client = this.access.client(clientId, user);
		return latest(client.id(), user.scope()).map(course -> standing(course, this.access.today(user)));
	}

	/**
	 * Records a clinical review of the client's active course, by a health worker: the
	 * day, what was found, and the dose from then on. A review after the last covered day
	 * lets the next dose be given after missed days.
	 * @throws RuleViolation naming the field for a missing note, a date out of range, or
	 * a dose out of bounds; {@code harmreduction.error.noActiveCourse} without an active
	 * course
	 */
	public OstCourse review(UUID clientId, NewReview command, PulihUser by) {
		requireHealthWorker(by);
		Client client = this.access.client(clientId, by);
		OstCourse course = active(client.id(), by.scope())
			.orElseThrow(() -> RuleViolation.of("harmreduction.error.noActiveCourse"));
		LocalDate today = this.access.today(by);
		int dose = checkDose(command.newDoseMg(), "newDoseMg");
		course.review((command.reviewedOn() != null) ? command.reviewedOn() : today, command.note(), dose,
				by.personId(), by.getUsername(), today);
		OstCourse saved = this.repository.save(course);
		this.events.publishEvent(new Audited("harmreduction.clientRecordUpdated", "client", client.id(),
				HarmReductionVisits.RECORD_DETAIL));
		return saved;
	}

	/** Stops the client's active course, by a health worker, with a reason. */
	public OstCourse stop(UUID clientId, @Nullable LocalDate on, @Nullable String reason, PulihUser by) {
		requireHealthWorker(by);
		Client client = this.access.client(clientId, by);
		OstCourse course = active(client.id(), by.scope())
			.orElseThrow(() -> RuleViolation.of("harmreduction.error.noActiveCourse"));
		LocalDate today = this.access.today(by);
		course.stop((on != null) ? on : today, reason, today);
		OstCourse saved = this.repository.save(course);
		this.events.publishEvent(new Audited("harmreduction.clientRecordUpdated", "client", client.id(),
				HarmReductionVisits.RECORD_DETAIL));
		return saved;
	}

	/**
	 * Checks a dose given at a visit against the bounds and the missed-dose rule, starts
	 * the client's course if none is active, and makes the dose the course's current one.
	 * Called inside the visit's transaction.
	 */
	Visit.MethadoneDose dose(UUID clientId, Organisation facility, LocalDate on, NewVisit.Methadone given) {
		HarmReductionProperties.Methadone settings = this.properties.methadone();
		int dose = checkDose(given.doseMg(), "methadone.doseMg");
		int takeHome = (given.takeHomeDoses() != null) ? given.takeHomeDoses() : 0;
		if (takeHome < 0 || takeHome > settings.maxTakeHome()) {
			throw new RuleViolation("methadone.takeHomeDoses", "harmreduction.error.takeHomeOutOfBounds",
					settings.maxTakeHome());
		}
		boolean observed = Visit.bool(given.observed());
		if (!observed && takeHome == 0) {
			throw new RuleViolation("methadone.observed", "harmreduction.error.noDoseGiven");
		}
		Optional<OstCourse> active = activeId(clientId).flatMap(this.repository::findById);
		LocalDate coveredUntil = observed ? on.plusDays(takeHome) : on.plusDays(takeHome - 1L);
		int missed = 0;
		OstCourse course;
		if (active.isEmpty()) {
			course = OstCourse.start(clientId, facility.id(), facility.provinceCode(), on, dose);
		}
		else {
			course = active.get();
			if (!course.organisationId().equals(facility.id())) {
				throw new RuleViolation("methadone.doseMg", "harmreduction.error.courseElsewhere");
			}
			List<DoseDay> doses = doses(course.id());
			if (doses.stream().anyMatch(d -> d.visitOn().equals(on))) {
				throw new RuleViolation("methadone.doseMg", "harmreduction.error.doseAlreadyGiven");
			}
			// The days this dose would cover may not be covered already, by an earlier
			// dose's
			// take-home doses or by a later dose (a dose recorded late for an earlier
			// day).
			Optional<DoseDay> overlapping = doses.stream()
				.filter(d -> !on.isAfter(d.coveredUntil()) && !d.visitOn().isAfter(coveredUntil))
				.findFirst();
			if (overlapping.isPresent()) {
				throw new RuleViolation("methadone.doseMg", "harmreduction.error.alreadyCovered",
						overlapping.get().visitOn().toString(), overlapping.get().coveredUntil().toString());
			}
			LocalDate lastCovered = doses.stream()
				.filter(d -> d.visitOn().isBefore(on))
				.map(DoseDay::coveredUntil)
				.max(LocalDate::compareTo)
				.orElse(null);
			if (lastCovered != null) {
				missed = missedBetween(lastCovered, on);
				if (missed >= settings.missedDosesForReview() && !course.reviewedBetween(lastCovered, on)) {
					throw new RuleViolation("methadone.doseMg", "harmreduction.error.reviewRequired", missed);
				}
			}
			course.dosed(on, dose);
		}
		OstCourse saved = this.repository.save(course);
		return new Visit.MethadoneDose(saved.id(), dose, observed, takeHome, coveredUntil, missed);
	}

	/**
	 * The visit of one of the course's doses was voided, inside the void's transaction:
	 * when the course has no other dose, it is voided (it was started in error);
	 * otherwise it is left as it is, its start day and current dose included.
	 */
	void doseVoided(UUID courseId, LocalDate today) {
		if (!doses(courseId).isEmpty()) {
			return;
		}
		this.repository.findById(courseId).filter(course -> course.status() != OstStatus.VOIDED).ifPresent(course -> {
			course.voidCourse(today);
			this.repository.save(course);
		});
	}

	/** Days strictly between the last covered day and a later day. */
	private static int missedBetween(LocalDate lastCovered, LocalDate on) {
		return (int) Math.max(0, ChronoUnit.DAYS.between(lastCovered, on) - 1);
	}

	private int checkDose(@Nullable Integer doseMg, String field) {
		HarmReductionProperties.Methadone settings = this.properties.methadone();
		if (doseMg == null) {
			throw new RuleViolation(field, "harmreduction.error.doseRequired");
		}
		if (doseMg < settings.minDoseMg() || doseMg > settings.maxDoseMg()) {
			throw new RuleViolation(field, "harmreduction.error.doseOutOfBounds", settings.minDoseMg(),
					settings.maxDoseMg());
		}
		return doseMg;
	}

	private static void requireHealthWorker(PulihUser by) {
		if (by.role() != Role.HEALTH_WORKER) {
			throw new AccessDeniedException("only health workers review and stop methadone courses");
		}
	}

	Standing standing(OstCourse course, LocalDate today) {
		List<DoseDay> doses = doses(course.id());
		LocalDate lastDose = null;
		LocalDate lastCovered = null;
		int missedInCourse = 0;
		for (DoseDay dose : doses) {
			if (lastCovered != null) {
				missedInCourse += missedBetween(lastCovered, dose.visitOn());
			}
			lastDose = dose.visitOn();
			lastCovered = (lastCovered == null || dose.coveredUntil().isAfter(lastCovered)) ? dose.coveredUntil()
					: lastCovered;
		}
		int missedNow = 0;
		boolean reviewRequired = false;
		if (lastCovered != null && course.isActive()) {
			missedNow = missedBetween(lastCovered, today);
			missedInCourse += missedNow;
			reviewRequired = missedNow >= this.properties.methadone().missedDosesForReview()
					&& !course.reviewedBetween(lastCovered, today);
		}
		return new Standing(course, doses.size(), lastDose, lastCovered, missedNow, missedInCourse, reviewRequired,
				this.properties.methadone().missedDosesForReview());
	}

	/** The course's doses of visits that are not voided, by day. */
	private List<DoseDay> doses(UUID courseId) {
		return this.jdbc.sql("""
				SELECT v.visit_on, m.covered_until FROM hr_visit_methadone m JOIN hr_visit v ON v.id = m.visit_id
				WHERE m.course_id = ? AND v.voided_at IS NULL ORDER BY v.visit_on, v.id""")
			.param(courseId)
			.query((rs, row) -> new DoseDay(rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class)))
			.list();
	}

	private Optional<UUID> activeId(UUID clientId) {
		return this.jdbc.sql("SELECT id FROM hr_ost_course WHERE active_client_id = ?")
			.param(clientId)
			.query(UUID.class)
			.optional();
	}

	private Optional<OstCourse> active(UUID clientId, Scope scope) {
		return latest(clientId, scope).filter(OstCourse::isActive);
	}

	private Optional<OstCourse> latest(UUID clientId, Scope scope) {
		Scope.ScopeFilter filter = scope.organisationFilter("o");
		List<Object> params = new ArrayList<>();
		params.add(clientId);
		if (filter.parameter() != null) {
			params.add(filter.parameter());
		}
		return this.jdbc
			.sql("SELECT c.id FROM hr_ost_course c JOIN organisation o ON o.id = c.organisation_id "
					+ "WHERE c.client_id = ? AND c.status <> 'VOIDED' AND " + filter.sql()
					+ " ORDER BY CASE WHEN c.status = 'ACTIVE' THEN 0 ELSE 1 END, c.started_on DESC, c.id DESC LIMIT 1")
			.params(params)
			.query(UUID.class)
			.optional()
			.flatMap(this.repository::findById);
	}

	/** Re-points a merged client's courses (refused when both have an active course). */
	void repoint(UUID survivorId, UUID mergedId) {
		if (activeId(survivorId).isPresent() && activeId(mergedId).isPresent()) {
			throw RuleViolation.of("harmreduction.error.mergeActiveCourses");
		}
		List<UUID> ids = this.jdbc.sql("SELECT id FROM hr_ost_course WHERE client_id = ?")
			.param(mergedId)
			.query(UUID.class)
			.list();
		for (OstCourse course : this.repository.findAllById(ids)) {
			course.repoint(survivorId);
			this.repository.save(course);
		}
	}

	private record DoseDay(LocalDate visitOn, LocalDate coveredUntil) {

	}

	/**
	 * A clinical review to record.
	 *
	 * @param reviewedOn null for today
	 * @param newDoseMg the dose from then on, within the configured bounds
	 */
	public record NewReview(@Nullable LocalDate reviewedOn, @Nullable String note, @Nullable Integer newDoseMg) {

	}

	/**
	 * Where a course stands today.
	 *
	 * @param doses the doses given (visits not voided)
	 * @param lastDoseOn the day of the last dose, null before the first
	 * @param coveredUntil the last day the doses cover
	 * @param missedNow days in a row without a dose up to yesterday
	 * @param missedInCourse all days without a dose since the course started
	 * @param reviewRequired whether the next dose waits for a clinical review
	 * @param reviewAfter the missed days in a row that require a review
	 */
	public record Standing(OstCourse course, int doses, @Nullable LocalDate lastDoseOn,
			@Nullable LocalDate coveredUntil, int missedNow, int missedInCourse, boolean reviewRequired,
			int reviewAfter) {

	}

}
