package id.pulih.shared.web;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * Refuses an API request body larger than its limit (413, as a problem) before it is
 * read, so an oversized request costs the server nothing: a declared length is checked
 * first, and a body sent without one (chunked) is cut off at the same limit. The limit is
 * {@code pulih.api.max-body-bytes} (16 KB), or an endpoint's {@link BodyLimit}.
 */
@ControllerAdvice(annotations = RestController.class)
class RequestBodyLimits extends RequestBodyAdviceAdapter {

	private final long defaultLimit;

	RequestBodyLimits(@Value("${pulih.api.max-body-bytes:16384}") long defaultLimit) {
		this.defaultLimit = defaultLimit;
	}

	@Override
	public boolean supports(MethodParameter parameter, Type targetType,
			Class<? extends HttpMessageConverter<?>> converterType) {
		return true;
	}

	@Override
	public HttpInputMessage beforeBodyRead(HttpInputMessage inputMessage, MethodParameter parameter, Type targetType,
			Class<? extends HttpMessageConverter<?>> converterType) throws IOException {
		long limit = limitOf(parameter);
		if (inputMessage.getHeaders().getContentLength() > limit) {
			throw new ResponseStatusException(HttpStatus.CONTENT_TOO_LARGE);
		}
		InputStream limited = new LimitedInputStream(inputMessage.getBody(), limit);
		return new HttpInputMessage() {

			@Override
			public InputStream getBody() {
				return limited;
			}

			@Override
			public HttpHeaders getHeaders() {
				return inputMessage.getHeaders();
			}

		};
	}

	private long limitOf(MethodParameter parameter) {
		BodyLimit onMethod = (parameter.getMethod() != null)
				? AnnotatedElementUtils.findMergedAnnotation(parameter.getMethod(), BodyLimit.class) : null;
		if (onMethod != null) {
			return onMethod.bytes();
		}
		BodyLimit onType = AnnotatedElementUtils.findMergedAnnotation(parameter.getContainingClass(), BodyLimit.class);
		return (onType != null) ? onType.bytes() : this.defaultLimit;
	}

	/** Counts what is read and stops at the limit. */
	static final class LimitedInputStream extends FilterInputStream {

		private final long limit;

		private long count;

		LimitedInputStream(InputStream in, long limit) {
			super(in);
			this.limit = limit;
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b >= 0) {
				counted(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = super.read(buffer, offset, length);
			if (n > 0) {
				counted(n);
			}
			return n;
		}

		private void counted(int n) {
			this.count += n;
			if (this.count > this.limit) {
				throw new ResponseStatusException(HttpStatus.CONTENT_TOO_LARGE);
			}
		}

	}

}
