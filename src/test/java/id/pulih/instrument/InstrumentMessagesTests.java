package id.pulih.instrument;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import id.pulih.instrument.InstrumentDefinition.Item;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every message key the instrument definitions and results name exists in both the
 * Indonesian and the English bundle, and the questions that take a substance read well
 * with it in both languages.
 */
class InstrumentMessagesTests {

	private static final Properties INDONESIAN = load("messages/instrument.properties");

	private static final Properties ENGLISH = load("messages/instrument_en.properties");

	private static Properties load(String resource) {
		Properties properties = new Properties();
		try (InputStream in = InstrumentMessagesTests.class.getClassLoader().getResourceAsStream(resource)) {
			assertThat(in).as(resource).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return properties;
	}

	private static Set<String> keysUsed() {
		Set<String> keys = new TreeSet<>();
		new Instruments().all().forEach(definition -> keys.addAll(definition.messageKeys()));
		for (Substance substance : Substance.values()) {
			keys.add(substance.messageKey());
			keys.add(substance.shortNameKey());
		}
		for (RiskLevel risk : RiskLevel.values()) {
			keys.add(risk.messageKey());
		}
		for (Intervention intervention : Intervention.values()) {
			keys.add(intervention.messageKey());
		}
		for (IbmRoute route : IbmRoute.values()) {
			keys.add(route.messageKey());
		}
		for (InjectionAdvice advice : InjectionAdvice.values()) {
			keys.add(advice.messageKey());
		}
		for (InjectionPattern pattern : InjectionPattern.values()) {
			keys.add(pattern.messageKey());
		}
		for (Frequency frequency : Frequency.values()) {
			keys.add(frequency.messageKey());
		}
		for (YesNoWhen answer : YesNoWhen.values()) {
			keys.add(answer.messageKey());
		}
		for (YesNo answer : YesNo.values()) {
			keys.add(answer.messageKey());
		}
		for (WhoqolDomain domain : WhoqolDomain.values()) {
			keys.add(domain.messageKey());
		}
		keys.addAll(Set.of("instrument.error.answerRequired", "instrument.error.answerNotAsked",
				"instrument.error.answerOutOfRange", "instrument.error.unknownItem"));
		return keys;
	}

	@Test
	void everyKeyUsedIsInBothBundles() {
		Set<String> used = keysUsed();
		assertThat(used).hasSizeGreaterThan(100);
		assertThat(used).allSatisfy(key -> {
			assertThat(INDONESIAN.getProperty(key)).as("Indonesian " + key).isNotBlank();
			assertThat(ENGLISH.getProperty(key)).as("English " + key).isNotBlank();
		});
	}

	@Test
	void bothBundlesHoldTheSameKeysAllUsedAndInTheModulesNamespace() {
		assertThat(INDONESIAN.stringPropertyNames()).isEqualTo(ENGLISH.stringPropertyNames());
		assertThat(INDONESIAN.stringPropertyNames()).allMatch(key -> key.startsWith("instrument."));
		assertThat(INDONESIAN.stringPropertyNames()).filteredOn(key -> !key.startsWith("instrument.custom."))
			.containsExactlyInAnyOrderElementsOf(keysUsed());
	}

	@Test
	void questionsAboutASubstanceNameItInBothLanguages() {
		for (Item item : new Instruments().definition("ASSIST").items()) {
			if (item.subjectKey() == null) {
				continue;
			}
			for (Properties bundle : new Properties[] { INDONESIAN, ENGLISH }) {
				String subject = bundle.getProperty(item.subjectKey());
				String text = new MessageFormat(bundle.getProperty(item.textKey()), Locale.ROOT)
					.format(new Object[] { subject });
				assertThat(text).as(item.id()).contains(subject).doesNotContain("{0}").doesNotContain("'");
			}
		}
	}

}
