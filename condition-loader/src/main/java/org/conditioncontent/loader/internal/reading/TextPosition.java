package org.conditioncontent.loader.internal.reading;

/**
 * Where an index of a text is, as line and column: one count of lines for every finding the
 * reading makes, so that a file's bad byte and its syntax errors agree on where line 3 is.
 */
final class TextPosition {

    private TextPosition() {
    }

    /**
     * The 1-based line and column (in chars, UTF-16 code units) of an index. A line ends at
     * {@code \n}, {@code \r\n} or a lone {@code \r}, as the JSON and YAML parsers count them.
     *
     * @param text the text
     * @param index the 0-based index, at most the text's length
     * @return {line, column}
     * @throws IndexOutOfBoundsException if the index is negative or beyond the text
     */
    static int[] of(CharSequence text, int index) {
        if (index < 0 || index > text.length()) {
            throw new IndexOutOfBoundsException("index " + index + " is outside a text of " + text.length() + " chars");
        }
        int line = 1;
        int lineStart = 0;
        for (int k = 0; k < index; k++) {
            char c = text.charAt(k);
            if (c == '\n' || c == '\r' && (k + 1 >= text.length() || text.charAt(k + 1) != '\n')) {
                line++;
                lineStart = k + 1;
            }
        }
        return new int[] {line, index - lineStart + 1};
    }
}
