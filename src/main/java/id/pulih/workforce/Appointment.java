package id.pulih.workforce;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A person's appointment by decree (for a recovery agent, the village head's SK Kepala
 * Desa).
 *
 * @param unitId the IBM unit or organisation the person is appointed to
 */
@Table("person_appointment")
public record Appointment(@Id UUID id, String decreeNumber, LocalDate decreeDate, UUID unitId) {

}
