package id.pulih.shared.web;

import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Every module keeps its UI text in its own bundle, {@code messages/<module>.properties}
 * (Bahasa Indonesia, the default) beside {@code messages/<module>_en.properties}
 * (English). All bundles found on the class path are served by one message source.
 */
@Configuration(proxyBeanMethods = false)
class MessageConfiguration implements WebMvcConfigurer {

	static final Locale INDONESIAN = Locale.of("id");

	private static final Pattern BASE = Pattern.compile("messages/([a-z0-9-]+)\\.properties$");

	@Bean
	MessageSource messageSource() throws IOException {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasenames(bundleBasenames().toArray(String[]::new));
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		source.setDefaultLocale(INDONESIAN);
		return source;
	}

	static Set<String> bundleBasenames() throws IOException {
		Set<String> names = new TreeSet<>();
		for (Resource resource : new PathMatchingResourcePatternResolver()
			.getResources("classpath*:messages/*.properties")) {
			Matcher matcher = BASE.matcher(String.valueOf(resource.getURL()));
			if (matcher.find()) {
				names.add("messages/" + matcher.group(1));
			}
		}
		return names;
	}

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("pulih-lang");
		resolver.setDefaultLocale(INDONESIAN);
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
	}

}
