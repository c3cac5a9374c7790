package id.pulih.recovery;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A correction of a finished pathway's outcome: what it said before and after, why, by
 * whom and when. Corrections are only ever added.
 */
@Table("recovery_correction")
public record Correction(@Id UUID id, Instant correctedAt, String correctedBy, String beforeText, String afterText,
		String reason) {

}
