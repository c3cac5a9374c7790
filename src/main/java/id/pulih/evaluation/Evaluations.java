package id.pulih.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import id.pulih.instrument.CustomInstrument;
import id.pulih.instrument.CustomInstruments;
import id.pulih.instrument.CustomScore;
import id.pulih.organisation.DevelopmentPhase;
import id.pulih.organisation.Organisation;
import id.pulih.organisation.OrganisationType;
import id.pulih.organisation.Organisations;
import id.pulih.shared.Audited;
import id.pulih.shared.Conflict;
import id.pulih.shared.Ids;
import id.pulih.shared.RecordNotFound;
import id.pulih.shared.RuleViolation;
import id.pulih.shared.security.PulihUser;
import id.pulih.shared.security.Scope;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records and reads the programme evaluation of IBM units: phase assessments (whose
 * resulting phase is recorded on the unit's phase history in the same transaction),
 * community benefit surveys and INSANI responses. Each answers the newest published
 * version of its administrator-defined instrument; every response is kept with that
 * version. Every read takes the caller's scope: a unit outside it is reported missing
 * (404). A refused command writes nothing.
 */
@Service
@Transactional
public class Evaluations {

	static final int NOTE_MAX = 500;

	private final Organisations organisations;

	private final CustomInstruments instruments;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Evaluations(Organisations organisations, CustomInstruments instruments, JdbcClient jdbc,
			ApplicationEventPublisher events, Clock clock) {
		this.organisations = organisations;
		this.instruments = instruments;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/** The user's today, in their time zone. */
	public LocalDate today(@Nullable PulihUser user) {
		ZoneId zone = PulihUser.zoneOf(user);
		return LocalDate.now(this.clock.withZone(zone));
	}

	/**
	 * An IBM unit inside the scope.
	 * @throws RecordNotFound when missing or outside the scope
	 * @throws RuleViolation when the organisation is not an IBM unit
	 */
	@Transactional(readOnly = true)
	public Organisation unit(UUID unitId, Scope scope) {
		Organisation unit = this.organisations.get(unitId, scope);
		if (unit.type() != OrganisationType.IBM_UNIT) {
			throw new RuleViolation("unitId", "evaluation.error.notIbmUnit");
		}
		return unit;
	}

	/** The newest published version of a kind's instrument. */
	@Transactional(readOnly = true)
	public CustomInstrument instrument(EvaluationKind kind) {
		return this.instruments.published(kind.instrumentCode())
			.orElseThrow(() -> RuleViolation.of("evaluation.error.noInstrument", kind.instrumentCode()));
	}

	/** A version of an instrument by id, whatever its status. */
	@Transactional(readOnly = true)
	public Optional<CustomInstrument> version(UUID versionId) {
		return this.instruments.version(versionId);
	}

	/**
	 * Records a phase assessment and, in the same transaction, the resulting phase on the
	 * unit's phase history.
	 */
	public Saved assess(UUID unitId, NewAssessment command, PulihUser by) {
		Organisation unit = writableUnit(unitId, by.scope());
		String note = optionalText("note", command.note(), NOTE_MAX);
		Draft draft = new Draft(EvaluationKind.ASSESSMENT, unit, command.assessedOn(), null, null, note,
				command.answers());
		Optional<Saved> repeated = repeated(command.id(), draft, by.scope());
		if (repeated.isPresent()) {
			return repeated.get();
		}
		LocalDate on = checkDate("assessedOn", command.assessedOn(), by);
		CustomInstrument instrument = instrument(EvaluationKind.ASSESSMENT);
		Map<String, Integer> answers = checkAnswers(instrument, instrument.sections(), command.answers());
		CustomScore score = this.instruments.score(instrument.id(), answers);
		if (score.overallBand() == null || score.overallBand().category() < 0
				|| score.overallBand().category() >= DevelopmentPhase.values().length) {
			throw new RuleViolation("answers", "evaluation.error.noPhase");
		}
		DevelopmentPhase phase = DevelopmentPhase.values()[score.overallBand().category()];
		UUID id = insert(command.id(), draft, on, instrument, score, phase, by);
		this.organisations.recordPhase(unit.id(), phase, on, phaseNote(instrument, score, note), by.scope());
		audit("evaluation.assessmentRecorded", id, instrument.code() + " v" + instrument.version() + " " + phase);
		return new Saved(get(id, by.scope()), true);
	}

	/** Records one community benefit survey response. */
	public Saved recordBenefitSurvey(UUID unitId, NewBenefitSurvey command, PulihUser by) {
		Organisation unit = writableUnit(unitId, by.scope());
		Draft draft = new Draft(EvaluationKind.BENEFIT_SURVEY, unit, command.respondedOn(),
				(command.respondentType() != null) ? command.respondentType().name() : null, null, null,
				command.answers());
		Optional<Saved> repeated = repeated(command.id(), draft, by.scope());
		if (repeated.isPresent()) {
			return repeated.get();
		}
		LocalDate on = checkDate("respondedOn", command.respondedOn(), by);
		if (command.respondentType() == null) {
			throw new RuleViolation("respondentType", "evaluation.error.respondentRequired");
		}
		CustomInstrument instrument = instrument(EvaluationKind.BENEFIT_SURVEY);
		Map<String, Integer> answers = checkAnswers(instrument, instrument.sections(), command.answers());
		CustomScore score = this.instruments.score(instrument.id(), answers);
		UUID id = insert(command.id(), draft, on, instrument, score, null, by);
		audit("evaluation.benefitSurveyRecorded", id, instrument.code() + " v" + instrument.version());
		return new Saved(get(id, by.scope()), true);
	}

	/** Records one INSANI response to one component. */
	public Saved recordInsani(UUID unitId, NewInsaniResponse command, PulihUser by) {
		Organisation unit = writableUnit(unitId, by.scope());
		String component = (command.component() == null || command.component().isBlank()) ? null
				: command.component().strip();
		Draft draft = new Draft(EvaluationKind.INSANI, unit, command.respondedOn(),
				(command.respondentRole() != null) ? command.respondentRole().name() : null, component, null,
				command.answers());
		Optional<Saved> repeated = repeated(command.id(), draft, by.scope());
		if (repeated.isPresent()) {
			return repeated.get();
		}
		LocalDate on = checkDate("respondedOn", command.respondedOn(), by);
		CustomInstrument instrument = instrument(EvaluationKind.INSANI);
		if (component == null) {
			throw new RuleViolation("component", "evaluation.error.componentRequired");
		}
		CustomInstrument.Section section = instrument.sections()
			.stream()
			.filter(s -> s.code().equals(component))
			.findFirst()
			.orElseThrow(() -> new RuleViolation("component", "evaluation.error.componentUnknown"));
		if (command.respondentRole() == null) {
			throw new RuleViolation("respondentRole", "evaluation.error.respondentRequired");
		}
		Map<String, Integer> answers = checkAnswers(instrument, List.of(section), command.answers());
		CustomScore score = this.instruments.score(instrument.id(), answers);
		UUID id = insert(command.id(), draft, on, instrument, score, null, by);
		audit("evaluation.insaniRecorded", id, instrument.code() + " v" + instrument.version() + " " + component);
		return new Saved(get(id, by.scope()), true);
	}

	@Transactional(readOnly = true)
	public Optional<EvaluationResponse> find(UUID id, Scope scope) {
		Scope.ScopeFilter filter = scope.organisationFilter("o");
		List<Object> params = new ArrayList<>();
		params.add(id);
		if (filter.parameter() != null) {
			params.add(filter.parameter());
		}
		return this.jdbc.sql(SELECT + " WHERE r.id = ? AND " + filter.sql())
			.params(params)
			.query(this::response)
			.optional()
			.map(this::withAnswers);
	}

	@Transactional(readOnly = true)
	public EvaluationResponse get(UUID id, Scope scope) {
		return find(id, scope).orElseThrow(() -> new RecordNotFound("evaluation"));
	}

	/** A unit's responses of one kind, newest first. */
	@Transactional(readOnly = true)
	public List<EvaluationResponse> responses(UUID unitId, EvaluationKind kind, Scope scope) {
		unit(unitId, scope);
		Scope.ScopeFilter filter = scope.organisationFilter("o");
		List<Object> params = new ArrayList<>(List.of(unitId, kind.name()));
		if (filter.parameter() != null) {
			params.add(filter.parameter());
		}
		return this.jdbc
			.sql(SELECT + " WHERE r.organisation_id = ? AND r.kind = ? AND " + filter.sql()
					+ " ORDER BY r.responded_on DESC, r.created_at DESC, r.id DESC")
			.params(params)
			.query(this::response)
			.list()
			.stream()
			.map(this::withAnswers)
			.toList();
	}

	/** A unit's community benefit survey means per statement over one calendar year. */
	@Transactional(readOnly = true)
	public BenefitMeans benefitMeans(UUID unitId, int year, Scope scope) {
		unit(unitId, scope);
		return benefitMeansOver(unitId, year, scope);
	}

	/** A unit's INSANI categories per component and overall over one calendar year. */
	@Transactional(readOnly = true)
	public InsaniCategories insani(UUID unitId, int year, Scope scope) {
		unit(unitId, scope);
		return insaniOver(unitId, year, scope);
	}

	/** Means per statement over the units in a scope (one unit when unitId is given). */
	BenefitMeans benefitMeansOver(@Nullable UUID unitId, int year, Scope scope) {
		Query query = query(EvaluationKind.BENEFIT_SURVEY, unitId, year, scope);
		Map<String, BenefitMeans.StatementMean> means = new LinkedHashMap<>();
		this.jdbc.sql("""
				SELECT a.item_code, AVG(CAST(a.answer_value AS NUMERIC(9, 4))), COUNT(*)
				FROM evaluation_answer a JOIN evaluation_response r ON r.id = a.response_id
				JOIN organisation o ON o.id = r.organisation_id
				WHERE %s GROUP BY a.item_code""".formatted(query.where()))
			.params(query.params())
			.query((rs, n) -> means.put(rs.getString(1),
					new BenefitMeans.StatementMean(rs.getString(1), rs.getString(1), round(rs.getBigDecimal(2)),
							rs.getInt(3))))
			.list();
		int responses = count(query);
		List<BenefitMeans.StatementMean> ordered = new ArrayList<>();
		Optional<CustomInstrument> instrument = this.instruments
			.published(EvaluationKind.BENEFIT_SURVEY.instrumentCode());
		instrument.ifPresent(current -> current.sections().forEach(section -> section.items().forEach(item -> {
			BenefitMeans.StatementMean mean = means.remove(item.code());
			if (mean != null) {
				ordered.add(new BenefitMeans.StatementMean(item.code(), item.text(), mean.mean(), mean.answers()));
			}
		})));
		ordered.addAll(means.values());
		return new BenefitMeans(year, responses, List.copyOf(ordered));
	}

	/** INSANI over the units in a scope (one unit when unitId is given). */
	InsaniCategories insaniOver(@Nullable UUID unitId, int year, Scope scope) {
		Query query = query(EvaluationKind.INSANI, unitId, year, scope);
		Map<String, BigDecimal> means = new LinkedHashMap<>();
		Map<String, Integer> counts = new LinkedHashMap<>();
		// Each response's own score of its component, as its version scored it (mean or
		// sum, with that version's items), averaged over the year's responses.
		this.jdbc.sql("""
				SELECT r.component, AVG(s.score), COUNT(DISTINCT r.id)
				FROM evaluation_section_score s JOIN evaluation_response r ON r.id = s.response_id
				JOIN organisation o ON o.id = r.organisation_id
				WHERE %s AND s.section_code = r.component GROUP BY r.component""".formatted(query.where()))
			.params(query.params())
			.query((rs, n) -> {
				means.put(rs.getString(1), rs.getBigDecimal(2).setScale(2, RoundingMode.HALF_UP));
				return counts.put(rs.getString(1), rs.getInt(3));
			})
			.list();
		int responses = count(query);
		Optional<CustomInstrument> instrument = this.instruments.published(EvaluationKind.INSANI.instrumentCode());
		List<InsaniCategories.Component> components = new ArrayList<>();
		List<CustomInstrument.Band> overallBands = instrument.map(CustomInstrument::bands).orElse(List.of());
		if (instrument.isPresent()) {
			for (CustomInstrument.Section section : instrument.get().sections()) {
				BigDecimal mean = means.remove(section.code());
				List<CustomInstrument.Band> bands = section.bands().isEmpty() ? overallBands : section.bands();
				components.add(new InsaniCategories.Component(section.code(), section.title(), mean,
						category(mean, bands), counts.getOrDefault(section.code(), 0)));
			}
		}
		means.forEach((code, mean) -> components.add(new InsaniCategories.Component(code, code, mean,
				category(mean, overallBands), counts.getOrDefault(code, 0))));
		List<BigDecimal> answered = components.stream()
			.map(InsaniCategories.Component::mean)
			.filter(Objects::nonNull)
			.toList();
		BigDecimal overall = answered.isEmpty() ? null
				: round(answered.stream()
					.reduce(BigDecimal.ZERO, BigDecimal::add)
					.divide(BigDecimal.valueOf(answered.size()), 6, RoundingMode.HALF_UP));
		return new InsaniCategories(year, responses, List.copyOf(components), overall, category(overall, overallBands));
	}

	private int count(Query query) {
		return this.jdbc
			.sql("SELECT COUNT(*) FROM evaluation_response r JOIN organisation o ON o.id = r.organisation_id WHERE "
					+ query.where())
			.params(query.params())
			.query(Integer.class)
			.single();
	}

	private static Query query(EvaluationKind kind, @Nullable UUID unitId, int year, Scope scope) {
		Scope.ScopeFilter filter = scope.organisationFilter("o");
		List<Object> params = new ArrayList<>();
		StringBuilder where = new StringBuilder("r.kind = ? AND r.responded_on >= ? AND r.responded_on < ?");
		params.add(kind.name());
		params.add(LocalDate.of(year, 1, 1));
		params.add(LocalDate.of(year + 1, 1, 1));
		if (unitId != null) {
			where.append(" AND r.organisation_id = ?");
			params.add(unitId);
		}
		where.append(" AND ").append(filter.sql());
		if (filter.parameter() != null) {
			params.add(filter.parameter());
		}
		return new Query(where.toString(), params);
	}

	private record Query(String where, List<Object> params) {
	}

	static @Nullable Integer category(@Nullable BigDecimal score, List<CustomInstrument.Band> bands) {
		if (score == null) {
			return null;
		}
		for (CustomInstrument.Band band : bands) {
			if (score.compareTo(band.from()) >= 0 && score.compareTo(band.to()) <= 0) {
				return band.category();
			}
		}
		return null;
	}

	static @Nullable BigDecimal round(@Nullable BigDecimal value) {
		return (value == null) ? null : value.setScale(2, RoundingMode.HALF_UP);
	}

	private Organisation writableUnit(UUID unitId, Scope scope) {
		Organisation unit = unit(unitId, scope);
		if (unit.isVoided()) {
			throw new RuleViolation("unitId", "evaluation.error.unitVoided");
		}
		return unit;
	}

	private LocalDate checkDate(String field, @Nullable LocalDate date, PulihUser by) {
		if (date == null) {
			throw new RuleViolation(field, "evaluation.error.dateRequired");
		}
		if (date.isAfter(today(by))) {
			throw new RuleViolation(field, "evaluation.error.dateInFuture");
		}
		if (date.getYear() < 2000) {
			throw new RuleViolation(field, "evaluation.error.dateTooEarly");
		}
		return date;
	}

	/**
	 * Every item of the given sections answered within its range, and no other item.
	 */
	private static Map<String, Integer> checkAnswers(CustomInstrument instrument,
			List<CustomInstrument.Section> required, @Nullable Map<String, Integer> given) {
		Map<String, Integer> answers = (given != null) ? given : Map.of();
		Map<String, CustomInstrument.Item> allowed = new LinkedHashMap<>();
		required.forEach(section -> section.items().forEach(item -> allowed.put(item.code(), item)));
		for (String code : answers.keySet()) {
			if (!allowed.containsKey(code)) {
				throw new RuleViolation(code, "evaluation.error.unknownItem", code);
			}
		}
		Map<String, Integer> checked = new LinkedHashMap<>();
		for (CustomInstrument.Item item : allowed.values()) {
			Integer answer = answers.get(item.code());
			if (answer == null) {
				throw new RuleViolation(item.code(), "evaluation.error.answerRequired");
			}
			if (answer < item.min() || answer > item.max()) {
				throw new RuleViolation(item.code(), "evaluation.error.answerRange", item.min(), item.max());
			}
			checked.put(item.code(), answer);
		}
		return checked;
	}

	/**
	 * The stored response for a retried id with the same content; a conflict otherwise.
	 */
	private Optional<Saved> repeated(@Nullable UUID id, Draft draft, Scope scope) {
		if (id == null) {
			return Optional.empty();
		}
		Integer taken = this.jdbc.sql("SELECT COUNT(*) FROM evaluation_response WHERE id = ?")
			.param(id)
			.query(Integer.class)
			.single();
		if (taken == 0) {
			return Optional.empty();
		}
		EvaluationResponse stored = find(id, scope).orElseThrow(() -> new Conflict("id", "evaluation.error.idTaken"));
		boolean same = stored.kind() == draft.kind() && stored.unitId().equals(draft.unit().id())
				&& Objects.equals(stored.respondedOn(), draft.on())
				&& Objects.equals(stored.respondentType(), draft.respondentType())
				&& Objects.equals(stored.component(), draft.component()) && Objects.equals(stored.note(), draft.note())
				&& stored.answers().equals((draft.answers() != null) ? draft.answers() : Map.of());
		if (!same) {
			throw new Conflict("id", "evaluation.error.idTaken");
		}
		return Optional.of(new Saved(stored, false));
	}

	private UUID insert(@Nullable UUID requestedId, Draft draft, LocalDate on, CustomInstrument instrument,
			CustomScore score, @Nullable DevelopmentPhase phase, PulihUser by) {
		UUID id = (requestedId != null) ? requestedId : Ids.newId();
		Organisation unit = draft.unit();
		String areaCode = unit.areaCode();
		String province = (areaCode != null && areaCode.length() >= 2) ? areaCode.substring(0, 2) : null;
		Integer category = (score.overallBand() != null) ? score.overallBand().category() : null;
		this.jdbc.sql("""
				INSERT INTO evaluation_response (id, kind, organisation_id, province_code, responded_on,
				instrument_code, instrument_version_id, instrument_version, respondent_type, component, score,
				category, phase, note, created_at, created_by)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, draft.kind().name(), unit.id(), province, on, instrument.code(), instrument.id(),
					instrument.version(), draft.respondentType(), draft.component(), score.overall(), category,
					(phase != null) ? phase.name() : null, draft.note(),
					this.clock.instant().atOffset(java.time.ZoneOffset.UTC), by.getUsername())
			.update();
		Map<String, Integer> answers = (draft.answers() != null) ? draft.answers() : Map.of();
		for (Map.Entry<String, Integer> answer : answers.entrySet()) {
			this.jdbc.sql("INSERT INTO evaluation_answer (response_id, item_code, answer_value) VALUES (?, ?, ?)")
				.params(id, answer.getKey(), answer.getValue())
				.update();
		}
		for (CustomScore.SectionScore section : score.sections()) {
			if (section.score() != null) {
				this.jdbc.sql(
						"INSERT INTO evaluation_section_score (response_id, section_code, score, category) VALUES (?, ?, ?, ?)")
					.params(id, section.code(), section.score(),
							(section.band() != null) ? section.band().category() : null)
					.update();
			}
		}
		return id;
	}

	private static String phaseNote(CustomInstrument instrument, CustomScore score, @Nullable String note) {
		String text = instrument.code() + " v" + instrument.version() + ": "
				+ ((score.overall() != null) ? score.overall().stripTrailingZeros().toPlainString() : "-")
				+ ((note != null) ? " · " + note : "");
		return (text.length() > NOTE_MAX) ? text.substring(0, NOTE_MAX) : text;
	}

	private static final String SELECT = """
			SELECT r.id, r.kind, r.organisation_id, r.responded_on, r.instrument_code, r.instrument_version_id,
			r.instrument_version, r.respondent_type, r.component, r.score, r.category, r.phase, r.note,
			r.created_by, r.created_at
			FROM evaluation_response r JOIN organisation o ON o.id = r.organisation_id""";

	private EvaluationResponse response(ResultSet rs, int row) throws SQLException {
		String phase = rs.getString(12);
		int category = rs.getInt(11);
		Integer categoryOrNull = rs.wasNull() ? null : category;
		BigDecimal score = rs.getBigDecimal(10);
		return new EvaluationResponse(rs.getObject(1, UUID.class), EvaluationKind.valueOf(rs.getString(2)),
				rs.getObject(3, UUID.class), rs.getObject(4, LocalDate.class), rs.getString(5),
				rs.getObject(6, UUID.class), rs.getInt(7), rs.getString(8), rs.getString(9), plain(score),
				categoryOrNull, (phase != null) ? DevelopmentPhase.valueOf(phase) : null, rs.getString(13),
				rs.getString(14), rs.getObject(15, java.time.OffsetDateTime.class).toInstant(), Map.of());
	}

	private static @Nullable BigDecimal plain(@Nullable BigDecimal score) {
		if (score == null) {
			return null;
		}
		BigDecimal stripped = score.stripTrailingZeros();
		return (stripped.scale() < 0) ? stripped.setScale(0) : stripped;
	}

	private EvaluationResponse withAnswers(EvaluationResponse response) {
		Map<String, Integer> stored = new LinkedHashMap<>();
		this.jdbc.sql("SELECT item_code, answer_value FROM evaluation_answer WHERE response_id = ?")
			.param(response.id())
			.query((rs, n) -> stored.put(rs.getString(1), rs.getInt(2)))
			.list();
		Map<String, Integer> ordered = new LinkedHashMap<>();
		this.instruments.version(response.versionId())
			.ifPresent(version -> version.sections().forEach(section -> section.items().forEach(item -> {
				Integer value = stored.remove(item.code());
				if (value != null) {
					ordered.put(item.code(), value);
				}
			})));
		ordered.putAll(stored);
		return new EvaluationResponse(response.id(), response.kind(), response.unitId(), response.respondedOn(),
				response.instrumentCode(), response.versionId(), response.instrumentVersion(),
				response.respondentType(), response.component(), response.score(), response.category(),
				response.phase(), response.note(), response.createdBy(), response.createdAt(),
				java.util.Collections.unmodifiableMap(ordered));
	}

	private static @Nullable String optionalText(String field, @Nullable String text, int max) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String value = text.strip();
		if (value.length() > max) {
			throw new RuleViolation(field, "evaluation.error.tooLong", max);
		}
		return value;
	}

	private void audit(String action, UUID id, String detail) {
		this.events.publishEvent(new Audited(action, "evaluation_response", id, detail));
	}

	private record Draft(EvaluationKind kind, Organisation unit, @Nullable LocalDate on,
			@Nullable String respondentType, @Nullable String component, @Nullable String note,
			@Nullable Map<String, Integer> answers) {
	}

	/**
	 * The outcome of a recording.
	 *
	 * @param created whether this call stored it (false: the same id and content were
	 * already stored)
	 */
	public record Saved(EvaluationResponse response, boolean created) {

	}

}
