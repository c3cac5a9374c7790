package id.pulih.reporting.estimate;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import id.pulih.shared.Conflict;
import id.pulih.shared.Ids;
import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The population estimate of one area (or the nation) for one year. It is entered once
 * per (area, year) and corrected afterwards by whoever read its current version; a
 * correction against an older version is refused as stale. It is never deleted: figures
 * that turn out wrong are corrected. The figures are checked by
 * {@link PopulationEstimates} before anything is built (each 1 to 10^9, at least one
 * given, neither part larger than the number of people who inject drugs).
 */
@Table("rpt_population_estimate")
class PopulationEstimate {

	@Id
	private final UUID id;

	private final String areaCode;

	private final @Nullable String provinceCode;

	private final int estimateYear;

	private @Nullable Long pwid;

	private @Nullable Long opioidPwid;

	private @Nullable Long pwidHiv;

	private @Nullable String sourceNote;

	private Instant createdAt;

	private String createdBy;

	private Instant updatedAt;

	private String updatedBy;

	@Version
	private @Nullable Integer version;

	@PersistenceCreator
	PopulationEstimate(UUID id, String areaCode, @Nullable String provinceCode, int estimateYear, @Nullable Long pwid,
			@Nullable Long opioidPwid, @Nullable Long pwidHiv, @Nullable String sourceNote, Instant createdAt,
			String createdBy, Instant updatedAt, String updatedBy) {
		this.id = id;
		this.areaCode = areaCode;
		this.provinceCode = provinceCode;
		this.estimateYear = estimateYear;
		this.pwid = pwid;
		this.opioidPwid = opioidPwid;
		this.pwidHiv = pwidHiv;
		this.sourceNote = sourceNote;
		this.createdAt = createdAt;
		this.createdBy = createdBy;
		this.updatedAt = updatedAt;
		this.updatedBy = updatedBy;
	}

	/** A new estimate of an area (its province code, null for the nation) for a year. */
	static PopulationEstimate enter(String areaCode, @Nullable String provinceCode, int year, @Nullable Long pwid,
			@Nullable Long opioidPwid, @Nullable Long pwidHiv, @Nullable String sourceNote, String by, Instant at) {
		return new PopulationEstimate(Ids.newId(), areaCode, provinceCode, year, pwid, opioidPwid, pwidHiv, sourceNote,
				at, by, at, by);
	}

	/** Whether entering these figures and note again would change nothing. */
	boolean sameAs(@Nullable Long newPwid, @Nullable Long newOpioidPwid, @Nullable Long newPwidHiv,
			@Nullable String newSourceNote) {
		return Objects.equals(this.pwid, newPwid) && Objects.equals(this.opioidPwid, newOpioidPwid)
				&& Objects.equals(this.pwidHiv, newPwidHiv) && Objects.equals(this.sourceNote, newSourceNote);
	}

	/**
	 * Replaces the figures and note.
	 * @param expectedVersion the version the caller read; null when it read none
	 * @throws Conflict when the caller read no version (it thought the estimate new) or
	 * an older one than the stored
	 */
	void correct(@Nullable Long newPwid, @Nullable Long newOpioidPwid, @Nullable Long newPwidHiv,
			@Nullable String newSourceNote, @Nullable Integer expectedVersion, String by, Instant at) {
		if (expectedVersion == null) {
			throw new Conflict("areaCode", "estimate.error.exists");
		}
		if (!expectedVersion.equals(this.version)) {
			throw new Conflict("version", "estimate.error.stale");
		}
		this.pwid = newPwid;
		this.opioidPwid = newOpioidPwid;
		this.pwidHiv = newPwidHiv;
		this.sourceNote = newSourceNote;
		this.updatedAt = at;
		this.updatedBy = by;
	}

	/** A short account of the figures, for the audit trail. */
	String figures() {
		return "pwid=" + this.pwid + " opioidPwid=" + this.opioidPwid + " pwidHiv=" + this.pwidHiv;
	}

	UUID id() {
		return this.id;
	}

	String areaCode() {
		return this.areaCode;
	}

	int year() {
		return this.estimateYear;
	}

	@Nullable Long pwid() {
		return this.pwid;
	}

	@Nullable Long opioidPwid() {
		return this.opioidPwid;
	}

	@Nullable Long pwidHiv() {
		return this.pwidHiv;
	}

	@Nullable String sourceNote() {
		return this.sourceNote;
	}

	Instant updatedAt() {
		return this.updatedAt;
	}

	String updatedBy() {
		return this.updatedBy;
	}

	@Nullable Integer version() {
		return this.version;
	}

}
