package id.pulih.shared.web;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;

/**
 * Serves the static files under their own prefixes only ({@code /css}, {@code /js},
 * {@code /img}, {@code /licenses}, and the version-free {@code /webjars} paths of htmx
 * and Chart.js), revalidated after {@code spring.web.resources.cache.period}. Spring
 * Boot's default mapping of static files to {@code /**} is off
 * ({@code spring.web.resources.add-mappings=false}): with it, every link a page renders
 * ({@code @{/clients/...}}, hundreds on a timeline or worklist) was first looked up as a
 * file on the class path, and misses are not cached, which took more than half of a
 * page's time.
 */
@Configuration(proxyBeanMethods = false)
class StaticResources implements WebMvcConfigurer {

	private static final String[] FOLDERS = { "css", "js", "img", "licenses" };

	private final CacheControl cacheControl;

	StaticResources(@Value("${spring.web.resources.cache.period:1h}") Duration cachePeriod) {
		this.cacheControl = CacheControl.maxAge(cachePeriod);
	}

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		for (String folder : FOLDERS) {
			registry.addResourceHandler("/" + folder + "/**")
				.addResourceLocations("classpath:/static/" + folder + "/")
				.setCacheControl(this.cacheControl)
				.resourceChain(true);
		}
		registry.addResourceHandler("/webjars/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.setCacheControl(this.cacheControl)
			.resourceChain(true)
			.addResolver(new LiteWebJarsResourceResolver());
	}

}
