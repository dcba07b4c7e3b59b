package org.sapledger.app.security;

/**
 * Who is calling, as their validated token says.
 *
 * @param organisation the organisation they act for; they see its properties and no other
 * @param actor        the identifier recorded as the actor of their changes (the token's subject by default)
 */
public record Caller(String organisation, String actor) {
}
