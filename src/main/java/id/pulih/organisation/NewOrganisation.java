package id.pulih.organisation;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A command to register an organisation.
 *
 * @param id an id chosen by the caller (for retries), or null
 * @param formedOn for an IBM unit, its formation date
 */
public record NewOrganisation(UUID id, String code, String name, OrganisationType type, UUID parentId, String areaCode,
		LocalDate formedOn) {

}
