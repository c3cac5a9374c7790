package id.pulih.activity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

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

import id.pulih.shared.RuleViolation;

/**
 * One community activity of a unit or organisation: the fields every kind shares (date,
 * village, who ran it, who took part) and the typed fields of its kind, so reports can
 * add them up. Voided activities stay, marked, and count nowhere.
 * <p>
 * {@link #check} enforces the rules that need nothing but the command itself (required
 * fields, counts never negative, potential clients never more than people reached); the
 * rules that need other records (village in the unit's regency, participants of the
 * organisation, clients in scope) are checked by {@link Activities}.
 */
@Table("activity")
public class Activity {

	static final int NOTES_MAX = 2000;

	static final int TEXT_MAX = 200;

	static final int LONG_TEXT_MAX = 1000;

	static final int REASON_MAX = 500;

	static final int COUNT_MAX = 1_000_000;

	static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

	@Id
	private final UUID id;

	private final UUID organisationId;

	private final String provinceCode;

	private final ActivityKind kind;

	private LocalDate heldOn;

	private String villageCode;

	private @Nullable UUID ledBy;

	private @Nullable String notes;

	private @Nullable Audience audience;

	private @Nullable Integer peopleReached;

	private @Nullable Integer potentialClients;

	private @Nullable String areasCovered;

	private @Nullable MappingMethod mappingMethod;

	private @Nullable Integer hotSpots;

	private @Nullable String hotSpotNote;

	private @Nullable String advocacyWith;

	private @Nullable String topic;

	private @Nullable String outcome;

	private @Nullable String commitment;

	private @Nullable Long commitmentRupiah;

	private @Nullable BigDecimal trainingHours;

	private @Nullable CadreAction cadreAction;

	private @Nullable UUID cadrePersonId;

	private @Nullable UUID replacedPersonId;

	private @Nullable String decreeNumber;

	private @Nullable LocalDate decreeDate;

	private @Nullable Instant voidedAt;

	private @Nullable String voidedBy;

	private @Nullable String voidReason;

	@MappedCollection(idColumn = "activity_id")
	private Set<Participant> participants = new LinkedHashSet<>();

	@MappedCollection(idColumn = "activity_id")
	private Set<Trainee> trainees = new LinkedHashSet<>();

	@MappedCollection(idColumn = "activity_id")
	private Set<LinkedClient> clients = new LinkedHashSet<>();

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
	Activity(UUID id, UUID organisationId, String provinceCode, ActivityKind kind, LocalDate heldOn,
			String villageCode) {
		this.id = id;
		this.organisationId = organisationId;
		this.provinceCode = provinceCode;
		this.kind = kind;
		this.heldOn = heldOn;
		this.villageCode = villageCode;
	}

	/**
	 * The command with its fields checked and tidied: blank text is null, text trimmed,
	 * lists without duplicates and sorted, fields of other kinds dropped.
	 * @param today the user's today: an activity is never in the future
	 * @throws RuleViolation naming the field at fault
	 */
	static NewActivity check(NewActivity command, LocalDate today) {
		ActivityKind kind = command.kind();
		if (kind == null) {
			throw new RuleViolation("kind", "activity.error.kindRequired");
		}
		LocalDate heldOn = command.heldOn();
		if (heldOn == null) {
			throw new RuleViolation("heldOn", "activity.error.dateRequired");
		}
		if (heldOn.isAfter(today)) {
			throw new RuleViolation("heldOn", "activity.error.dateInFuture");
		}
		if (heldOn.isBefore(EARLIEST)) {
			throw new RuleViolation("heldOn", "activity.error.dateTooEarly", EARLIEST);
		}
		String village = text(command.villageCode(), "villageCode", 13);
		if (village == null) {
			throw new RuleViolation("villageCode", "activity.error.villageRequired");
		}
		String notes = text(command.notes(), "notes", NOTES_MAX);
		List<UUID> participants = ids(command.participantIds());
		Audience audience = null;
		Integer reached = null;
		Integer potential = null;
		List<UUID> clients = List.of();
		String areas = null;
		MappingMethod method = null;
		Integer hotSpots = null;
		String hotSpotNote = null;
		String with = null;
		String topic = null;
		String outcome = null;
		String commitment = null;
		Long rupiah = null;
		BigDecimal hours = null;
		List<UUID> trainees = List.of();
		CadreAction action = null;
		UUID cadrePerson = null;
		UUID replaced = null;
		String decreeNumber = null;
		LocalDate decreeDate = null;
		switch (kind) {
			case SOCIALIZATION -> {
				audience = required(command.audience(), "audience");
				reached = count(command.peopleReached(), "peopleReached", true);
			}
			case MAPPING -> {
				areas = required(text(command.areasCovered(), "areasCovered", LONG_TEXT_MAX), "areasCovered");
				method = required(command.mappingMethod(), "mappingMethod");
				Integer spots = count(command.hotSpots(), "hotSpots", false);
				hotSpots = (spots != null) ? spots : 0;
				hotSpotNote = text(command.hotSpotNote(), "hotSpotNote", LONG_TEXT_MAX);
			}
			case OUTREACH -> {
				reached = count(command.peopleReached(), "peopleReached", true);
				Integer found = count(command.potentialClients(), "potentialClients", false);
				potential = (found != null) ? found : 0;
				if (potential > reached) {
					throw new RuleViolation("potentialClients", "activity.error.potentialExceedsReached");
				}
				clients = ids(command.clientIds());
				if (clients.size() > potential) {
					throw new RuleViolation("clientIds", "activity.error.tooManyClients");
				}
			}
			case ADVOCACY -> {
				with = required(text(command.advocacyWith(), "advocacyWith", TEXT_MAX), "advocacyWith");
				topic = required(text(command.topic(), "topic", TEXT_MAX), "topic");
				outcome = text(command.outcome(), "outcome", LONG_TEXT_MAX);
				commitment = text(command.commitment(), "commitment", LONG_TEXT_MAX);
				rupiah = command.commitmentRupiah();
				if (rupiah != null && rupiah < 0) {
					throw new RuleViolation("commitmentRupiah", "activity.error.negative");
				}
			}
			case TRAINING -> {
				topic = required(text(command.topic(), "topic", TEXT_MAX), "topic");
				BigDecimal given = required(command.trainingHours(), "trainingHours");
				if (given.signum() <= 0 || given.compareTo(new BigDecimal("999")) > 0
						|| given.stripTrailingZeros().scale() > 1) {
					throw new RuleViolation("trainingHours", "activity.error.hoursRange");
				}
				hours = given.setScale(1, RoundingMode.UNNECESSARY);
				trainees = ids(command.traineeIds());
				if (trainees.isEmpty()) {
					throw new RuleViolation("traineeIds", "activity.error.traineesRequired");
				}
			}
			case CADRE_DEVELOPMENT -> {
				action = required(command.cadreAction(), "cadreAction");
				cadrePerson = required(command.cadrePersonId(), "cadrePersonId");
				if (action == CadreAction.APPOINTED) {
					decreeNumber = required(text(command.decreeNumber(), "decreeNumber", 100), "decreeNumber");
					decreeDate = required(command.decreeDate(), "decreeDate");
					if (decreeDate.isAfter(today)) {
						throw new RuleViolation("decreeDate", "activity.error.dateInFuture");
					}
				}
				if (action == CadreAction.REPLACED) {
					replaced = required(command.replacedPersonId(), "replacedPersonId");
					if (replaced.equals(cadrePerson)) {
						throw new RuleViolation("replacedPersonId", "activity.error.replacedSamePerson");
					}
				}
			}
		}
		return new NewActivity(command.id(), command.organisationId(), kind, heldOn, village, command.ledBy(),
				participants, notes, audience, reached, potential, clients, areas, method, hotSpots, hotSpotNote, with,
				topic, outcome, commitment, rupiah, hours, trainees, action, cadrePerson, replaced, decreeNumber,
				decreeDate);
	}

	/** A new activity from a checked command. */
	static Activity record(UUID id, UUID organisationId, String provinceCode, NewActivity checked) {
		Activity activity = new Activity(id, organisationId, provinceCode, Objects.requireNonNull(checked.kind()),
				Objects.requireNonNull(checked.heldOn()), Objects.requireNonNull(checked.villageCode()));
		activity.apply(checked);
		return activity;
	}

	/** Takes the checked content of an edit; the kind never changes. */
	void edit(NewActivity checked) {
		if (isVoided()) {
			throw RuleViolation.of("activity.error.voided");
		}
		if (checked.kind() != this.kind) {
			throw new RuleViolation("kind", "activity.error.kindFixed");
		}
		apply(checked);
	}

	void voidActivity(@Nullable String reason, String by, Instant now) {
		if (isVoided()) {
			throw RuleViolation.of("activity.error.voided");
		}
		String checked = text(reason, "reason", REASON_MAX);
		if (checked == null) {
			throw new RuleViolation("reason", "activity.error.reasonRequired");
		}
		this.voidReason = checked;
		this.voidedBy = by;
		this.voidedAt = now;
	}

	private void apply(NewActivity c) {
		this.heldOn = Objects.requireNonNull(c.heldOn());
		this.villageCode = Objects.requireNonNull(c.villageCode());
		this.ledBy = c.ledBy();
		this.notes = c.notes();
		this.audience = c.audience();
		this.peopleReached = c.peopleReached();
		this.potentialClients = c.potentialClients();
		this.areasCovered = c.areasCovered();
		this.mappingMethod = c.mappingMethod();
		this.hotSpots = c.hotSpots();
		this.hotSpotNote = c.hotSpotNote();
		this.advocacyWith = c.advocacyWith();
		this.topic = c.topic();
		this.outcome = c.outcome();
		this.commitment = c.commitment();
		this.commitmentRupiah = c.commitmentRupiah();
		this.trainingHours = c.trainingHours();
		this.cadreAction = c.cadreAction();
		this.cadrePersonId = c.cadrePersonId();
		this.replacedPersonId = c.replacedPersonId();
		this.decreeNumber = c.decreeNumber();
		this.decreeDate = c.decreeDate();
		this.participants = new LinkedHashSet<>();
		listOrEmpty(c.participantIds()).forEach(p -> this.participants.add(new Participant(p)));
		this.trainees = new LinkedHashSet<>();
		listOrEmpty(c.traineeIds()).forEach(p -> this.trainees.add(new Trainee(p)));
		this.clients = new LinkedHashSet<>();
		listOrEmpty(c.clientIds()).forEach(p -> this.clients.add(new LinkedClient(p)));
	}

	/** What was recorded, in the shape of a checked command (for retries and edits). */
	NewActivity content() {
		return new NewActivity(null, this.organisationId, this.kind, this.heldOn, this.villageCode, this.ledBy,
				sorted(participantIds()), this.notes, this.audience, this.peopleReached, this.potentialClients,
				sorted(clientIds()), this.areasCovered, this.mappingMethod, this.hotSpots, this.hotSpotNote,
				this.advocacyWith, this.topic, this.outcome, this.commitment, this.commitmentRupiah,
				(this.trainingHours != null) ? this.trainingHours.setScale(1, RoundingMode.HALF_UP) : null,
				sorted(traineeIds()), this.cadreAction, this.cadrePersonId, this.replacedPersonId, this.decreeNumber,
				this.decreeDate);
	}

	private static <T> T required(@Nullable T value, String field) {
		if (value == null) {
			throw new RuleViolation(field, "activity.error.required");
		}
		return value;
	}

	private static @Nullable Integer count(@Nullable Integer value, String field, boolean needed) {
		if (value == null) {
			if (needed) {
				throw new RuleViolation(field, "activity.error.required");
			}
			return null;
		}
		if (value < 0) {
			throw new RuleViolation(field, "activity.error.negative");
		}
		if (value > COUNT_MAX) {
			throw new RuleViolation(field, "activity.error.countTooLarge", COUNT_MAX);
		}
		return value;
	}

	private static @Nullable String text(@Nullable String value, String field, int max) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String stripped = value.strip();
		if (stripped.length() > max) {
			throw new RuleViolation(field, "activity.error.tooLong", max);
		}
		return stripped;
	}

	private static List<UUID> ids(@Nullable List<UUID> given) {
		if (given == null) {
			return List.of();
		}
		return sorted(new LinkedHashSet<>(given.stream().filter(Objects::nonNull).toList()));
	}

	private static List<UUID> sorted(Set<UUID> ids) {
		List<UUID> list = new ArrayList<>(ids);
		list.sort(Comparator.comparing(UUID::toString));
		return List.copyOf(list);
	}

	private static List<UUID> listOrEmpty(@Nullable List<UUID> list) {
		return (list != null) ? list : List.of();
	}

	public boolean isVoided() {
		return this.voidedAt != null;
	}

	public UUID id() {
		return this.id;
	}

	public UUID organisationId() {
		return this.organisationId;
	}

	public String provinceCode() {
		return this.provinceCode;
	}

	public ActivityKind kind() {
		return this.kind;
	}

	public LocalDate heldOn() {
		return this.heldOn;
	}

	public String villageCode() {
		return this.villageCode;
	}

	public @Nullable UUID ledBy() {
		return this.ledBy;
	}

	public @Nullable String notes() {
		return this.notes;
	}

	public @Nullable Audience audience() {
		return this.audience;
	}

	public @Nullable Integer peopleReached() {
		return this.peopleReached;
	}

	public @Nullable Integer potentialClients() {
		return this.potentialClients;
	}

	public @Nullable String areasCovered() {
		return this.areasCovered;
	}

	public @Nullable MappingMethod mappingMethod() {
		return this.mappingMethod;
	}

	public @Nullable Integer hotSpots() {
		return this.hotSpots;
	}

	public @Nullable String hotSpotNote() {
		return this.hotSpotNote;
	}

	public @Nullable String advocacyWith() {
		return this.advocacyWith;
	}

	public @Nullable String topic() {
		return this.topic;
	}

	public @Nullable String outcome() {
		return this.outcome;
	}

	public @Nullable String commitment() {
		return this.commitment;
	}

	public @Nullable Long commitmentRupiah() {
		return this.commitmentRupiah;
	}

	public @Nullable BigDecimal trainingHours() {
		return this.trainingHours;
	}

	public @Nullable CadreAction cadreAction() {
		return this.cadreAction;
	}

	public @Nullable UUID cadrePersonId() {
		return this.cadrePersonId;
	}

	public @Nullable UUID replacedPersonId() {
		return this.replacedPersonId;
	}

	public @Nullable String decreeNumber() {
		return this.decreeNumber;
	}

	public @Nullable LocalDate decreeDate() {
		return this.decreeDate;
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

	public Set<UUID> participantIds() {
		Set<UUID> ids = new LinkedHashSet<>();
		this.participants.forEach(p -> ids.add(p.personId()));
		return ids;
	}

	public Set<UUID> traineeIds() {
		Set<UUID> ids = new LinkedHashSet<>();
		this.trainees.forEach(p -> ids.add(p.personId()));
		return ids;
	}

	/** Clients registered from an outreach: shown to managers only as a count. */
	public Set<UUID> clientIds() {
		Set<UUID> ids = new LinkedHashSet<>();
		this.clients.forEach(c -> ids.add(c.clientId()));
		return ids;
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

	@Override
	public boolean equals(Object other) {
		return other instanceof Activity that && Objects.equals(this.id, that.id);
	}

	@Override
	public int hashCode() {
		return this.id.hashCode();
	}

	@Table("activity_participant")
	record Participant(UUID personId) {

	}

	@Table("activity_trainee")
	record Trainee(UUID personId) {

	}

	@Table("activity_client")
	record LinkedClient(UUID clientId) {

	}

}
