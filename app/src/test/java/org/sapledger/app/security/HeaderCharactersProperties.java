package org.sapledger.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link HeaderCharacters} accepts exactly what Spring Security's {@code StrictHttpFirewall} accepts with its own
 * regular expressions (copied here from its defaults, as the specification), for any text: ASCII, Latin-1 and C1
 * controls, other planes, unassigned code points and lone surrogates included.
 */
class HeaderCharactersProperties {

    private static final Pattern FIREWALL_NAME = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");
    private static final Pattern FIREWALL_VALUE = Pattern.compile("[\\p{IsAssigned}&&[[^\\p{IsControl}]||\\t]]*");

    @Property(tries = 3000)
    void namesAreAllowedExactlyAsTheFirewallsExpressionAllowsThem(@ForAll("text") String name) {
        assertThat(HeaderCharacters.allowedName(name)).isEqualTo(FIREWALL_NAME.matcher(name).matches());
    }

    @Property(tries = 3000)
    void valuesAreAllowedExactlyAsTheFirewallsExpressionAllowsThem(@ForAll("text") String value) {
        assertThat(HeaderCharacters.allowedValue(value)).isEqualTo(FIREWALL_VALUE.matcher(value).matches());
    }

    @Example
    void ordinaryHeadersPassAndControlCharactersDoNot() {
        assertThat(HeaderCharacters.allowedName("Authorization")).isTrue();
        assertThat(HeaderCharacters.allowedValue("Bearer eyJhbGciOiJFUzI1NiJ9.e30.sig")).isTrue();
        assertThat(HeaderCharacters.allowedValue("")).isTrue();
        assertThat(HeaderCharacters.allowedValue("caf\u00e9 \u20ac \ud83c\udfe0")).isTrue();
        assertThat(HeaderCharacters.allowedValue("a\tb")).isTrue();
        assertThat(HeaderCharacters.allowedName("a\tb")).isFalse();
        assertThat(HeaderCharacters.allowedValue("a\r\nSet-Cookie: x")).isFalse();
        assertThat(HeaderCharacters.allowedValue("a\u0000b")).isFalse();
        assertThat(HeaderCharacters.allowedValue("a\u007fb")).isFalse();
        assertThat(HeaderCharacters.allowedValue("a\u0085b")).as("a C1 control").isFalse();
        assertThat(HeaderCharacters.allowedValue("a\u0378b")).as("unassigned").isFalse();
    }

    @Provide
    Arbitrary<String> text() {
        Arbitrary<Character> ascii = Arbitraries.chars().range('\u0000', '\u00ff');
        Arbitrary<Character> any = Arbitraries.chars().all();
        Arbitrary<Character> surrogates = Arbitraries.chars().range('\ud800', '\udfff');
        Arbitrary<Character> unassigned = Arbitraries.of('\u0378', '\u0380', '\u05ff', '\ufdd0', '\uffff');
        return Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(8, ascii), net.jqwik.api.Tuple.of(3, any),
                        net.jqwik.api.Tuple.of(1, surrogates), net.jqwik.api.Tuple.of(1, unassigned))
                .list().ofMaxSize(12)
                .map(chars -> {
                    StringBuilder text = new StringBuilder();
                    chars.forEach(text::append);
                    return text.toString();
                });
    }
}
