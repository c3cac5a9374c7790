package id.pulih.activity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.pulih.client.ClientRegistry;
import id.pulih.geography.AreaLevel;
import id.pulih.geography.Areas;
import id.pulih.organisation.Organisation;
import id.pulih.organisation.OrganisationType;
import id.pulih.organisation.Organisations;
import id.pulih.shared.Audited;
import id.pulih.shared.Conflict;
import id.pulih.shared.Ids;
import id.pulih.shared.RecordNotFound;
import id.pulih.shared.RuleViolation;
import id.pulih.shared.security.PulihUser;
import id.pulih.shared.security.Role;
import id.pulih.shared.security.Scope;
import id.pulih.workforce.PersonSummary;
import id.pulih.workforce.Workforce;

/**
 * Records, edits, voids and reads community activities and their attachments. Every read
 * takes the caller's {@link Scope} and filters by it in SQL (through the activity's
 * organisation); an activity outside it answers {@link RecordNotFound} like a missing
 * one.
 * <p>
 * Who may record what: recovery agents and unit chairs for their IBM unit, rehabilitation
 * officers for the units in their scope and their BNN office's own activities, field
 * officers and health workers socialization, mapping, outreach and advocacy for their
 * organisation. Each command runs in one transaction with its audit entry and its effects
 * on people's records (training records, appointments), so a refused command writes
 * nothing.
 */
@Service
@Transactional
public class Activities {

	static final Set<Role> WRITERS = EnumSet.of(Role.RECOVERY_AGENT, Role.UNIT_CHAIR, Role.REHABILITATION_OFFICER,
			Role.FIELD_OFFICER, Role.HEALTH_WORKER);

	static final Set<Role> READERS = EnumSet.of(Role.RECOVERY_AGENT, Role.UNIT_CHAIR, Role.REHABILITATION_OFFICER,
			Role.FIELD_OFFICER, Role.HEALTH_WORKER, Role.PROGRAMME_MANAGER);

	/** The kinds a field officer or health worker records for their organisation. */
	static final Set<ActivityKind> COMMUNITY_KINDS = EnumSet.of(ActivityKind.SOCIALIZATION, ActivityKind.MAPPING,
			ActivityKind.OUTREACH, ActivityKind.ADVOCACY);

	/** Kinds whose village must lie in an IBM unit's own regency. */
	private static final Set<ActivityKind> IN_REGENCY = EnumSet.of(ActivityKind.SOCIALIZATION, ActivityKind.MAPPING,
			ActivityKind.OUTREACH);

	private static final Set<OrganisationType> BNN_OFFICES = EnumSet.of(OrganisationType.BNN, OrganisationType.BNNP,
			OrganisationType.BNNK);

	static final int MAX_ATTACHMENTS = 10;

	private static final int MAX_LIMIT = 500;

	private static final String LINE_COLUMNS = """
			SELECT a.id, a.organisation_id, o.name, a.kind, a.held_on, a.village_code, a.people_reached,
			       a.potential_clients, a.voided_at IS NOT NULL
			FROM activity a JOIN organisation o ON o.id = a.organisation_id
			WHERE\s""";

	private final ActivityRepository repository;

	private final Organisations organisations;

	private final Areas areas;

	private final Workforce workforce;

	private final ClientRegistry clients;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final long maxAttachmentBytes;

	Activities(ActivityRepository repository, Organisations organisations, Areas areas, Workforce workforce,
			ClientRegistry clients, JdbcClient jdbc, ApplicationEventPublisher events, Clock clock,
			@Value("${pulih.activity.max-attachment-bytes:5242880}") long maxAttachmentBytes) {
		this.repository = repository;
		this.organisations = organisations;
		this.areas = areas;
		this.workforce = workforce;
		this.clients = clients;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
		this.maxAttachmentBytes = maxAttachmentBytes;
	}

	/** Records an activity without attachments. */
	public Activity record(NewActivity command, PulihUser by) {
		return record(command, List.of(), by);
	}

	/**
	 * Records an activity with its attachments, all or nothing. A retried command with
	 * the same id and content returns the stored activity; a different one with that id
	 * is a {@link Conflict}.
	 */
	public Activity record(NewActivity command, List<Upload> uploads, PulihUser by) {
		Scope scope = by.scope();
		if (command.id() != null) {
			Optional<Activity> existing = this.repository.findById(command.id());
			if (existing.isPresent()) {
				Activity stored = existing.get();
				if (isVisible(stored.id(), scope) && uploads.isEmpty()) {
					NewActivity checked = Activity.check(withDefaults(command, stored.organisationId(), by), today(by));
					if (stored.content().equals(checked.withId(null))) {
						return stored;
					}
				}
				throw new Conflict("id", "activity.error.idTaken");
			}
		}
		UUID organisationId = (command.organisationId() != null) ? command.organisationId() : ownOrganisation(by);
		if (organisationId == null) {
			throw new RuleViolation("organisationId", "activity.error.organisationRequired");
		}
		Organisation organisation = this.organisations.find(organisationId, scope)
			.filter(org -> !org.isVoided())
			.orElseThrow(() -> new RuleViolation("organisationId", "activity.error.organisationNotFound"));
		NewActivity checked = Activity.check(withDefaults(command, organisationId, by), today(by));
		mayWrite(organisation, Objects.requireNonNull(checked.kind()), by);
		checkReferences(organisation, checked, null, by);
		String province = (organisation.provinceCode() != null) ? organisation.provinceCode()
				: checked.villageCode().substring(0, 2);
		Activity activity = Activity.record((command.id() != null) ? command.id() : Ids.newId(), organisationId,
				province, checked);
		applyEffects(organisation, checked, null, by);
		Activity saved = this.repository.save(activity);
		audit("activity.recorded", saved, saved.kind() + " " + organisation.code());
		for (Upload upload : uploads) {
			store(saved, upload, by);
		}
		return saved;
	}

	/**
	 * Edits an activity. The version, when given, must be the one stored (otherwise
	 * {@link Conflict}). The kind never changes; a training's topic, date, hours and
	 * trainees already recorded, and a cadre development's action and people, are fixed
	 * because people's records rest on them (trainees may be added).
	 */
	public Activity edit(UUID id, @Nullable Integer version, NewActivity command, PulihUser by) {
		return edit(id, version, command, List.of(), by);
	}

	/** Edits an activity and adds attachments to it, all or nothing. */
	public Activity edit(UUID id, @Nullable Integer version, NewActivity command, List<Upload> uploads, PulihUser by) {
		Activity activity = get(id, by.scope());
		if (version != null && !version.equals(activity.version())) {
			throw new Conflict("version", "activity.error.stale");
		}
		Organisation organisation = this.organisations.get(activity.organisationId(), by.scope());
		NewActivity checked = Activity.check(withDefaults(command, activity.organisationId(), by), today(by));
		if (checked.kind() != activity.kind()) {
			throw new RuleViolation("kind", "activity.error.kindFixed");
		}
		mayWrite(organisation, activity.kind(), by);
		checkReferences(organisation, checked, activity, by);
		applyEffects(organisation, checked, activity, by);
		activity.edit(checked);
		Activity saved = this.repository.save(activity);
		audit("activity.edited", saved, saved.kind() + " " + organisation.code());
		for (Upload upload : uploads) {
			store(saved, upload, by);
		}
		return saved;
	}

	/**
	 * Voids an activity with a reason: it stays, shown as voided, and counts nowhere.
	 * People's training records and appointments made by it stay (they happened).
	 */
	public Activity voidActivity(UUID id, @Nullable String reason, PulihUser by) {
		Activity activity = get(id, by.scope());
		Organisation organisation = this.organisations.get(activity.organisationId(), by.scope());
		mayWrite(organisation, activity.kind(), by);
		activity.voidActivity(reason, by.getUsername(), this.clock.instant());
		Activity saved = this.repository.save(activity);
		audit("activity.voided", saved, saved.voidReason());
		return saved;
	}

	/** Attaches a file (JPEG, PNG or PDF within the size limit) to an activity. */
	public AttachmentInfo attach(UUID activityId, Upload upload, PulihUser by) {
		return attach(activityId, List.of(upload), by).getFirst();
	}

	/** Attaches files to an activity, all or none. */
	public List<AttachmentInfo> attach(UUID activityId, List<Upload> uploads, PulihUser by) {
		if (uploads.isEmpty()) {
			throw new RuleViolation("attachments", "activity.error.attachmentRequired");
		}
		Activity activity = get(activityId, by.scope());
		Organisation organisation = this.organisations.get(activity.organisationId(), by.scope());
		mayWrite(organisation, activity.kind(), by);
		if (activity.isVoided()) {
			throw RuleViolation.of("activity.error.voided");
		}
		List<AttachmentInfo> stored = new ArrayList<>();
		for (Upload upload : uploads) {
			stored.add(store(activity, upload, by));
		}
		return stored;
	}

	@Transactional(readOnly = true)
	public Optional<Activity> find(UUID id, Scope scope) {
		if (id == null || !isVisible(id, scope)) {
			return Optional.empty();
		}
		return this.repository.findById(id);
	}

	/** The activity, or {@link RecordNotFound} when missing or outside the scope. */
	@Transactional(readOnly = true)
	public Activity get(UUID id, Scope scope) {
		return find(id, scope).orElseThrow(() -> new RecordNotFound("activity"));
	}

	/**
	 * Activities inside the scope, newest first, voided ones included (marked), each
	 * filter optional.
	 */
	@Transactional(readOnly = true)
	public List<ActivityLine> list(Scope scope, @Nullable ActivityKind kind, @Nullable Integer year,
			@Nullable UUID organisationId, int limit) {
		Scope.ScopeFilter filter = scope.organisationFilter("o");
		StringBuilder sql = new StringBuilder(LINE_COLUMNS).append(filter.sql());
		List<Object> params = new ArrayList<>();
		if (filter.parameter() != null) {
			params.add(filter.parameter());
		}
		if (kind != null) {
			sql.append(" AND a.kind = ?");
			params.add(kind.name());
		}
		if (year != null) {
			sql.append(" AND a.held_on >= ? AND a.held_on < ?");
			params.add(LocalDate.of(year, 1, 1));
			params.add(LocalDate.of(year + 1, 1, 1));
		}
		if (organisationId != null) {
			sql.append(" AND a.organisation_id = ?");
			params.add(organisationId);
		}
		sql.append(" ORDER BY a.held_on DESC, a.id DESC LIMIT ").append(Math.clamp(limit, 1, MAX_LIMIT));
		return this.jdbc.sql(sql.toString()).params(params).query(Activities::line).list();
	}

	@Transactional(readOnly = true)
	public List<AttachmentInfo> attachments(UUID activityId, Scope scope) {
		Activity activity = get(activityId, scope);
		return this.jdbc
			.sql("SELECT id, activity_id, file_name, content_type, size_bytes, created_at "
					+ "FROM activity_attachment WHERE activity_id = ? ORDER BY created_at, id")
			.param(activity.id())
			.query(Activities::attachmentInfo)
			.list();
	}

	/** An attachment with its bytes, or {@link RecordNotFound} outside the scope. */
	@Transactional(readOnly = true)
	public StoredAttachment attachment(UUID activityId, UUID attachmentId, Scope scope) {
		Activity activity = get(activityId, scope);
		return this.jdbc
			.sql("SELECT id, activity_id, file_name, content_type, size_bytes, created_at, content "
					+ "FROM activity_attachment WHERE activity_id = ? AND id = ?")
			.params(activity.id(), attachmentId)
			.query((rs, row) -> new StoredAttachment(attachmentInfo(rs, row), rs.getBytes(7)))
			.optional()
			.orElseThrow(() -> new RecordNotFound("attachment"));
	}

	/** Whether the user may record (or change) activities of this kind there. */
	@Transactional(readOnly = true)
	public boolean canWrite(Organisation organisation, ActivityKind kind, PulihUser user) {
		try {
			mayWrite(organisation, kind, user);
			return true;
		}
		catch (RuleViolation ex) {
			return false;
		}
	}

	/** The kinds the user may record for an organisation (empty when none). */
	@Transactional(readOnly = true)
	public List<ActivityKind> writableKinds(Organisation organisation, PulihUser user) {
		return java.util.Arrays.stream(ActivityKind.values()).filter(k -> canWrite(organisation, k, user)).toList();
	}

	/** The largest attachment accepted, in bytes. */
	public long maxAttachmentBytes() {
		return this.maxAttachmentBytes;
	}

	/**
	 * Refuses an attachment larger than the limit before it is read.
	 * @throws RuleViolation {@code activity.error.attachmentTooLarge}
	 */
	public void checkAttachmentSize(long size) {
		if (size > this.maxAttachmentBytes) {
			throw new RuleViolation("attachments", "activity.error.attachmentTooLarge", megabytes());
		}
	}

	/** Today in the user's time zone (Jakarta time without one). */
	public LocalDate today(@Nullable PulihUser user) {
		ZoneId zone = PulihUser.zoneOf(user);
		return LocalDate.now(this.clock.withZone(zone));
	}

	private void mayWrite(Organisation organisation, ActivityKind kind, PulihUser by) {
		if (!WRITERS.contains(by.role())) {
			throw new RuleViolation("organisationId", "activity.error.notAllowed");
		}
		if (!by.scope().covers(organisation.path(), organisation.areaCode())) {
			throw new RuleViolation("organisationId", "activity.error.organisationNotFound");
		}
		OrganisationType type = organisation.type();
		boolean fits = switch (by.role()) {
			case RECOVERY_AGENT, UNIT_CHAIR -> type == OrganisationType.IBM_UNIT;
			case REHABILITATION_OFFICER -> type == OrganisationType.IBM_UNIT || BNN_OFFICES.contains(type);
			case FIELD_OFFICER, HEALTH_WORKER -> type != OrganisationType.IBM_UNIT && !BNN_OFFICES.contains(type);
			default -> false;
		};
		if (!fits) {
			throw new RuleViolation("organisationId", "activity.error.organisationNotAllowed");
		}
		if ((by.role() == Role.FIELD_OFFICER || by.role() == Role.HEALTH_WORKER) && !COMMUNITY_KINDS.contains(kind)) {
			throw new RuleViolation("kind", "activity.error.kindNotForRole");
		}
	}

	/**
	 * The village, the leader, the participants, the trainees, the clients, the agents.
	 */
	private void checkReferences(Organisation organisation, NewActivity c, @Nullable Activity before, PulihUser by) {
		Scope scope = by.scope();
		String village = Objects.requireNonNull(c.villageCode());
		if (!this.areas.exists(village, AreaLevel.VILLAGE)) {
			throw new RuleViolation("villageCode", "activity.error.villageUnknown");
		}
		if (organisation.type() == OrganisationType.IBM_UNIT && IN_REGENCY.contains(c.kind())) {
			String home = (organisation.unit() != null) ? organisation.unit().villageCode() : organisation.areaCode();
			if (home == null || home.length() < 5 || !village.startsWith(home.substring(0, 5) + ".")) {
				throw new RuleViolation("villageCode", "activity.error.villageOutsideRegency");
			}
		}
		if (c.ledBy() != null && (before == null || !c.ledBy().equals(before.ledBy()))
				&& this.workforce.find(c.ledBy(), scope).isEmpty()) {
			throw new RuleViolation("ledBy", "activity.error.personNotFound");
		}
		Map<UUID, PersonSummary> people = this.workforce.ofOrganisation(organisation.id(), scope)
			.stream()
			.collect(Collectors.toMap(PersonSummary::id, Function.identity()));
		Set<UUID> earlier = (before != null) ? before.participantIds() : Set.of();
		for (UUID participant : listOf(c.participantIds())) {
			member(people, participant, "participantIds", earlier.contains(participant));
		}
		Set<UUID> earlierTrainees = (before != null) ? before.traineeIds() : Set.of();
		for (UUID trainee : listOf(c.traineeIds())) {
			member(people, trainee, "traineeIds", earlierTrainees.contains(trainee));
		}
		for (UUID client : listOf(c.clientIds())) {
			try {
				this.clients.get(client, scope);
			}
			catch (RecordNotFound ex) {
				throw new RuleViolation("clientIds", "activity.error.clientNotFound");
			}
		}
		if (c.kind() == ActivityKind.CADRE_DEVELOPMENT) {
			boolean unchanged = before != null && Objects.equals(before.cadrePersonId(), c.cadrePersonId());
			member(people, Objects.requireNonNull(c.cadrePersonId()), "cadrePersonId", unchanged);
			if (c.cadreAction() == CadreAction.REPLACED) {
				PersonSummary replaced = people.get(c.replacedPersonId());
				if (replaced == null) {
					throw new RuleViolation("replacedPersonId", "activity.error.personNotInOrganisation");
				}
				if (replaced.active() && before == null) {
					throw new RuleViolation("replacedPersonId", "activity.error.replacedStillActive");
				}
			}
		}
	}

	private static void member(Map<UUID, PersonSummary> people, UUID id, String field, boolean alreadyRecorded) {
		PersonSummary person = people.get(id);
		if (person == null) {
			throw new RuleViolation(field, "activity.error.personNotInOrganisation");
		}
		if (!person.active() && !alreadyRecorded) {
			throw new RuleViolation(field, "activity.error.personInactive");
		}
	}

	/**
	 * What a training or cadre development does to people's records: a training record
	 * for each new trainee, an appointment by decree. On an edit, what people's records
	 * rest on may not change.
	 */
	private void applyEffects(Organisation organisation, NewActivity c, @Nullable Activity before, PulihUser by) {
		Scope scope = by.scope();
		if (c.kind() == ActivityKind.TRAINING) {
			Set<UUID> already = Set.of();
			if (before != null) {
				already = before.traineeIds();
				if (!Objects.equals(before.topic(), c.topic()) || !before.heldOn().equals(c.heldOn())
						|| before.trainingHours() == null || c.trainingHours() == null
						|| before.trainingHours().compareTo(c.trainingHours()) != 0) {
					throw new RuleViolation("topic", "activity.error.trainingFixed");
				}
				if (!listOf(c.traineeIds()).containsAll(already)) {
					throw new RuleViolation("traineeIds", "activity.error.traineeRemoved");
				}
			}
			for (UUID trainee : listOf(c.traineeIds())) {
				if (!already.contains(trainee)) {
					this.workforce.addTraining(trainee, Objects.requireNonNull(c.topic()),
							Objects.requireNonNull(c.heldOn()), c.trainingHours(), organisation.name(), scope);
				}
			}
		}
		if (c.kind() == ActivityKind.CADRE_DEVELOPMENT) {
			if (before != null) {
				if (before.cadreAction() != c.cadreAction()
						|| !Objects.equals(before.cadrePersonId(), c.cadrePersonId())
						|| !Objects.equals(before.replacedPersonId(), c.replacedPersonId())
						|| !Objects.equals(before.decreeNumber(), c.decreeNumber())
						|| !Objects.equals(before.decreeDate(), c.decreeDate())) {
					throw new RuleViolation("cadreAction", "activity.error.cadreFixed");
				}
				return;
			}
			if (c.cadreAction() == CadreAction.APPOINTED) {
				this.workforce.appoint(Objects.requireNonNull(c.cadrePersonId()), c.decreeNumber(), c.decreeDate(),
						organisation.id(), scope);
			}
		}
	}

	private AttachmentInfo store(Activity activity, Upload upload, PulihUser by) {
		byte[] bytes = (upload.bytes() != null) ? upload.bytes() : new byte[0];
		if (bytes.length == 0) {
			throw new RuleViolation("attachments", "activity.error.attachmentEmpty");
		}
		checkAttachmentSize(bytes.length);
		String type = FileTypes.detect(bytes);
		if (type == null) {
			throw new RuleViolation("attachments", "activity.error.attachmentType");
		}
		long count = this.jdbc.sql("SELECT COUNT(*) FROM activity_attachment WHERE activity_id = ?")
			.param(activity.id())
			.query(Long.class)
			.single();
		if (count >= MAX_ATTACHMENTS) {
			throw new RuleViolation("attachments", "activity.error.attachmentTooMany", MAX_ATTACHMENTS);
		}
		UUID id = Ids.newId();
		String name = FileTypes.safeName(upload.fileName(), type);
		Instant now = this.clock.instant();
		this.jdbc.sql("INSERT INTO activity_attachment (id, activity_id, organisation_id, province_code, file_name, "
				+ "content_type, size_bytes, content, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(id, activity.id(), activity.organisationId(), activity.provinceCode(), name, type,
					(long) bytes.length, bytes, OffsetDateTime.ofInstant(now, ZoneOffset.UTC), by.getUsername())
			.update();
		audit("activity.attachmentAdded", activity, type + " " + bytes.length);
		return new AttachmentInfo(id, activity.id(), name, type, bytes.length, now);
	}

	private long megabytes() {
		return Math.max(1, this.maxAttachmentBytes / (1024 * 1024));
	}

	private NewActivity withDefaults(NewActivity command, UUID organisationId, PulihUser by) {
		NewActivity withLeader = (command.ledBy() != null) ? command
				: command.withParticipants(by.personId(), command.participantIds());
		return new NewActivity(command.id(), organisationId, withLeader.kind(), withLeader.heldOn(),
				withLeader.villageCode(), withLeader.ledBy(), withLeader.participantIds(), withLeader.notes(),
				withLeader.audience(), withLeader.peopleReached(), withLeader.potentialClients(),
				withLeader.clientIds(), withLeader.areasCovered(), withLeader.mappingMethod(), withLeader.hotSpots(),
				withLeader.hotSpotNote(), withLeader.advocacyWith(), withLeader.topic(), withLeader.outcome(),
				withLeader.commitment(), withLeader.commitmentRupiah(), withLeader.trainingHours(),
				withLeader.traineeIds(), withLeader.cadreAction(), withLeader.cadrePersonId(),
				withLeader.replacedPersonId(), withLeader.decreeNumber(), withLeader.decreeDate());
	}

	private static @Nullable UUID ownOrganisation(PulihUser by) {
		return (by.scope().kind() == Scope.Kind.ORGANISATION) ? by.scope().organisationId() : null;
	}

	private boolean isVisible(UUID id, Scope scope) {
		Scope.ScopeFilter filter = scope.organisationFilter("o");
		List<Object> params = new ArrayList<>();
		params.add(id);
		if (filter.parameter() != null) {
			params.add(filter.parameter());
		}
		return this.jdbc
			.sql("SELECT COUNT(*) FROM activity a JOIN organisation o ON o.id = a.organisation_id WHERE a.id = ? AND "
					+ filter.sql())
			.params(params)
			.query(Long.class)
			.single() > 0;
	}

	private void audit(String action, Activity activity, @Nullable String detail) {
		this.events.publishEvent(new Audited(action, "activity", activity.id(), detail));
	}

	private static List<UUID> listOf(@Nullable List<UUID> ids) {
		return (ids != null) ? ids : List.of();
	}

	private static ActivityLine line(ResultSet rs, int row) throws SQLException {
		return new ActivityLine(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
				ActivityKind.valueOf(rs.getString(4)), rs.getObject(5, LocalDate.class), rs.getString(6),
				(Integer) rs.getObject(7), (Integer) rs.getObject(8), rs.getBoolean(9));
	}

	private static AttachmentInfo attachmentInfo(ResultSet rs, int row) throws SQLException {
		return new AttachmentInfo(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
				rs.getString(4), rs.getLong(5), rs.getObject(6, OffsetDateTime.class).toInstant());
	}

	/** An attachment and its bytes. */
	public record StoredAttachment(AttachmentInfo info, byte[] bytes) {

	}

}
