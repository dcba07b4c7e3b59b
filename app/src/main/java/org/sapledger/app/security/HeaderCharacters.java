package org.sapledger.app.security;

/**
 * The header names and values Spring Security's {@code StrictHttpFirewall} allows, checked character by character
 * instead of with its regular expressions, which it matches on every read of a header: in a profile of the service
 * at 8 clients those matches were a tenth of the request threads' samples (issue 7). The rules are the firewall's
 * own (Spring Security 6.5): a header's or a parameter's name is {@code [\p{IsAssigned}&&[^\p{IsControl}]]*}, a value the same with the tab
 * allowed, {@code [\p{IsAssigned}&&[[^\p{IsControl}]||\t]]*}: every code point assigned in Unicode and not a control
 * character. {@code HeaderCharactersProperties} checks that they accept exactly what those expressions accept.
 */
final class HeaderCharacters {

    private HeaderCharacters() {
    }

    /** Whether the firewall lets a header (or a parameter) of this name through. */
    static boolean allowedName(String name) {
        return allowed(name, false);
    }

    /** Whether the firewall lets a header with this value through. */
    static boolean allowedValue(String value) {
        return allowed(value, true);
    }

    private static boolean allowed(String text, boolean tabAllowed) {
        for (int i = 0; i < text.length(); ) {
            char c = text.charAt(i);
            if (c >= 0x20 && c < 0x7F || c == '\t' && tabAllowed) {
                i++;
                continue;
            }
            int codePoint = text.codePointAt(i);
            int type = Character.getType(codePoint);
            if (type == Character.UNASSIGNED || type == Character.CONTROL) {
                return false;
            }
            i += Character.charCount(codePoint);
        }
        return true;
    }
}
