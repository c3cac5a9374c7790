package id.pulih.client;

import java.time.LocalDate;
import java.util.UUID;

import id.pulih.shared.Sex;
import org.jspecify.annotations.Nullable;

/**
 * A command to register a client.
 *
 * @param id an id chosen by the caller, so the registration can be retried; null to have
 * one generated
 * @param facts what the code is built from (its sex and birth date, when given, must
 * agree with {@code sex} and {@code birthDate})
 * @param birthDate the whole birth date, or null when only the year is known
 * @param birthYear required when {@code birthDate} is null; otherwise its year
 * @param villageCode the Kemendagri code of the village (desa/kelurahan) the client lives
 * in
 * @param sourceOrganisationId the referring organisation, for
 * {@link ClientSource#REFERRAL} and {@link ClientSource#AFTERCARE} only
 * @param registeredOn null for today
 */
public record NewClient(@Nullable UUID id, @Nullable UicFacts facts, @Nullable Sex sex, @Nullable LocalDate birthDate,
		@Nullable Integer birthYear, @Nullable String villageCode, @Nullable ClientSource source,
		@Nullable UUID sourceOrganisationId, @Nullable LocalDate registeredOn) {

}
