package id.pulih.activity;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.jspecify.annotations.Nullable;

/** Tells JPEG, PNG and PDF files by their first bytes, and tidies file names. */
final class FileTypes {

	static final String JPEG = "image/jpeg";

	static final String PNG = "image/png";

	static final String PDF = "application/pdf";

	private static final byte[] PNG_MAGIC = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A };

	private static final byte[] JPEG_MAGIC = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };

	private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

	private static final int NAME_MAX = 120;

	private FileTypes() {
	}

	/** The content type read from the file's first bytes, or null when not accepted. */
	static @Nullable String detect(byte[] bytes) {
		if (startsWith(bytes, PNG_MAGIC)) {
			return PNG;
		}
		if (startsWith(bytes, JPEG_MAGIC)) {
			return JPEG;
		}
		if (startsWith(bytes, PDF_MAGIC)) {
			return PDF;
		}
		return null;
	}

	/**
	 * A file name safe to store and send back: no folders, no control characters or
	 * quotes, not too long; a default from the type when none is left.
	 */
	static String safeName(@Nullable String given, String type) {
		String name = (given == null) ? "" : given;
		int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
		name = name.substring(slash + 1).replaceAll("[\\p{Cntrl}\"<>:|?*;]", "_").strip();
		if (name.length() > NAME_MAX) {
			name = name.substring(name.length() - NAME_MAX);
		}
		if (name.isEmpty() || name.chars().allMatch(ch -> ch == '.')) {
			name = "lampiran" + switch (type) {
				case PNG -> ".png";
				case JPEG -> ".jpg";
				default -> ".pdf";
			};
		}
		return name;
	}

	private static boolean startsWith(byte[] bytes, byte[] magic) {
		return bytes.length >= magic.length && Arrays.equals(bytes, 0, magic.length, magic, 0, magic.length);
	}

}
