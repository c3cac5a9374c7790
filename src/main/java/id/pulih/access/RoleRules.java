package id.pulih.access;

import java.lang.reflect.Method;
import java.util.Arrays;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import id.pulih.shared.security.CurrentUser;
import id.pulih.shared.security.PulihUser;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Enforces each handler's {@code @RolesAllowed} / {@code @PermitAll} before anything of
 * the request is read: a caller without the role learns nothing from validation errors. A
 * handler of ours that names no rule is refused (deny by default). Method security checks
 * the same annotations again when the handler runs.
 */
@Configuration(proxyBeanMethods = false)
class RoleRules implements WebMvcConfigurer, HandlerInterceptor {

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this);
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (handler instanceof HandlerMethod method && method.getBeanType().getPackageName().startsWith("id.pulih")
				&& !admits(method, CurrentUser.find().orElse(null))) {
			throw new AccessDeniedException("role not admitted");
		}
		return true;
	}

	static boolean admits(HandlerMethod handler, PulihUser user) {
		Method method = handler.getMethod();
		Class<?> type = handler.getBeanType();
		if (AnnotatedElementUtils.hasAnnotation(method, PermitAll.class)) {
			return true;
		}
		if (AnnotatedElementUtils.hasAnnotation(method, DenyAll.class)) {
			return false;
		}
		RolesAllowed allowed = AnnotatedElementUtils.findMergedAnnotation(method, RolesAllowed.class);
		if (allowed == null) {
			allowed = AnnotatedElementUtils.findMergedAnnotation(type, RolesAllowed.class);
		}
		if (allowed == null) {
			return AnnotatedElementUtils.hasAnnotation(type, PermitAll.class);
		}
		return user != null && Arrays.asList(allowed.value()).contains(user.role().name());
	}

}
