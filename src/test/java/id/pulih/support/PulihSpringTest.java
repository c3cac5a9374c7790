package id.pulih.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ContextConfiguration;

/**
 * The one Spring test context of the suite: the whole application on a random port, with
 * MockMvc, the demo data set, and the database chosen by {@link TestDatabase}. Every test
 * uses this same annotation so the context is built once per database.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "pulih.demo.enabled=true", "spring.thymeleaf.cache=true" })
@AutoConfigureMockMvc
@ContextConfiguration(initializers = TestDatabase.class)
public @interface PulihSpringTest {

}
