package id.pulih.reporting.export;

/** Text written into XML. */
final class Xml {

	private Xml() {
	}

	/**
	 * Text for XML and XHTML: markup characters escaped, and characters XML cannot hold
	 * (control characters, lone surrogates) left out.
	 */
	static String escape(String text) {
		StringBuilder out = new StringBuilder(text.length() + 16);
		text.codePoints().forEach((c) -> {
			switch (c) {
				case '&' -> out.append("&amp;");
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '"' -> out.append("&quot;");
				case '\'' -> out.append("&#39;");
				default -> {
					if (c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
							|| c >= 0x10000) {
						out.appendCodePoint(c);
					}
				}
			}
		});
		return out.toString();
	}

}
