package org.sapledger.app.security;

import java.time.Clock;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * Who may call what. {@code /api/**} is an OAuth2 resource server: every request needs a valid JWT bearer token
 * (issuer and keys are Spring Boot's {@code spring.security.oauth2.resourceserver.jwt.*} settings, or the local
 * development mode's own key), and {@code /api/admin/**} also the admin scope. Health probes, metrics, the OpenAPI
 * document and, in development mode only, {@code POST /dev/token} are open. Stateless: no session, no cookie, so no
 * CSRF token either.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SecuritySettings.class)
public class SecurityConfiguration {

    /** How many verified tokens are remembered (see {@link VerifiedTokenCache}). */
    private static final int VERIFIED_TOKENS = 10_000;

    /**
     * No observation around each security filter: with Spring Boot's observation registry present, Spring Security
     * would otherwise wrap every filter of every request in one (an observable share of a request's CPU).
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    /**
     * Spring Security's strict firewall with its default rules, its header checks written out
     * ({@link HeaderCharacters}) instead of matched as regular expressions on every read of a header (and of a
     * parameter's name, which the firewall checks by the same rule).
     */
    @Bean
    HttpFirewall httpFirewall() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowedHeaderNames(HeaderCharacters::allowedName);
        firewall.setAllowedHeaderValues(HeaderCharacters::allowedValue);
        firewall.setAllowedParameterNames(HeaderCharacters::allowedName);
        return firewall;
    }

    /** The firewall's refusals (e.g. TRACE, encoded slashes) as problem+json instead of an empty 400. */
    @Bean
    RequestRejectedHandler problemJsonRequestRejectedHandler(ObjectMapper json) {
        return new ProblemJsonSecurityErrors(json);
    }

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http, ObjectProvider<JwtDecoder> decoders, SecuritySettings settings,
                                    ObjectMapper json, Clock clock) throws Exception {
        JwtDecoder decoder = decoders.getIfAvailable();
        if (decoder == null) {
            throw new IllegalStateException("""
                    No token issuer is configured, so /api could not authenticate anyone. Set \
                    spring.security.oauth2.resourceserver.jwt.issuer-uri (or jwk-set-uri, or public-key-location) \
                    to your identity provider; for a local trial only, set sapledger.security.development-mode=true.""");
        }
        ProblemJsonSecurityErrors errors = new ProblemJsonSecurityErrors(json);
        http.securityMatcher("/api/**", "/dev/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.POST, "/dev/token").permitAll()
                        .requestMatchers("/api/admin/**").hasAuthority("SCOPE_" + settings.adminScope())
                        .anyRequest().authenticated())
                .oauth2ResourceServer(server -> server
                        .bearerTokenResolver(new BearerHeaderTokenResolver())
                        .jwt(jwt -> jwt.decoder(new VerifiedTokenCache(decoder, clock, VERIFIED_TOKENS)))
                        .authenticationEntryPoint(errors)
                        .accessDeniedHandler(errors))
                .exceptionHandling(handling -> handling.authenticationEntryPoint(errors).accessDeniedHandler(errors))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable());
        return http.build();
    }
}
