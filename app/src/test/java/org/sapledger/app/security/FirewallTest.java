package org.sapledger.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.RequestRejectedException;

/** The service's firewall: Spring Security's strict one, its header and parameter-name rules unchanged. */
class FirewallTest {

    private final HttpFirewall firewall = new SecurityConfiguration().httpFirewall();

    @Test
    void ordinaryHeadersAreRead() {
        HttpServletRequest request = firewalled(header("If-Match", "\"7\""));

        assertThat(request.getHeader("If-Match")).isEqualTo("\"7\"");
        assertThat(request.getHeader("X-Note")).isNull();
    }

    @Test
    void aHeaderValueWithAControlCharacterIsRejectedWhenRead() {
        HttpServletRequest request = firewalled(header("X-Note", "a\u0007b"));

        assertThatThrownBy(() -> request.getHeader("X-Note")).isInstanceOf(RequestRejectedException.class);
    }

    @Test
    void aHeaderNameWithAControlCharacterIsRejectedWhenRead() {
        HttpServletRequest request = firewalled(header("X-\u0085Note", "a"));

        assertThatThrownBy(() -> request.getHeaderNames().nextElement()).isInstanceOf(RequestRejectedException.class);
    }

    @Test
    void aParameterNameWithAControlCharacterIsRejectedWhenRead() {
        MockHttpServletRequest raw = new MockHttpServletRequest("GET", "/api/properties");
        raw.addParameter("as\u0000Of", "2026-01-01T00:00:00Z");
        HttpServletRequest request = firewalled(raw);

        assertThatThrownBy(request::getParameterMap).isInstanceOf(RequestRejectedException.class);
    }

    @Test
    void encodedSlashesAreStillRejected() {
        MockHttpServletRequest raw = new MockHttpServletRequest("GET", "/api/properties/a%2Fb");
        raw.setRequestURI("/api/properties/a%2Fb");

        assertThatThrownBy(() -> firewall.getFirewalledRequest(raw)).isInstanceOf(RequestRejectedException.class);
    }

    private static MockHttpServletRequest header(String name, String value) {
        MockHttpServletRequest raw = new MockHttpServletRequest("GET", "/api/properties");
        raw.addHeader(name, value);
        return raw;
    }

    private HttpServletRequest firewalled(MockHttpServletRequest raw) {
        return firewall.getFirewalledRequest(raw);
    }
}
