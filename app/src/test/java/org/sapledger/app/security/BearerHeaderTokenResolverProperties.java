package org.sapledger.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;

/**
 * {@link BearerHeaderTokenResolver} answers every request as Spring Security's {@link DefaultBearerTokenResolver}
 * (the specification) does: the same token, or no token, or the same refusal with the same error.
 */
class BearerHeaderTokenResolverProperties {

    private final BearerTokenResolver resolver = new BearerHeaderTokenResolver();
    private final BearerTokenResolver springSecurity = new DefaultBearerTokenResolver();

    @Property(tries = 5000)
    void anAuthorizationHeaderResolvesAsSpringSecuritysOwnResolverResolvesIt(
            @ForAll("authorization") String authorization, @ForAll("method") String method) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, "/api/properties");
        request.addHeader("Authorization", authorization);
        request.addParameter("access_token", "from-the-query");

        assertThat(outcome(resolver, request)).isEqualTo(outcome(springSecurity, request));
    }

    @Example
    void aWellFormedHeaderGivesItsToken() {
        assertThat(resolver.resolve(request("Bearer eyJhbGciOiJFUzI1NiJ9.e30.c2ln"))).isEqualTo("eyJhbGciOiJFUzI1NiJ9.e30.c2ln");
        assertThat(resolver.resolve(request("bEARER abc-._~+/=="))).isEqualTo("abc-._~+/==");
    }

    @Example
    void noHeaderOrAnotherSchemeGivesNoToken() {
        assertThat(resolver.resolve(new MockHttpServletRequest("POST", "/api/properties"))).isNull();
        assertThat(resolver.resolve(request("Basic dXNlcjpwYXNz"))).isNull();
    }

    @Example
    void aMalformedBearerHeaderIsRefusedAsSpringSecurityRefusesIt() {
        for (String malformed : new String[] {"Bearer ", "Bearer  abc", "Bearer abc def", "Bearer =abc", "Bearer abc=d",
                "Bearer abc\n", "Bearer\tabc", "Bearerabc", "Bearer ab\u00e7"}) {
            assertThatThrownBy(() -> resolver.resolve(request(malformed)), malformed)
                    .isInstanceOf(OAuth2AuthenticationException.class)
                    .hasMessage("Bearer token is malformed");
        }
    }

    private static MockHttpServletRequest request(String authorization) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/properties");
        request.addHeader("Authorization", authorization);
        return request;
    }

    /** The token, "no token", or the refusal's error code and description. */
    private static String outcome(BearerTokenResolver resolver, MockHttpServletRequest request) {
        try {
            String token = resolver.resolve(request);
            return token == null ? "no token" : "token " + token;
        } catch (OAuth2AuthenticationException refused) {
            return "refused " + refused.getError().getErrorCode() + ": " + refused.getError().getDescription();
        }
    }

    @Provide
    Arbitrary<String> method() {
        return Arbitraries.of("GET", "POST", "PUT", "PATCH", "DELETE");
    }

    /** Values near the well-formed ones: the scheme in any case or misspelt, then token-like text with noise. */
    @Provide
    Arbitrary<String> authorization() {
        Arbitrary<String> scheme = Arbitraries.of("Bearer ", "bearer ", "BEARER ", "bEaReR ", "Bearer", "Bearer  ",
                "Bearer\t", "Basic ", "Bearer\u00a0", "Bearez ", "\u212aearer ", "", " Bearer ");
        Arbitrary<Character> tokenCharacter = Arbitraries.of('a', 'Z', '0', '9', '-', '.', '_', '~', '+', '/');
        Arbitrary<Character> noise = Arbitraries.of('=', ' ', '\t', '\n', '\r', '\u0085', '\u2028', '\u00e9', '\u017f',
                '\u212a', ',', '"', '\\', '%', '\u0000');
        Arbitrary<String> body = Arbitraries.frequencyOf(Tuple.of(12, tokenCharacter), Tuple.of(3,
                        Arbitraries.just('=')), Tuple.of(1, noise))
                .list().ofMaxSize(24)
                .map(characters -> {
                    StringBuilder text = new StringBuilder();
                    characters.forEach(text::append);
                    return text.toString();
                });
        return Combinators.combine(scheme, body).as(String::concat);
    }
}
