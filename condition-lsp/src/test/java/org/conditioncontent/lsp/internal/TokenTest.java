package org.conditioncontent.lsp.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Where a YAML or JSON token ends on its line. */
class TokenTest {

    @Test
    void aPlainYamlScalarInAFlowCollectionEndsAtAFlowIndicator() {
        assertThat(plain("    - {kind: drugg, name: Quinine}", "drugg")).isEqualTo("drugg");
        assertThat(plain("    - {name: Quinine, kind: drugg}", "drugg")).isEqualTo("drugg");
        assertThat(plain("  items: [{name: Quinine, kind: drugg}]", "drugg")).isEqualTo("drugg");
        assertThat(plain("alsoCalled: [Night cramps, Leg cramps]", "Night")).isEqualTo("Night cramps");
        assertThat(plain("alsoCalled: [Night cramps]", "Night")).isEqualTo("Night cramps");
        assertThat(plain("codes: [{system: icd-10-cm, code: R25.2}]", "system")).isEqualTo("system");
        assertThat(plain("codes: [{system:icd-10-cm}]", "system")).as("a key before ':' and no space").isEqualTo("system:icd-10-cm");
    }

    @Test
    void aPlainYamlScalarInBlockContextKeepsItsCommasAndBrackets() {
        assertThat(plain("title: Leg cramps, at night [adults]", "Leg")).isEqualTo("Leg cramps, at night [adults]");
        assertThat(plain("title: \"a {quoted\" and: Leg, cramps}", "Leg")).as("a brace in quotes opens nothing")
                .isEqualTo("Leg, cramps}");
        assertThat(plain("title: Leg, cramps # {a comment}", "Leg")).isEqualTo("Leg, cramps");
        assertThat(plain("title: {a: 'it''s }', b: Leg, cramps}", "Leg")).isEqualTo("Leg");
    }

    @Test
    void quotedAndJsonTokensAreAsBefore() {
        String line = "    - {kind: \"drugg\", name: Quinine}";
        Token quoted = Token.at(line, line.indexOf('"'), false);
        assertThat(line.substring(quoted.contentStart(), quoted.contentEnd())).isEqualTo("drugg");
        String json = "{\"kind\": drugg}";
        Token t = Token.at(json, json.indexOf("drugg"), true);
        assertThat(json.substring(t.start(), t.end())).isEqualTo("drugg");
    }

    private static String plain(String line, String startingWith) {
        Token t = Token.at(line, line.indexOf(startingWith), false);
        return line.substring(t.start(), t.end());
    }
}
