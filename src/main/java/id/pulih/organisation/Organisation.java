package id.pulih.organisation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import id.pulih.shared.FundingSource;
import id.pulih.shared.Ids;
import id.pulih.shared.RuleViolation;

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
 * An organisation in the tree of both programmes. It is created under a parent (or at the
 * root, for the national agency), may be renamed and moved to another area, and is voided
 * with a reason rather than deleted: records elsewhere keep pointing at it.
 * <p>
 * An IBM unit additionally carries its village and formation date, the village head's
 * decrees, network partners, financial support, its status per year (formed or developed,
 * and by which BNNP/BNNK) and its development phase history. Those change only through
 * the named methods below, which refuse them for other types and for voided
 * organisations.
 */
@Table("organisation")
public class Organisation {

	@Id
	private final UUID id;

	private String code;

	private String name;

	@Column("org_type")
	private final OrganisationType type;

	private final UUID parentId;

	private String areaCode;

	private String provinceCode;

	private final String path;

	private Instant voidedAt;

	private String voidReason;

	@MappedCollection(idColumn = "organisation_id")
	private IbmUnitProfile unit;

	@MappedCollection(idColumn = "organisation_id")
	private Set<Decree> decrees = new LinkedHashSet<>();

	@MappedCollection(idColumn = "organisation_id")
	private Set<Partner> partners = new LinkedHashSet<>();

	@MappedCollection(idColumn = "organisation_id")
	private Set<Funding> fundings = new LinkedHashSet<>();

	@MappedCollection(idColumn = "organisation_id")
	private Set<YearStatus> yearStatuses = new LinkedHashSet<>();

	@MappedCollection(idColumn = "organisation_id")
	private Set<PhaseRecord> phases = new LinkedHashSet<>();

	@CreatedDate
	private Instant createdAt;

	@CreatedBy
	private String createdBy;

	@LastModifiedDate
	private Instant updatedAt;

	@LastModifiedBy
	private String updatedBy;

	@Version
	private Integer version;

	@PersistenceCreator
	Organisation(UUID id, String code, String name, OrganisationType type, UUID parentId, String areaCode,
			String provinceCode, String path) {
		this.id = id;
		this.code = code;
		this.name = name;
		this.type = type;
		this.parentId = parentId;
		this.areaCode = areaCode;
		this.provinceCode = provinceCode;
		this.path = path;
	}

	/** A new organisation below {@code parent} (null for a root). */
	static Organisation create(UUID id, String code, String name, OrganisationType type, Organisation parent,
			String areaCode) {
		UUID newId = (id != null) ? id : Ids.newId();
		String path = ((parent != null) ? parent.path : "/") + newId + "/";
		return new Organisation(newId, code, name, type, (parent != null) ? parent.id : null, areaCode,
				(areaCode != null) ? areaCode.substring(0, 2) : null, path);
	}

	void edit(String newCode, String newName, String newAreaCode) {
		requireActive();
		this.code = newCode;
		this.name = newName;
		this.areaCode = newAreaCode;
		this.provinceCode = (newAreaCode != null) ? newAreaCode.substring(0, 2) : null;
	}

	void voidWith(String reason, Instant at) {
		requireActive();
		this.voidedAt = at;
		this.voidReason = reason;
	}

	void formUnit(String villageCode, LocalDate formedOn) {
		requireUnit();
		this.unit = new IbmUnitProfile(villageCode, formedOn);
	}

	void addDecree(String number, LocalDate date) {
		requireUnit();
		this.decrees.add(new Decree(Ids.newId(), number, date, date.getYear()));
	}

	void addPartner(String partnerName, String kind, UUID partnerOrganisationId) {
		requireUnit();
		this.partners.add(new Partner(Ids.newId(), partnerName, kind, partnerOrganisationId));
	}

	void addFunding(FundingSource source, long amount, int year, String note) {
		requireUnit();
		this.fundings.add(new Funding(Ids.newId(), source, amount, year, note));
	}

	void recordYearStatus(int year, UnitYearStatus status, UUID byOrganisationId) {
		requireUnit();
		if (this.yearStatuses.stream().anyMatch(s -> s.year() == year)) {
			throw new RuleViolation("year", "organisation.error.yearStatusExists", year);
		}
		this.yearStatuses.add(new YearStatus(Ids.newId(), year, status, byOrganisationId));
	}

	void recordPhase(DevelopmentPhase phase, LocalDate assessedOn, String assessedBy, String note) {
		requireUnit();
		this.phases.add(new PhaseRecord(Ids.newId(), phase, assessedOn, assessedBy, note));
	}

	private void requireActive() {
		if (isVoided()) {
			throw RuleViolation.of("organisation.error.voided");
		}
	}

	private void requireUnit() {
		requireActive();
		if (this.type != OrganisationType.IBM_UNIT) {
			throw RuleViolation.of("organisation.error.notUnit");
		}
	}

	public UUID id() {
		return this.id;
	}

	public String code() {
		return this.code;
	}

	public String name() {
		return this.name;
	}

	public OrganisationType type() {
		return this.type;
	}

	public UUID parentId() {
		return this.parentId;
	}

	public String areaCode() {
		return this.areaCode;
	}

	public String provinceCode() {
		return this.provinceCode;
	}

	public String path() {
		return this.path;
	}

	public boolean isVoided() {
		return this.voidedAt != null;
	}

	public Instant voidedAt() {
		return this.voidedAt;
	}

	public String voidReason() {
		return this.voidReason;
	}

	public IbmUnitProfile unit() {
		return this.unit;
	}

	public List<Decree> decrees() {
		return this.decrees.stream().sorted(Comparator.comparing(Decree::decreeDate)).toList();
	}

	public List<Partner> partners() {
		return this.partners.stream().sorted(Comparator.comparing(Partner::partnerName)).toList();
	}

	public List<Funding> fundings() {
		return this.fundings.stream().sorted(Comparator.comparingInt(Funding::year)).toList();
	}

	public List<YearStatus> yearStatuses() {
		return this.yearStatuses.stream().sorted(Comparator.comparingInt(YearStatus::year)).toList();
	}

	/** Phase assessments, oldest first. */
	public List<PhaseRecord> phases() {
		return this.phases.stream()
			.sorted(Comparator.comparing(PhaseRecord::assessedOn).thenComparing(PhaseRecord::id))
			.toList();
	}

	/** The phase of the latest assessment, or none before the first. */
	public DevelopmentPhase currentPhase() {
		List<PhaseRecord> history = phases();
		return history.isEmpty() ? null : history.getLast().phase();
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	public String createdBy() {
		return this.createdBy;
	}

	public Instant updatedAt() {
		return this.updatedAt;
	}

	public String updatedBy() {
		return this.updatedBy;
	}

	public Integer version() {
		return this.version;
	}

	/** An IBM unit's village and formation date. */
	@Table("ibm_unit")
	public record IbmUnitProfile(String villageCode, LocalDate formedOn) {
	}

	@Table("ibm_unit_decree")
	public record Decree(@Id UUID id, String decreeNumber, LocalDate decreeDate, @Column("decree_year") int year) {
	}

	@Table("ibm_unit_partner")
	public record Partner(@Id UUID id, String partnerName, String partnerKind,
			@Column("partner_org_id") UUID partnerOrganisationId) {
	}

	@Table("ibm_unit_funding")
	public record Funding(@Id UUID id, FundingSource source, long amount, @Column("funding_year") int year,
			String note) {
	}

	@Table("ibm_unit_year_status")
	public record YearStatus(@Id UUID id, @Column("status_year") int year, UnitYearStatus status,
			@Column("by_org_id") UUID byOrganisationId) {
	}

	@Table("ibm_unit_phase")
	public record PhaseRecord(@Id UUID id, DevelopmentPhase phase, LocalDate assessedOn, String assessedBy,
			String note) {
	}

}
