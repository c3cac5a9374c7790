package id.pulih.instrument;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A response to an administrator-defined instrument, scored: per section and overall,
 * with the band each score falls in. A section with no answered item has no score.
 *
 * @param versionId the instrument version that was answered
 * @param overall the overall score (mean or sum over all answered items), null when
 * nothing was answered
 */
public record CustomScore(UUID versionId, List<SectionScore> sections, @Nullable BigDecimal overall,
		CustomInstrument.@Nullable Band overallBand) {

	public record SectionScore(String code, int answered, int items, @Nullable BigDecimal score,
			CustomInstrument.@Nullable Band band) {

	}

}
