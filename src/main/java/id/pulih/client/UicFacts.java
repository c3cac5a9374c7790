package id.pulih.client;

import java.time.LocalDate;

import id.pulih.shared.Sex;
import org.jspecify.annotations.Nullable;

/**
 * The facts a client's code is built from, as the client says them (see
 * {@link UicBuilder}). Never the NIK.
 *
 * @param motherFirstName the mother's first name as the client says it; null or blank
 * when unknown (its letters become {@code XX})
 * @param fatherFirstName the father's first name, likewise
 * @param sex the client's sex
 * @param birthDate the whole birth date, or null when the client knows only the year
 * (then day and month are {@code 00} and the year comes from
 * {@link NewClient#birthYear()})
 */
public record UicFacts(@Nullable String motherFirstName, @Nullable String fatherFirstName, @Nullable Sex sex,
		@Nullable LocalDate birthDate) {

}
