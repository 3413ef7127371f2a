package org.conditioncontent.lsp.internal;

import java.util.List;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;

/**
 * Applies an editor's changes to a document's text, in order. A change with a range replaces that
 * range; one without replaces the whole text. Ranges out of the text or backwards are clamped and
 * put in order rather than rejected, so a confused client cannot make the server throw.
 */
final class TextChanges {

    private TextChanges() {}

    static String apply(String text, List<TextDocumentContentChangeEvent> changes) {
        String current = text;
        for (TextDocumentContentChangeEvent change : changes) {
            String inserted = change.getText() == null ? "" : change.getText();
            Range range = change.getRange();
            if (range == null || range.getStart() == null || range.getEnd() == null) {
                current = inserted;
                continue;
            }
            LineMap lines = new LineMap(current);
            int start = lines.offset(range.getStart());
            int end = lines.offset(range.getEnd());
            if (end < start) {
                int swap = start;
                start = end;
                end = swap;
            }
            current = current.substring(0, start) + inserted + current.substring(end);
        }
        return current;
    }
}
