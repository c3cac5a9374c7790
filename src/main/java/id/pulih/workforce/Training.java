package id.pulih.workforce;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A training a person attended.
 *
 * @param hours its length in hours, more than 0 and at most 999, with one decimal
 * @param organiser who gave it (e.g. the BNNP), if known
 */
@Table("person_training")
public record Training(@Id UUID id, String topic, LocalDate trainedOn, BigDecimal hours, @Nullable String organiser) {

}
