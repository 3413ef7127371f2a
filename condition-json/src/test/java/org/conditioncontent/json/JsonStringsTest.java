package org.conditioncontent.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The one escaper: the wire form and the script-safe form, with what each must escape. */
class JsonStringsTest {

    private static String wire(String s) {
        StringBuilder out = new StringBuilder();
        JsonStrings.write(s, out);
        return out.toString();
    }

    private static String script(String s) {
        StringBuilder out = new StringBuilder();
        JsonStrings.writeForScript(s, out);
        return out.toString();
    }

    @Test
    void quotesBackslashesAndControlsAreEscapedInBothForms() {
        String s = "a\"b\\c\n\r\t\b\f\u0001\u007f\u2028\u2029";
        String expected = "\"a\\\"b\\\\c\\n\\r\\t\\b\\f\\u0001\\u007f\\u2028\\u2029\"";
        assertThat(wire(s)).isEqualTo(expected);
        assertThat(script(s)).isEqualTo(expected);
    }

    @Test
    void theWireFormKeepsMarkupAndEscapesUnpairedSurrogates() {
        assertThat(wire("<b>&</b> é 🦵")).isEqualTo("\"<b>&</b> é 🦵\"");
        assertThat(wire("x\ud800y\udc00")).isEqualTo("\"x\\ud800y\\udc00\"");
        assertThat(wire("\u0085\ufdd0")).isEqualTo("\"\u0085\ufdd0\"");
    }

    @Test
    void theScriptFormCannotEndAScriptElement() {
        assertThat(script("</script><!--&")).isEqualTo("\"\\u003c/script\\u003e\\u003c!--\\u0026\"").doesNotContain("<");
        assertThat(script("\u0085\ufdd0\uffff")).isEqualTo("\"\\u0085\\ufdd0\\uffff\"");
        // An unpaired surrogate becomes the replacement character; a noncharacter pair is escaped.
        assertThat(script("x\ud800y")).isEqualTo("\"x\ufffdy\"");
        assertThat(script("\ud83f\udffe 🦵")).isEqualTo("\"\\ud83f\\udffe 🦵\"");
    }
}
