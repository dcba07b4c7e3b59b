package org.sapledger.app.security;

import org.sapledger.domain.tenancy.Tenancy;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;

/** Reads the {@link Caller} of the current request from its validated token. */
@Component
public class CallerResolver {

    private final SecuritySettings settings;

    public CallerResolver(SecuritySettings settings) {
        this.settings = settings;
    }

    /**
     * The caller of the request being handled.
     *
     * @throws AccessDeniedException (403) when the token names no organisation or no actor
     */
    public Caller current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!(authentication instanceof JwtAuthenticationToken token)) {
            throw new AccessDeniedException("the request carries no bearer token");
        }
        Jwt jwt = token.getToken();
        String organisation = jwt.getClaimAsString(settings.organisationClaim());
        String actor = jwt.getClaimAsString(settings.actorClaim());
        if (organisation == null || organisation.isBlank()
                || organisation.length() > Tenancy.MAX_ORGANISATION_LENGTH) {
            throw new AccessDeniedException("the token's \"" + settings.organisationClaim()
                    + "\" claim must name the caller's organisation (at most " + Tenancy.MAX_ORGANISATION_LENGTH
                    + " characters)");
        }
        if (actor == null || actor.isBlank()) {
            throw new AccessDeniedException("the token's \"" + settings.actorClaim() + "\" claim must name the caller");
        }
        return new Caller(organisation.strip(), actor.strip());
    }
}
