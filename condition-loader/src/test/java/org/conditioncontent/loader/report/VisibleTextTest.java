package org.conditioncontent.loader.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VisibleTextTest {

    @Test
    void showsEveryCharacterThatCouldActOnATerminalOrALog() {
        assertThat(VisibleText.of("a\n::error file=x::b\r\t\u001b[31m\u007f\u0085\u2028\u202e.yaml"))
                .isEqualTo("a\\n::error file=x::b\\r\\t\\x1b[31m\\x7f\\x85\\u2028\\u202e.yaml");
    }

    @Test
    void leavesOrdinaryTextAsItIs() {
        String text = "articles/crampes-nocturnes é 中 🦵 C:\\path.yaml";
        assertThat(VisibleText.of(text)).isSameAs(text);
    }
}
