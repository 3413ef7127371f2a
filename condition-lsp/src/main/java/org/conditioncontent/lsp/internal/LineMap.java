package org.conditioncontent.lsp.internal;

import java.util.Arrays;
import org.eclipse.lsp4j.Position;

/**
 * The lines of a text, for turning LSP positions (0-based line, UTF-16 character) into offsets
 * and back. A line ends at {@code \n}, {@code \r\n} or a lone {@code \r}, as LSP and the YAML and
 * JSON parsers count them. Positions past the end of a line or of the text are clamped, never
 * rejected: an editor's position may belong to a text that has changed since.
 */
final class LineMap {

    private final String text;
    private final int[] starts;
    private final int lines;

    LineMap(String text) {
        this.text = text;
        int[] found = new int[16];
        int count = 1;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                if (count == found.length) {
                    found = Arrays.copyOf(found, count * 2);
                }
                found[count++] = i + 1;
            }
        }
        this.starts = found;
        this.lines = count;
    }

    String text() {
        return text;
    }

    int lineCount() {
        return lines;
    }

    /** The offset where a line starts; a line past the last gives the end of the text. */
    int lineStart(int line) {
        if (line < 0) {
            return 0;
        }
        return line >= lines ? text.length() : starts[line];
    }

    /** The offset where a line's content ends, before its line break. */
    int lineEnd(int line) {
        if (line < 0) {
            return lineStart(0);
        }
        if (line >= lines) {
            return text.length();
        }
        int end = line + 1 < lines ? starts[line + 1] : text.length();
        while (end > starts[line] && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
            end--;
        }
        return end;
    }

    /** A line's text, without its line break; "" past the last line. */
    String line(int line) {
        return line < 0 || line >= lines ? "" : text.substring(lineStart(line), lineEnd(line));
    }

    /** The offset of a position, clamped to its line and to the text. */
    int offset(Position position) {
        return offset(position.getLine(), position.getCharacter());
    }

    int offset(int line, int character) {
        if (line < 0) {
            return 0;
        }
        if (line >= lines) {
            return text.length();
        }
        int start = starts[line];
        return start + Math.max(0, Math.min(character, lineEnd(line) - start));
    }

    /** The line that holds an offset. */
    int lineOf(int offset) {
        int at = Arrays.binarySearch(starts, 0, lines, Math.max(0, Math.min(offset, text.length())));
        return at >= 0 ? at : -at - 2;
    }

    Position position(int offset) {
        int clamped = Math.max(0, Math.min(offset, text.length()));
        int line = lineOf(clamped);
        return new Position(line, Math.min(clamped, lineEnd(line)) - starts[line]);
    }
}
