package id.pulih.workforce;

import id.pulih.shared.Sex;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

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
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A person who works in one of the programmes: a recovery agent, an IBM unit chair, a
 * field officer, a peer support officer, a health worker or a rehabilitation officer.
 * <p>
 * A person is registered for the organisation they work for and is active from a date.
 * While active they can be appointed by decree (a recovery agent by the village head's
 * SK) and given work by other modules; trainings are recorded whenever they took place. A
 * person who stops working is deactivated with a reason and a date, never deleted (their
 * past work still points at them); a deactivated person can be reactivated, and is then
 * active again from that day.
 * <p>
 * Every change goes through the named methods below, which check their own input against
 * "today" as the caller's clock gives it; the scope checks (which organisation, which
 * unit) belong to {@link Workforce}.
 */
@Table("person")
public class Person {

	static final int NAME_MAX = 150;

	static final int DECREE_NUMBER_MAX = 100;

	static final int TEXT_MAX = 200;

	static final int REASON_MAX = 300;

	static final BigDecimal HOURS_MAX = new BigDecimal("999");

	private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 \\-]{5,28}");

	@Id
	private final UUID id;

	private String fullName;

	private Sex sex;

	@Column("person_role")
	private final PersonRole role;

	private final UUID organisationId;

	private @Nullable String phone;

	private LocalDate activeSince;

	private @Nullable LocalDate inactiveSince;

	private @Nullable String inactiveReason;

	@MappedCollection(idColumn = "person_id")
	private Set<Appointment> appointments = new LinkedHashSet<>();

	@MappedCollection(idColumn = "person_id")
	private Set<Training> trainings = new LinkedHashSet<>();

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
	Person(UUID id, String fullName, Sex sex, PersonRole role, UUID organisationId, @Nullable String phone,
			LocalDate activeSince) {
		this.id = id;
		this.fullName = fullName;
		this.sex = sex;
		this.role = role;
		this.organisationId = organisationId;
		this.phone = phone;
		this.activeSince = activeSince;
	}

	/**
	 * A new, active person. The organisation has been checked by the caller.
	 * @param today the latest date that is not in the future
	 */
	static Person register(NewPerson command, LocalDate activeSince, LocalDate today) {
		String name = checkName(command.fullName());
		if (command.sex() == null) {
			throw new RuleViolation("sex", "workforce.error.sexRequired");
		}
		if (command.role() == null) {
			throw new RuleViolation("role", "workforce.error.roleRequired");
		}
		if (command.organisationId() == null) {
			throw new RuleViolation("organisationId", "workforce.error.organisationRequired");
		}
		notInFuture("activeSince", activeSince, today);
		UUID newId = (command.id() != null) ? command.id() : Ids.newId();
		return new Person(newId, name, command.sex(), command.role(), command.organisationId(),
				checkPhone(command.phone()), activeSince);
	}

	/** Corrects the person's name, sex or phone. */
	void edit(String newFullName, Sex newSex, @Nullable String newPhone) {
		String name = checkName(newFullName);
		if (newSex == null) {
			throw new RuleViolation("sex", "workforce.error.sexRequired");
		}
		String checkedPhone = checkPhone(newPhone);
		this.fullName = name;
		this.sex = newSex;
		this.phone = checkedPhone;
	}

	/** Records an appointment by decree; only an active person can be appointed. */
	Appointment appoint(String decreeNumber, LocalDate decreeDate, UUID unitId, LocalDate today) {
		requireActive();
		String number = required("decreeNumber", decreeNumber, DECREE_NUMBER_MAX,
				"workforce.error.decreeNumberRequired", "workforce.error.decreeNumberTooLong");
		if (decreeDate == null) {
			throw new RuleViolation("decreeDate", "workforce.error.dateRequired");
		}
		notInFuture("decreeDate", decreeDate, today);
		if (unitId == null) {
			throw new RuleViolation("unitId", "workforce.error.unitRequired");
		}
		Appointment appointment = new Appointment(Ids.newId(), number, decreeDate, unitId);
		this.appointments.add(appointment);
		return appointment;
	}

	/**
	 * Records a training the person attended (also for an inactive person: the record is
	 * history).
	 */
	Training addTraining(String topic, LocalDate trainedOn, BigDecimal hours, @Nullable String organiser,
			LocalDate today) {
		String checkedTopic = required("topic", topic, TEXT_MAX, "workforce.error.topicRequired",
				"workforce.error.topicTooLong");
		if (trainedOn == null) {
			throw new RuleViolation("trainedOn", "workforce.error.dateRequired");
		}
		notInFuture("trainedOn", trainedOn, today);
		BigDecimal checkedHours = checkHours(hours);
		String checkedOrganiser = optional("organiser", organiser, TEXT_MAX, "workforce.error.organiserTooLong");
		Training training = new Training(Ids.newId(), checkedTopic, trainedOn, checkedHours, checkedOrganiser);
		this.trainings.add(training);
		return training;
	}

	/** The person stops working, from a date, for a reason. */
	void deactivate(String reason, LocalDate since, LocalDate today) {
		if (!isActive()) {
			throw RuleViolation.of("workforce.error.alreadyInactive");
		}
		String checkedReason = required("reason", reason, REASON_MAX, "workforce.error.reasonRequired",
				"workforce.error.reasonTooLong");
		if (since == null) {
			throw new RuleViolation("since", "workforce.error.dateRequired");
		}
		notInFuture("since", since, today);
		if (since.isBefore(this.activeSince)) {
			throw new RuleViolation("since", "workforce.error.inactiveBeforeActive", this.activeSince);
		}
		this.inactiveSince = since;
		this.inactiveReason = checkedReason;
	}

	/** An inactive person works again, from {@code since}. */
	void reactivate(LocalDate since) {
		if (isActive()) {
			throw RuleViolation.of("workforce.error.alreadyActive");
		}
		this.activeSince = since;
		this.inactiveSince = null;
		this.inactiveReason = null;
	}

	/** Refuses work for an inactive person. */
	void requireActive() {
		if (!isActive()) {
			throw new RuleViolation("personId", "workforce.error.inactive");
		}
	}

	/**
	 * Whether a retried registration carries the same content as this person had when
	 * registered (an omitted start date matches any).
	 */
	boolean sameAs(NewPerson command) {
		return Objects.equals(this.id, command.id()) && command.fullName() != null
				&& this.fullName.equals(command.fullName().trim()) && this.sex == command.sex()
				&& this.role == command.role() && this.organisationId.equals(command.organisationId())
				&& Objects.equals(this.phone, blankToNull(command.phone()))
				&& (command.activeSince() == null || command.activeSince().equals(this.activeSince));
	}

	private static String checkName(String name) {
		return required("fullName", name, NAME_MAX, "workforce.error.fullNameRequired",
				"workforce.error.fullNameTooLong");
	}

	private static @Nullable String checkPhone(@Nullable String phone) {
		String checked = blankToNull(phone);
		if (checked != null && !PHONE.matcher(checked).matches()) {
			throw new RuleViolation("phone", "workforce.error.phone");
		}
		return checked;
	}

	/** More than 0, at most 999, with at most one decimal (stored as NUMERIC(5,1)). */
	private static BigDecimal checkHours(BigDecimal hours) {
		if (hours == null) {
			throw new RuleViolation("hours", "workforce.error.hoursRequired");
		}
		if (hours.signum() <= 0 || hours.compareTo(HOURS_MAX) > 0 || hours.stripTrailingZeros().scale() > 1) {
			throw new RuleViolation("hours", "workforce.error.hoursRange");
		}
		return hours.setScale(1, RoundingMode.UNNECESSARY);
	}

	private static void notInFuture(String field, LocalDate date, LocalDate today) {
		if (date.isAfter(today)) {
			throw new RuleViolation(field, "workforce.error.dateInFuture");
		}
	}

	private static String required(String field, String text, int max, String requiredKey, String tooLongKey) {
		String checked = blankToNull(text);
		if (checked == null) {
			throw new RuleViolation(field, requiredKey);
		}
		if (checked.length() > max) {
			throw new RuleViolation(field, tooLongKey);
		}
		return checked;
	}

	private static @Nullable String optional(String field, @Nullable String text, int max, String tooLongKey) {
		String checked = blankToNull(text);
		if (checked != null && checked.length() > max) {
			throw new RuleViolation(field, tooLongKey);
		}
		return checked;
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return (text == null || text.isBlank()) ? null : text.trim();
	}

	public UUID id() {
		return this.id;
	}

	public String fullName() {
		return this.fullName;
	}

	public Sex sex() {
		return this.sex;
	}

	public PersonRole role() {
		return this.role;
	}

	public UUID organisationId() {
		return this.organisationId;
	}

	public @Nullable String phone() {
		return this.phone;
	}

	/** Since when the person works (again, after a reactivation). */
	public LocalDate activeSince() {
		return this.activeSince;
	}

	public boolean isActive() {
		return this.inactiveSince == null;
	}

	public @Nullable LocalDate inactiveSince() {
		return this.inactiveSince;
	}

	public @Nullable String inactiveReason() {
		return this.inactiveReason;
	}

	/** Appointments, oldest decree first. */
	public List<Appointment> appointments() {
		return this.appointments.stream()
			.sorted(Comparator.comparing(Appointment::decreeDate).thenComparing(Appointment::id))
			.toList();
	}

	/** Trainings, oldest first. */
	public List<Training> trainings() {
		return this.trainings.stream()
			.sorted(Comparator.comparing(Training::trainedOn).thenComparing(Training::id))
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
