package org.sapledger.app.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.AbstractJackson2HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * Refuses a JSON body that is not well-formed UTF-8 before Jackson reads it. Jackson decodes what it is given
 * without checking: an overlong form ({@code C0 AF} for {@code /}) or an encoded surrogate ({@code ED A0 80}) goes
 * into a name or an id as if it were text, and a member name spoiled that way is just an unknown member, silently
 * ignored. RFC 8259 requires UTF-8 between systems; Java's decoder checks exactly what RFC 3629 allows. XML bodies
 * are not touched: an XML document declares its own encoding and its parser checks it.
 */
@ControllerAdvice
public class StrictUtf8JsonBodies extends RequestBodyAdviceAdapter {

    @Override
    public boolean supports(MethodParameter parameter, Type targetType,
                            Class<? extends HttpMessageConverter<?>> converterType) {
        return AbstractJackson2HttpMessageConverter.class.isAssignableFrom(converterType);
    }

    @Override
    public HttpInputMessage beforeBodyRead(HttpInputMessage message, MethodParameter parameter, Type targetType,
                                           Class<? extends HttpMessageConverter<?>> converterType) throws IOException {
        byte[] body = message.getBody().readAllBytes();
        requireUtf8(body);
        return new HttpInputMessage() {
            @Override
            public InputStream getBody() {
                return new ByteArrayInputStream(body);
            }

            @Override
            public HttpHeaders getHeaders() {
                return message.getHeaders();
            }
        };
    }

    /** A 400 naming the body and the offset of the first byte that is not UTF-8. */
    static void requireUtf8(byte[] body) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.wrap(body);
        CharBuffer chars = CharBuffer.allocate(Math.max(16, body.length));
        CoderResult result = decoder.decode(bytes, chars, true);
        if (result.isError()) {
            throw new InvalidBodyException(ApiExceptionHandler.BODY,
                    "is not valid UTF-8: malformed bytes at byte " + bytes.position());
        }
    }
}
