package id.pulih.client;

import java.util.regex.Pattern;

import id.pulih.shared.RuleViolation;
import org.jspecify.annotations.Nullable;

/**
 * A client's identifying details in clear, as typed or as opened for one worker. Every
 * field is optional, but at least one is given. Never stored like this: see
 * {@link SealedIdentity}.
 *
 * @param nik the 16-digit national ID number (NIK), kept only here and never used for the
 * client's code
 */
record IdentityDetails(@Nullable String nameOrNickname, @Nullable String nik, @Nullable String phone,
		@Nullable String address) {

	static final int NAME_MAX = 150;

	static final int ADDRESS_MAX = 300;

	private static final Pattern NIK = Pattern.compile("[0-9]{16}");

	private static final Pattern NIK_SEPARATORS = Pattern.compile("[\\s.\\-]");

	private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 \\-]{5,28}");

	/** The details trimmed and checked; blank fields become null. */
	static IdentityDetails checked(@Nullable String nameOrNickname, @Nullable String nik, @Nullable String phone,
			@Nullable String address) {
		String name = blankToNull(nameOrNickname);
		if (name != null) {
			if (name.length() > NAME_MAX) {
				throw new RuleViolation("nameOrNickname", "client.error.tooLong", NAME_MAX);
			}
			if (NIK.matcher(NIK_SEPARATORS.matcher(name).replaceAll("")).find()) {
				throw new RuleViolation("nameOrNickname", "client.error.nikInName");
			}
		}
		String checkedNik = blankToNull(nik);
		if (checkedNik != null) {
			checkedNik = NIK_SEPARATORS.matcher(checkedNik).replaceAll("");
			if (!NIK.matcher(checkedNik).matches()) {
				throw new RuleViolation("nik", "client.error.nikFormat");
			}
		}
		String checkedPhone = blankToNull(phone);
		if (checkedPhone != null && !PHONE.matcher(checkedPhone).matches()) {
			throw new RuleViolation("phone", "client.error.phone");
		}
		String checkedAddress = blankToNull(address);
		if (checkedAddress != null && checkedAddress.length() > ADDRESS_MAX) {
			throw new RuleViolation("address", "client.error.tooLong", ADDRESS_MAX);
		}
		if (name == null && checkedNik == null && checkedPhone == null && checkedAddress == null) {
			throw RuleViolation.of("client.error.identityEmpty");
		}
		return new IdentityDetails(name, checkedNik, checkedPhone, checkedAddress);
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
