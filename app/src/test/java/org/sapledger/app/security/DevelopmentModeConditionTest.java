package org.sapledger.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/** Development mode is never switched on silently outside the local, embedded run. */
class DevelopmentModeConditionTest {

    @Test
    void theLocalEmbeddedRunWithoutAnIssuerIsInDevelopmentMode() {
        assertThat(DevelopmentModeCondition.enabled(new MockEnvironment())).isTrue();
    }

    @Test
    void anExternalDatabaseIsNeverInDevelopmentModeUnlessToldSo() {
        MockEnvironment production = new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:postgresql://db:5432/sapledger");
        assertThat(DevelopmentModeCondition.enabled(production)).isFalse();
        assertThat(DevelopmentModeCondition.enabled(
                production.withProperty(DevelopmentModeCondition.PROPERTY, "true"))).isTrue();
    }

    @Test
    void aConfiguredIssuerTurnsItOff() {
        assertThat(DevelopmentModeCondition.enabled(new MockEnvironment().withProperty(
                "spring.security.oauth2.resourceserver.jwt.issuer-uri", "https://login.example.org/"))).isFalse();
        assertThat(DevelopmentModeCondition.enabled(new MockEnvironment().withProperty(
                "spring.security.oauth2.resourceserver.jwt.jwk-set-uri", "https://login.example.org/jwks"))).isFalse();
    }

    @Test
    void anExplicitFalseWins() {
        assertThat(DevelopmentModeCondition.enabled(
                new MockEnvironment().withProperty(DevelopmentModeCondition.PROPERTY, "false"))).isFalse();
    }

    @Test
    void withNeitherAnIssuerNorDevelopmentModeTheServiceRefusesToStart() {
        var noDecoder = new DefaultListableBeanFactory().getBeanProvider(JwtDecoder.class);
        assertThatThrownBy(() -> new SecurityConfiguration().apiSecurity(null, noDecoder,
                new SecuritySettings(null, null, null), null, null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("spring.security.oauth2.resourceserver.jwt.issuer-uri");
    }
}
