package id.pulih;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * All UI text lives in the message bundles: Indonesian and English bundles hold the same
 * keys, every key a template or a rule names exists, and templates hold no hard-coded
 * text.
 */
class MessageBundlesTests {

	private static final Path MESSAGES = Path.of("src/main/resources/messages");

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final Path SOURCES = Path.of("src/main/java");

	@Test
	void everyBundleHasTheSameKeysInBothLanguages() throws IOException {
		List<String> problems = new ArrayList<>();
		try (Stream<Path> files = Files.list(MESSAGES)) {
			for (Path indonesian : files.filter(p -> !p.getFileName().toString().contains("_")).toList()) {
				Path english = indonesian
					.resolveSibling(indonesian.getFileName().toString().replace(".properties", "_en.properties"));
				assertThat(english).as("English bundle beside " + indonesian).exists();
				Set<String> id = load(indonesian).stringPropertyNames();
				Set<String> en = load(english).stringPropertyNames();
				diff(indonesian, id, en, problems);
				diff(english, en, id, problems);
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void keysAreUniqueAcrossBundles() throws IOException {
		Set<String> seen = new HashSet<>();
		List<String> duplicates = new ArrayList<>();
		try (Stream<Path> files = Files.list(MESSAGES)) {
			for (Path bundle : files.filter(p -> !p.getFileName().toString().contains("_")).sorted().toList()) {
				for (String key : load(bundle).stringPropertyNames()) {
					if (!seen.add(key)) {
						duplicates.add(key + " (again in " + bundle.getFileName() + ")");
					}
				}
			}
		}
		assertThat(duplicates).isEmpty();
	}

	@Test
	void everyKeyNamedInTemplatesAndRulesExists() throws IOException {
		Set<String> keys = allKeys();
		Set<String> missing = new TreeSet<>();
		Pattern templateKey = Pattern.compile("#\\{([A-Za-z][A-Za-z0-9_.]*[A-Za-z0-9_])[}(]");
		for (Path template : files(TEMPLATES, ".html")) {
			Matcher matcher = templateKey.matcher(Files.readString(template).replaceAll("(?s)<!--.*?-->", ""));
			while (matcher.find()) {
				if (!keys.contains(matcher.group(1))) {
					missing.add(matcher.group(1) + " in " + template);
				}
			}
		}
		Pattern ruleKey = Pattern.compile("\"([a-z]+\\.(?:error|[a-z]+)\\.[A-Za-z][A-Za-z0-9.]*[A-Za-z0-9])\"");
		for (Path source : files(SOURCES, ".java")) {
			Matcher matcher = ruleKey.matcher(Files.readString(source));
			while (matcher.find()) {
				String key = matcher.group(1);
				if (key.contains(".error.") && !keys.contains(key)) {
					missing.add(key + " in " + source);
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void templatesHoldNoHardCodedText() throws IOException {
		Pattern element = Pattern.compile("<([a-zA-Z][a-zA-Z0-9]*)([^>]*)>([^<]*)");
		List<String> problems = new ArrayList<>();
		for (Path template : files(TEMPLATES, ".html")) {
			String html = Files.readString(template).replaceAll("(?s)<!--.*?-->", "");
			Matcher matcher = element.matcher(html);
			while (matcher.find()) {
				String tag = matcher.group(1).toLowerCase();
				String attributes = matcher.group(2);
				String text = matcher.group(3).strip();
				boolean replaced = attributes.contains("th:text") || attributes.contains("th:utext")
						|| attributes.contains("th:replace") || attributes.contains("th:insert")
						|| attributes.contains("th:errors");
				if (!replaced && !tag.equals("script") && !tag.equals("style") && text.matches(".*\\p{L}{2,}.*")) {
					problems.add(template + ": <" + tag + "> " + text);
				}
				for (String attribute : List.of("placeholder", "title", "aria-label", "alt")) {
					Matcher literal = Pattern.compile("(?<![:-])\\b" + attribute + "=\"([^\"]*)\"").matcher(attributes);
					if (literal.find() && literal.group(1).matches(".*\\p{L}{2,}.*")) {
						problems.add(template + ": " + attribute + "=\"" + literal.group(1) + "\"");
					}
				}
			}
		}
		assertThat(problems).isEmpty();
	}

	private static void diff(Path bundle, Set<String> keys, Set<String> others, List<String> problems) {
		for (String key : keys) {
			if (!others.contains(key)) {
				problems.add(key + " is only in " + bundle.getFileName());
			}
		}
	}

	private static Set<String> allKeys() throws IOException {
		Set<String> keys = new HashSet<>();
		for (Path bundle : files(MESSAGES, ".properties")) {
			keys.addAll(load(bundle).stringPropertyNames());
		}
		return keys;
	}

	private static List<Path> files(Path root, String suffix) throws IOException {
		try (Stream<Path> walk = Files.walk(root)) {
			return walk.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
		}
	}

	private static Properties load(Path file) {
		Properties properties = new Properties();
		try (InputStream in = Files.newInputStream(file)) {
			properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return properties;
	}

}
