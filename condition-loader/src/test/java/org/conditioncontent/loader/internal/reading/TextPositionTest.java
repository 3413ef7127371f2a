package org.conditioncontent.loader.internal.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TextPositionTest {

    @Test
    void countsEachKindOfLineBreakOnce() {
        String text = "a\nb\r\nc\rd";

        assertThat(TextPosition.of(text, 0)).containsExactly(1, 1);
        assertThat(TextPosition.of(text, 2)).containsExactly(2, 1);
        assertThat(TextPosition.of(text, 3)).containsExactly(2, 2); // the \r of \r\n: still line 2
        assertThat(TextPosition.of(text, 5)).containsExactly(3, 1);
        assertThat(TextPosition.of(text, 7)).containsExactly(4, 1);
        assertThat(TextPosition.of(text, text.length())).containsExactly(4, 2);
    }

    @Test
    void countsColumnsInUtf16CodeUnits() {
        // The leg emoji is two chars, as an editor following the Language Server Protocol counts it.
        assertThat(TextPosition.of("\uD83E\uDDB5 x", 3)).containsExactly(1, 4);
    }

    @Test
    void refusesAnIndexOutsideTheText() {
        assertThatThrownBy(() -> TextPosition.of("ab", 3)).isInstanceOf(IndexOutOfBoundsException.class)
                .hasMessage("index 3 is outside a text of 2 chars");
        assertThatThrownBy(() -> TextPosition.of("ab", -1)).isInstanceOf(IndexOutOfBoundsException.class);
    }
}
