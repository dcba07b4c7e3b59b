package org.sapledger.app.security;

import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.sapledger.command.Validation;
import org.sapledger.domain.tenancy.Tenancy;
import org.springframework.context.annotation.Conditional;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /dev/token}: a token for any organisation and user, in development mode only. */
@RestController
@Conditional(DevelopmentModeCondition.class)
@Tag(name = "Development", description = "Local tokens; exists only in development mode")
public class DevelopmentTokenController {

    private static final int MAX_SUBJECT_LENGTH = 255;

    private final DevelopmentTokens tokens;

    public DevelopmentTokenController(DevelopmentTokens tokens) {
        this.tokens = tokens;
    }

    /**
     * Body of a token request.
     *
     * @param organisation the organisation the user acts for
     * @param subject      the user, recorded as the actor of their changes
     * @param admin        whether the token may use the administration endpoints; default true
     */
    public record TokenRequest(String organisation, String subject, Boolean admin) {
    }

    @PostMapping("/dev/token")
    @Operation(summary = "Mint a development token",
            description = "Development mode only. Body {\"organisation\": \"org-a\", \"subject\": \"alice\"}; answers "
                    + "{\"access_token\", \"token_type\": \"Bearer\", \"expires_in\"} (OAuth2 token response form).")
    public Map<String, Object> token(@RequestBody TokenRequest request) {
        new Validation()
                .check(request.organisation() != null && !request.organisation().isBlank()
                                && request.organisation().length() <= Tenancy.MAX_ORGANISATION_LENGTH,
                        "organisation", "must be given, at most " + Tenancy.MAX_ORGANISATION_LENGTH + " characters")
                .check(request.subject() != null && !request.subject().isBlank()
                                && request.subject().length() <= MAX_SUBJECT_LENGTH,
                        "subject", "must be given, at most " + MAX_SUBJECT_LENGTH + " characters")
                .throwIfInvalid();
        String token = tokens.mint(request.organisation().strip(), request.subject().strip(),
                request.admin() == null || request.admin());
        return Map.of("access_token", token, "token_type", "Bearer",
                "expires_in", DevelopmentTokens.LIFETIME.toSeconds());
    }
}
