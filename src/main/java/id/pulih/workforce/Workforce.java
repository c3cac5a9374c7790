package id.pulih.workforce;

import id.pulih.shared.Sex;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import id.pulih.organisation.Organisation;
import id.pulih.organisation.OrganisationType;
import id.pulih.organisation.Organisations;
import id.pulih.shared.Audited;
import id.pulih.shared.Conflict;
import id.pulih.shared.RecordNotFound;
import id.pulih.shared.RuleViolation;
import id.pulih.shared.security.CurrentUser;
import id.pulih.shared.security.Scope;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers the people who work in the programmes and keeps their appointments, trainings
 * and active status. Every read and write takes the caller's {@link Scope}: a person
 * belongs to the scope of the organisation they work for, and one outside it is reported
 * as missing. The scope is applied in the SQL, by joining the person's organisation.
 * <p>
 * Each command runs in one transaction with its audit-trail entry, so a refused command
 * leaves nothing behind.
 */
@Service
@Transactional
public class Workforce {

	/**
	 * The zone where a day starts first in Indonesia: no date after its today is past.
	 */
	private static final ZoneId EASTERNMOST = ZoneId.of("Asia/Jayapura");

	private static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Jakarta");

	private static final int MAX_LIMIT = 500;

	private static final Set<OrganisationType> UNIT = Set.of(OrganisationType.IBM_UNIT);

	private static final Set<OrganisationType> BNN_OFFICES = Set.of(OrganisationType.BNN, OrganisationType.BNNP,
			OrganisationType.BNNK);

	private static final String SUMMARY_COLUMNS = """
			SELECT p.id, p.full_name, p.person_role, p.organisation_id, o.name, p.inactive_since IS NULL AS active
			FROM person p JOIN organisation o ON o.id = p.organisation_id
			WHERE\s""";

	private final PersonRepository repository;

	private final Organisations organisations;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Workforce(PersonRepository repository, Organisations organisations, JdbcClient jdbc,
			ApplicationEventPublisher events, Clock clock) {
		this.repository = repository;
		this.organisations = organisations;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Registers a person for an organisation inside the scope. Recovery agents and unit
	 * chairs must belong to an IBM unit, rehabilitation officers to a BNN office. A
	 * retried command with the same id and the same content returns the stored person; a
	 * different one with that id is a {@link Conflict}.
	 */
	public Person register(NewPerson command, Scope scope) {
		if (command.id() != null) {
			Optional<Person> existing = this.repository.findById(command.id());
			if (existing.isPresent()) {
				if (isVisible(command.id(), scope) && existing.get().sameAs(command)) {
					return existing.get();
				}
				throw new Conflict("id", "workforce.error.idTaken");
			}
		}
		if (command.organisationId() == null) {
			throw new RuleViolation("organisationId", "workforce.error.organisationRequired");
		}
		Organisation organisation = this.organisations.find(command.organisationId(), scope)
			.filter(org -> !org.isVoided())
			.orElseThrow(() -> new RuleViolation("organisationId", "workforce.error.organisationNotFound"));
		if (command.role() != null && !fits(command.role(), organisation.type())) {
			throw new RuleViolation("organisationId", "workforce.error.organisationType." + command.role().name());
		}
		LocalDate activeSince = (command.activeSince() != null) ? command.activeSince() : localToday();
		Person person = Person.register(command, activeSince, latestToday());
		Person saved = this.repository.save(person);
		audit("person.registered", saved, saved.role() + " " + organisation.code());
		return saved;
	}

	/**
	 * Records an appointment by decree to a unit (or other organisation) inside the
	 * scope. The decree date may not lie in the future; the person must be active.
	 */
	public Person appoint(UUID personId, String decreeNumber, LocalDate decreeDate, UUID unitId, Scope scope) {
		Person person = get(personId, scope);
		person.requireActive();
		if (unitId != null) {
			Organisation unit = this.organisations.find(unitId, scope)
				.filter(org -> !org.isVoided())
				.orElseThrow(() -> new RuleViolation("unitId", "workforce.error.unitNotFound"));
			if ((person.role() == PersonRole.RECOVERY_AGENT || person.role() == PersonRole.UNIT_CHAIR)
					&& unit.type() != OrganisationType.IBM_UNIT) {
				throw new RuleViolation("unitId", "workforce.error.unitNotIbm");
			}
		}
		Appointment appointment = person.appoint(decreeNumber, decreeDate, unitId, latestToday());
		Person saved = this.repository.save(person);
		audit("person.appointed", saved, appointment.decreeNumber() + " " + appointment.decreeDate());
		return saved;
	}

	public Person addTraining(UUID personId, String topic, LocalDate trainedOn, BigDecimal hours, String organiser,
			Scope scope) {
		Person person = get(personId, scope);
		Training training = person.addTraining(topic, trainedOn, hours, organiser, latestToday());
		Person saved = this.repository.save(person);
		audit("person.trainingAdded", saved, training.topic() + " " + training.trainedOn());
		return saved;
	}

	/** The person stops working; {@code since} null means today. A reason is required. */
	public Person deactivate(UUID personId, String reason, LocalDate since, Scope scope) {
		Person person = get(personId, scope);
		person.deactivate(reason, (since != null) ? since : localToday(), latestToday());
		Person saved = this.repository.save(person);
		audit("person.deactivated", saved, saved.inactiveReason());
		return saved;
	}

	/** An inactive person works again from today. */
	public Person reactivate(UUID personId, Scope scope) {
		Person person = get(personId, scope);
		person.reactivate(localToday());
		Person saved = this.repository.save(person);
		audit("person.reactivated", saved, null);
		return saved;
	}

	public Person edit(UUID personId, String fullName, Sex sex, String phone, Scope scope) {
		Person person = get(personId, scope);
		person.edit(fullName, sex, phone);
		Person saved = this.repository.save(person);
		audit("person.edited", saved, null);
		return saved;
	}

	@Transactional(readOnly = true)
	public Optional<Person> find(UUID id, Scope scope) {
		if (id == null || !isVisible(id, scope)) {
			return Optional.empty();
		}
		return this.repository.findById(id);
	}

	/** The person, or {@link RecordNotFound} when missing or outside the scope. */
	@Transactional(readOnly = true)
	public Person get(UUID id, Scope scope) {
		return find(id, scope).orElseThrow(() -> new RecordNotFound("person"));
	}

	/**
	 * People inside the scope whose name contains the term, of a role, of an organisation
	 * and active or not (each filter optional), by name.
	 */
	@Transactional(readOnly = true)
	public List<PersonSummary> search(Scope scope, @Nullable String term, @Nullable PersonRole role,
			@Nullable UUID organisationId, @Nullable Boolean active, int limit) {
		Scope.ScopeFilter filter = scope.organisationFilter("o");
		StringBuilder sql = new StringBuilder(SUMMARY_COLUMNS).append(filter.sql());
		List<Object> params = new ArrayList<>();
		if (filter.parameter() != null) {
			params.add(filter.parameter());
		}
		if (term != null && !term.isBlank()) {
			sql.append(" AND LOWER(p.full_name) LIKE ? ESCAPE '\\'");
			params.add("%" + escapeLike(term.trim().toLowerCase(Locale.ROOT)) + "%");
		}
		if (role != null) {
			sql.append(" AND p.person_role = ?");
			params.add(role.name());
		}
		if (organisationId != null) {
			sql.append(" AND p.organisation_id = ?");
			params.add(organisationId);
		}
		if (active != null) {
			sql.append(active ? " AND p.inactive_since IS NULL" : " AND p.inactive_since IS NOT NULL");
		}
		sql.append(" ORDER BY p.full_name, p.id LIMIT ").append(Math.clamp(limit, 1, MAX_LIMIT));
		return this.jdbc.sql(sql.toString()).params(params).query(Workforce::summary).list();
	}

	/**
	 * Everybody registered for one organisation inside the scope, active first, by name.
	 */
	@Transactional(readOnly = true)
	public List<PersonSummary> ofOrganisation(UUID organisationId, Scope scope) {
		Scope.ScopeFilter filter = scope.organisationFilter("o");
		List<Object> params = new ArrayList<>();
		params.add(organisationId);
		if (filter.parameter() != null) {
			params.add(filter.parameter());
		}
		return this.jdbc
			.sql(SUMMARY_COLUMNS + "p.organisation_id = ? AND " + filter.sql()
					+ " ORDER BY CASE WHEN p.inactive_since IS NULL THEN 0 ELSE 1 END, p.full_name, p.id")
			.params(params)
			.query(Workforce::summary)
			.list();
	}

	/**
	 * Throws {@code RuleViolation("personId", "workforce.error.inactive")} if the person
	 * is inactive: later modules call this before assigning work. A person that does not
	 * exist is a {@link RecordNotFound}.
	 */
	@Transactional(readOnly = true)
	public void requireActive(UUID personId) {
		Boolean active = this.jdbc.sql("SELECT inactive_since IS NULL FROM person WHERE id = ?")
			.param(personId)
			.query(Boolean.class)
			.optional()
			.orElseThrow(() -> new RecordNotFound("person"));
		if (!active) {
			throw new RuleViolation("personId", "workforce.error.inactive");
		}
	}

	/** Active people inside the scope, of one role or (null) of all. */
	@Transactional(readOnly = true)
	public long countActive(Scope scope, @Nullable PersonRole role) {
		Scope.ScopeFilter filter = scope.organisationFilter("o");
		List<Object> params = new ArrayList<>();
		if (filter.parameter() != null) {
			params.add(filter.parameter());
		}
		String sql = "SELECT COUNT(*) FROM person p JOIN organisation o ON o.id = p.organisation_id WHERE "
				+ filter.sql() + " AND p.inactive_since IS NULL";
		if (role != null) {
			sql += " AND p.person_role = ?";
			params.add(role.name());
		}
		return this.jdbc.sql(sql).params(params).query(Long.class).single();
	}

	/** Whether a person with this id exists inside the scope. */
	private boolean isVisible(UUID id, Scope scope) {
		Scope.ScopeFilter filter = scope.organisationFilter("o");
		List<Object> params = new ArrayList<>();
		params.add(id);
		if (filter.parameter() != null) {
			params.add(filter.parameter());
		}
		return this.jdbc
			.sql("SELECT COUNT(*) FROM person p JOIN organisation o ON o.id = p.organisation_id WHERE p.id = ? AND "
					+ filter.sql())
			.params(params)
			.query(Long.class)
			.single() > 0;
	}

	private static boolean fits(PersonRole role, OrganisationType type) {
		return switch (role) {
			case RECOVERY_AGENT, UNIT_CHAIR -> UNIT.contains(type);
			case REHABILITATION_OFFICER -> BNN_OFFICES.contains(type);
			default -> true;
		};
	}

	private static PersonSummary summary(ResultSet rs, int row) throws SQLException {
		return new PersonSummary(rs.getObject(1, UUID.class), rs.getString(2), PersonRole.valueOf(rs.getString(3)),
				rs.getObject(4, UUID.class), rs.getString(5), rs.getBoolean(6));
	}

	private static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	/** The latest date that is not in the future anywhere in Indonesia. */
	private LocalDate latestToday() {
		return LocalDate.now(this.clock.withZone(EASTERNMOST));
	}

	/** Today for the signed-in user (Jakarta time without one): the default for dates. */
	private LocalDate localToday() {
		ZoneId zone = CurrentUser.find().map(user -> ZoneId.of(user.zoneId())).orElse(DEFAULT_ZONE);
		return LocalDate.now(this.clock.withZone(zone));
	}

	private void audit(String action, Person person, @Nullable String detail) {
		this.events.publishEvent(new Audited(action, "person", person.id(), detail));
	}

}
