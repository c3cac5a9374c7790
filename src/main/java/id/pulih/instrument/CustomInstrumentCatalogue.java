package id.pulih.instrument;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import id.pulih.instrument.CustomInstrument.Band;
import id.pulih.instrument.CustomInstrument.Item;
import id.pulih.instrument.CustomInstrument.Scoring;
import id.pulih.instrument.CustomInstrument.Section;
import id.pulih.instrument.CustomInstrument.Status;
import id.pulih.instrument.CustomInstrumentRules.Content;
import id.pulih.shared.Audited;
import id.pulih.shared.Conflict;
import id.pulih.shared.Ids;
import id.pulih.shared.RecordNotFound;
import id.pulih.shared.RuleViolation;
import id.pulih.shared.security.PulihUser;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrator-defined instruments and their editor.
 * <p>
 * A version's life: an administrator creates a <em>draft</em> (for a new code, or copied
 * from an existing version of a code), edits it as often as needed, and
 * <em>publishes</em> it, which gives it the next version number of its code and freezes
 * it: from then on nothing about it changes, so every response answered against it keeps
 * its meaning. A change is a new draft, published as the next version. A version no
 * longer to be used for new responses is <em>retired</em>; it can still be read and
 * scored. A code has at most one draft at a time. Every command runs in one transaction
 * and checks everything before it writes, so a refused command leaves nothing behind;
 * every draft change, publication and retirement is audited.
 */
@Service
@Transactional
public class CustomInstrumentCatalogue implements CustomInstruments {

	private static final String VERSION_COLUMNS = """
			id, code, version_number, name, description, status, scoring, shipped_default""";

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CustomInstrumentCatalogue(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<CustomInstrument> published(String code) {
		String normalised = (code == null) ? "" : code.strip().toUpperCase(java.util.Locale.ROOT);
		return this.jdbc
			.sql("SELECT id FROM custom_instrument_version WHERE code = ? AND status = 'PUBLISHED'"
					+ " ORDER BY version_number DESC FETCH FIRST 1 ROWS ONLY")
			.param(normalised)
			.query(UUID.class)
			.optional()
			.flatMap(this::version);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<CustomInstrument> version(UUID versionId) {
		return load("WHERE id = ?", List.of(versionId)).stream().findFirst();
	}

	/**
	 * A version by id, whatever its status.
	 * @throws RecordNotFound when there is none
	 */
	@Transactional(readOnly = true)
	public CustomInstrument get(UUID versionId) {
		return version(versionId).orElseThrow(() -> new RecordNotFound("instrument version"));
	}

	@Override
	@Transactional(readOnly = true)
	public List<CustomInstrument> all() {
		return load("", List.of());
	}

	/** Every version of one code, newest first (the draft, if any, before all). */
	@Transactional(readOnly = true)
	public List<CustomInstrument> versions(String code) {
		return load("WHERE code = ?", List.of(code));
	}

	@Override
	@Transactional(readOnly = true)
	public CustomScore score(UUID versionId, Map<String, Integer> answers) {
		return CustomInstrumentRules.score(get(versionId), answers);
	}

	/**
	 * Creates the draft of a new instrument. It may be incomplete; it is checked in full
	 * when published.
	 * @throws RuleViolation for a bad code or content
	 * @throws Conflict when the code is already used by another instrument, or the
	 * client-chosen id by a different draft
	 */
	public CustomInstrument createDraft(CustomInstrumentDraft draft, PulihUser by) {
		String code = CustomInstrumentRules.code(draft.code());
		Content content = CustomInstrumentRules.content(draft, false);
		if (draft.id() != null) {
			Optional<CustomInstrument> existing = version(draft.id());
			if (existing.isPresent()) {
				CustomInstrument stored = existing.get();
				if (stored.status() == Status.DRAFT && stored.code().equals(code)
						&& Content.of(stored).equals(content)) {
					return stored;
				}
				throw new Conflict("id", "instrument.custom.error.idTaken");
			}
		}
		if (exists(code)) {
			throw new Conflict("code", "instrument.custom.error.codeTaken", code);
		}
		UUID id = (draft.id() != null) ? draft.id() : Ids.newId();
		try {
			insert(id, code, null, Status.DRAFT, content, false, by);
		}
		catch (DataIntegrityViolationException ex) {
			throw new Conflict("code", "instrument.custom.error.codeTaken", code);
		}
		audit("instrument.custom.drafted", id, code);
		return get(id);
	}

	/**
	 * Starts a new draft of an instrument, copied from one of its versions (normally the
	 * newest published one), to be published as its next version.
	 * @throws RecordNotFound when there is no such version
	 * @throws Conflict when the instrument already has a draft
	 */
	public CustomInstrument draftFrom(UUID versionId, PulihUser by) {
		CustomInstrument source = get(versionId);
		if (draftOf(source.code()).isPresent()) {
			throw new Conflict("code", "instrument.custom.error.draftExists", source.code());
		}
		UUID id = Ids.newId();
		try {
			insert(id, source.code(), null, Status.DRAFT, Content.of(source), false, by);
		}
		catch (DataIntegrityViolationException ex) {
			throw new Conflict("code", "instrument.custom.error.draftExists", source.code());
		}
		audit("instrument.custom.drafted", id, source.code() + " from version " + source.version());
		return get(id);
	}

	/** The draft of an instrument, if it has one. */
	@Transactional(readOnly = true)
	public Optional<CustomInstrument> draftOf(String code) {
		return this.jdbc.sql("SELECT id FROM custom_instrument_version WHERE draft_code = ?")
			.param(code)
			.query(UUID.class)
			.optional()
			.flatMap(this::version);
	}

	/**
	 * Replaces a draft's name, description, scoring, sections, items and bands (its code
	 * stays).
	 * @throws RecordNotFound when there is no such version
	 * @throws RuleViolation on {@code status} with
	 * {@code instrument.custom.error.published} when the version is published or retired
	 * (nothing is written), or for bad content
	 */
	public CustomInstrument editDraft(UUID versionId, CustomInstrumentDraft draft, PulihUser by) {
		CustomInstrument stored = get(versionId);
		requireDraft(stored);
		Content content = CustomInstrumentRules.content(draft, false);
		int updated = this.jdbc.sql("""
				UPDATE custom_instrument_version SET name = ?, description = ?, scoring = ?, updated_at = ?,
				updated_by = ?, version = version + 1 WHERE id = ? AND status = 'DRAFT'""")
			.params(content.name(), content.description(), content.scoring().name(), now(), by.getUsername(), versionId)
			.update();
		if (updated != 1) {
			throw new RuleViolation("status", "instrument.custom.error.published");
		}
		deleteParts(versionId);
		insertParts(versionId, content, by);
		audit("instrument.custom.edited", versionId, stored.code());
		return get(versionId);
	}

	/**
	 * Checks a draft as publishing would, without publishing it.
	 * @throws RuleViolation for the first thing that stops it being published
	 */
	@Transactional(readOnly = true)
	public void validate(UUID versionId) {
		CustomInstrument stored = get(versionId);
		requireDraft(stored);
		CustomInstrumentRules.content(CustomInstrumentDraft.of(stored), true);
	}

	/**
	 * Publishes a draft as the next version of its code; from now on it never changes.
	 * @throws RuleViolation when it is already published or retired, or is incomplete or
	 * inconsistent (at least one section with one item; item ranges; unique codes; bands
	 * that do not overlap and lie within the possible scores)
	 */
	public CustomInstrument publish(UUID versionId, PulihUser by) {
		CustomInstrument stored = get(versionId);
		requireDraft(stored);
		CustomInstrumentRules.content(CustomInstrumentDraft.of(stored), true);
		int number = nextNumber(stored.code());
		int updated;
		try {
			updated = this.jdbc.sql("""
					UPDATE custom_instrument_version SET status = 'PUBLISHED', version_number = ?, draft_code = NULL,
					published_at = ?, published_by = ?, updated_at = ?, updated_by = ?, version = version + 1
					WHERE id = ? AND status = 'DRAFT'""")
				.params(number, now(), by.getUsername(), now(), by.getUsername(), versionId)
				.update();
		}
		catch (DataIntegrityViolationException ex) {
			throw new Conflict("status", "instrument.custom.error.concurrent");
		}
		if (updated != 1) {
			throw new RuleViolation("status", "instrument.custom.error.published");
		}
		audit("instrument.custom.published", versionId, stored.code() + " version " + number);
		return get(versionId);
	}

	/**
	 * Retires a published version: it stays readable and scorable (old responses keep
	 * their meaning) but is no longer offered. Retiring a retired version changes
	 * nothing.
	 * @throws RuleViolation on {@code status} for a draft (a draft is not retired; it is
	 * edited or left)
	 */
	public CustomInstrument retire(UUID versionId, PulihUser by) {
		CustomInstrument stored = get(versionId);
		if (stored.status() == Status.RETIRED) {
			return stored;
		}
		if (stored.status() == Status.DRAFT) {
			throw new RuleViolation("status", "instrument.custom.error.retireDraft");
		}
		this.jdbc.sql("""
				UPDATE custom_instrument_version SET status = 'RETIRED', retired_at = ?, retired_by = ?,
				updated_at = ?, updated_by = ?, version = version + 1 WHERE id = ? AND status = 'PUBLISHED'""")
			.params(now(), by.getUsername(), now(), by.getUsername(), versionId)
			.update();
		audit("instrument.custom.retired", versionId, stored.code() + " version " + stored.version());
		return get(versionId);
	}

	@Override
	public CustomInstrument publishShipped(CustomInstrument definition, @Nullable PulihUser by) {
		String code = CustomInstrumentRules.code(definition.code());
		Content content = CustomInstrumentRules.content(CustomInstrumentDraft.of(definition), true);
		Optional<CustomInstrument> newest = newestIssued(code);
		if (newest.isPresent() && (Content.of(newest.get()).equals(content) || !newest.get().shippedDefault()
				|| newest.get().status() == Status.RETIRED)) {
			// Unchanged; or an administrator has published their own version or retired
			// the shipped one: what they decided stands.
			return newest.get();
		}
		UUID id = Ids.newId();
		int number = nextNumber(code);
		String author = (by != null) ? by.getUsername() : "system";
		try {
			insert(id, code, number, Status.PUBLISHED, content, true, author);
		}
		catch (DataIntegrityViolationException ex) {
			throw new Conflict("code", "instrument.custom.error.concurrent");
		}
		this.jdbc.sql("UPDATE custom_instrument_version SET published_at = ?, published_by = ? WHERE id = ?")
			.params(now(), author, id)
			.update();
		audit("instrument.custom.published", id, code + " version " + number + " (shipped)");
		return get(id);
	}

	/** The newest published or retired version of a code. */
	private Optional<CustomInstrument> newestIssued(String code) {
		return this.jdbc
			.sql("SELECT id FROM custom_instrument_version WHERE code = ? AND status <> 'DRAFT'"
					+ " ORDER BY version_number DESC FETCH FIRST 1 ROWS ONLY")
			.param(code)
			.query(UUID.class)
			.optional()
			.flatMap(this::version);
	}

	private void requireDraft(CustomInstrument stored) {
		if (stored.status() != Status.DRAFT) {
			throw new RuleViolation("status", "instrument.custom.error.published");
		}
	}

	private boolean exists(String code) {
		return this.jdbc.sql("SELECT COUNT(*) FROM custom_instrument_version WHERE code = ?")
			.param(code)
			.query(Long.class)
			.single() > 0;
	}

	private int nextNumber(String code) {
		Integer max = this.jdbc.sql("SELECT MAX(version_number) FROM custom_instrument_version WHERE code = ?")
			.param(code)
			.query(Integer.class)
			.optional()
			.orElse(null);
		return (max == null) ? 1 : max + 1;
	}

	private void insert(UUID id, String code, @Nullable Integer number, Status status, Content content, boolean shipped,
			PulihUser by) {
		insert(id, code, number, status, content, shipped, by.getUsername());
	}

	private void insert(UUID id, String code, @Nullable Integer number, Status status, Content content, boolean shipped,
			String author) {
		OffsetDateTime now = now();
		this.jdbc.sql("""
				INSERT INTO custom_instrument_version (id, code, version_number, draft_code, name, description,
				status, scoring, shipped_default, created_at, created_by, updated_at, updated_by, version)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
			.params(id, code, number, (status == Status.DRAFT) ? code : null, content.name(), content.description(),
					status.name(), content.scoring().name(), shipped, now, author, now, author)
			.update();
		insertParts(id, content, author);
	}

	private void insertParts(UUID versionId, Content content, PulihUser by) {
		insertParts(versionId, content, by.getUsername());
	}

	private void insertParts(UUID versionId, Content content, String author) {
		OffsetDateTime now = now();
		int sectionPosition = 0;
		int itemPosition = 0;
		int bandPosition = 0;
		for (Section section : content.sections()) {
			this.jdbc.sql("""
					INSERT INTO custom_instrument_section (version_id, position, code, title, created_at, created_by)
					VALUES (?, ?, ?, ?, ?, ?)""")
				.params(versionId, ++sectionPosition, section.code(), section.title(), now, author)
				.update();
			for (Item item : section.items()) {
				this.jdbc.sql("""
						INSERT INTO custom_instrument_item (version_id, section_code, position, code, text, min_value,
						max_value, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
					.params(versionId, section.code(), ++itemPosition, item.code(), item.text(), item.min(), item.max(),
							now, author)
					.update();
			}
			for (Band band : section.bands()) {
				insertBand(versionId, section.code(), ++bandPosition, band, now, author);
			}
		}
		for (Band band : content.bands()) {
			insertBand(versionId, null, ++bandPosition, band, now, author);
		}
	}

	private void insertBand(UUID versionId, @Nullable String sectionCode, int position, Band band, OffsetDateTime now,
			String author) {
		this.jdbc.sql("""
				INSERT INTO custom_instrument_band (version_id, section_code, position, from_score, to_score, category,
				label, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(versionId, sectionCode, position, band.from(), band.to(), band.category(), band.label(), now,
					author)
			.update();
	}

	private void deleteParts(UUID versionId) {
		this.jdbc.sql("DELETE FROM custom_instrument_band WHERE version_id = ?").param(versionId).update();
		this.jdbc.sql("DELETE FROM custom_instrument_item WHERE version_id = ?").param(versionId).update();
		this.jdbc.sql("DELETE FROM custom_instrument_section WHERE version_id = ?").param(versionId).update();
	}

	/** Versions matching a condition on the version table, with all their parts. */
	private List<CustomInstrument> load(String where, List<Object> params) {
		List<VersionRow> rows = this.jdbc
			.sql("SELECT " + VERSION_COLUMNS + " FROM custom_instrument_version " + where
					+ " ORDER BY code, CASE WHEN version_number IS NULL THEN 0 ELSE 1 END, version_number DESC")
			.params(params)
			.query((rs, n) -> new VersionRow(rs.getObject("id", UUID.class), rs.getString("code"),
					(Integer) rs.getObject("version_number", Integer.class), rs.getString("name"),
					rs.getString("description"), Status.valueOf(rs.getString("status")),
					Scoring.valueOf(rs.getString("scoring")), rs.getBoolean("shipped_default")))
			.list();
		if (rows.isEmpty()) {
			return List.of();
		}
		String partsWhere = where.isEmpty() ? ""
				: " WHERE version_id IN (SELECT id FROM custom_instrument_version " + where + ")";
		List<SectionRow> sections = this.jdbc
			.sql("SELECT version_id, code, title FROM custom_instrument_section" + partsWhere
					+ " ORDER BY version_id, position")
			.params(params)
			.query((rs, n) -> new SectionRow(rs.getObject("version_id", UUID.class), rs.getString("code"),
					rs.getString("title")))
			.list();
		List<ItemRow> items = this.jdbc
			.sql("SELECT version_id, section_code, code, text, min_value, max_value FROM custom_instrument_item"
					+ partsWhere + " ORDER BY version_id, position")
			.params(params)
			.query((rs, n) -> new ItemRow(rs.getObject("version_id", UUID.class), rs.getString("section_code"),
					new Item(rs.getString("code"), rs.getString("text"), rs.getInt("min_value"),
							rs.getInt("max_value"))))
			.list();
		List<BandRow> bands = this.jdbc
			.sql("SELECT version_id, section_code, from_score, to_score, category, label FROM custom_instrument_band"
					+ partsWhere + " ORDER BY version_id, position")
			.params(params)
			.query((rs, n) -> new BandRow(rs.getObject("version_id", UUID.class), rs.getString("section_code"),
					new Band(scaled(rs.getBigDecimal("from_score")), scaled(rs.getBigDecimal("to_score")),
							rs.getInt("category"), rs.getString("label"))))
			.list();
		List<CustomInstrument> result = new ArrayList<>();
		for (VersionRow row : rows) {
			Map<String, List<Item>> sectionItems = new LinkedHashMap<>();
			Map<String, List<Band>> sectionBands = new LinkedHashMap<>();
			List<Band> overall = new ArrayList<>();
			items.stream()
				.filter(i -> i.versionId().equals(row.id()))
				.forEach(i -> sectionItems.computeIfAbsent(i.sectionCode(), k -> new ArrayList<>()).add(i.item()));
			for (BandRow band : bands) {
				if (!band.versionId().equals(row.id())) {
					continue;
				}
				if (band.sectionCode() == null) {
					overall.add(band.band());
				}
				else {
					sectionBands.computeIfAbsent(band.sectionCode(), k -> new ArrayList<>()).add(band.band());
				}
			}
			List<Section> versionSections = sections.stream()
				.filter(s -> s.versionId().equals(row.id()))
				.map(s -> new Section(s.code(), s.title(), List.copyOf(sectionItems.getOrDefault(s.code(), List.of())),
						List.copyOf(sectionBands.getOrDefault(s.code(), List.of()))))
				.toList();
			result.add(new CustomInstrument(row.id(), row.code(), row.name(), row.description(),
					Objects.requireNonNullElse(row.number(), 0), row.status(), row.scoring(), versionSections,
					List.copyOf(overall), row.shipped()));
		}
		return result;
	}

	private static BigDecimal scaled(BigDecimal value) {
		return value.setScale(2, java.math.RoundingMode.HALF_UP);
	}

	private OffsetDateTime now() {
		return OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC);
	}

	private void audit(String action, UUID id, String detail) {
		this.events.publishEvent(new Audited(action, "custom_instrument", id, detail));
	}

	private record VersionRow(UUID id, String code, @Nullable Integer number, String name, @Nullable String description,
			Status status, Scoring scoring, boolean shipped) {

	}

	private record SectionRow(UUID versionId, String code, String title) {

	}

	private record ItemRow(UUID versionId, String sectionCode, Item item) {

	}

	private record BandRow(UUID versionId, @Nullable String sectionCode, Band band) {

	}

}
