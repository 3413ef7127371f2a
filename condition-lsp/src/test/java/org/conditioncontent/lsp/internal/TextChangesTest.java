package org.conditioncontent.lsp.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.junit.jupiter.api.Test;

class TextChangesTest {

    @Test
    void appliesChangesInOrderAcrossLineEndsOfEveryKind() {
        String text = "a: 1\r\nb: 2\rc: 3\n";
        String changed = TextChanges.apply(text, List.of(
                change(1, 3, 1, 4, "20"),
                change(2, 0, 2, 1, "cc")));
        assertThat(changed).isEqualTo("a: 1\r\nb: 20\rcc: 3\n");
    }

    @Test
    void clampsRangesOutsideTheTextAndOrdersBackwardOnes() {
        String text = "ab\ncd";
        assertThat(TextChanges.apply(text, List.of(change(0, 99, 7, 5, "X")))).isEqualTo("abX");
        assertThat(TextChanges.apply(text, List.of(change(1, 1, 0, 1, "-")))).isEqualTo("a-d");
        assertThat(TextChanges.apply(text, List.of(new TextDocumentContentChangeEvent("new")))).isEqualTo("new");
    }

    @Test
    void positionsAndOffsetsAgree() {
        LineMap lines = new LineMap("ab\r\ncd\n");
        assertThat(lines.lineCount()).isEqualTo(3);
        assertThat(lines.offset(new Position(1, 1))).isEqualTo(5);
        assertThat(lines.position(5)).isEqualTo(new Position(1, 1));
        assertThat(lines.line(0)).isEqualTo("ab");
        assertThat(lines.offset(new Position(0, 10))).as("clamped to the line").isEqualTo(2);
    }

    private static TextDocumentContentChangeEvent change(int l1, int c1, int l2, int c2, String text) {
        return new TextDocumentContentChangeEvent(new Range(new Position(l1, c1), new Position(l2, c2)), text);
    }
}
