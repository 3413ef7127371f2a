package org.conditioncontent.lsp.internal;

/**
 * The key or scalar that starts at an offset: where a diagnostic's range ends, and what a quick
 * fix replaces. The loader gives where a value starts; this finds where it ends on its line. A
 * quoted token ends at its closing quote, a plain one where the syntax ends it (in YAML a
 * {@code ": "} or a comment, and inside a flow collection opened earlier on the line, as in
 * {@code - {kind: drug, name: Quinine}}, also a {@code ,} {@code [} {@code ]} {@code {} or
 * {@code }}; in JSON a delimiter or a space).
 *
 * @param start the offset of the token's first character (its opening quote, if quoted)
 * @param end the offset after its last character
 * @param contentStart the offset of its text, inside any quotes
 * @param contentEnd the offset after its text, inside any quotes
 */
record Token(int start, int end, int contentStart, int contentEnd) {

    boolean quoted() {
        return contentStart != start;
    }

    static Token at(String text, int offset, boolean json) {
        int n = text.length();
        int start = Math.max(0, Math.min(offset, n));
        int lineEnd = start;
        while (lineEnd < n && text.charAt(lineEnd) != '\n' && text.charAt(lineEnd) != '\r') {
            lineEnd++;
        }
        if (start == lineEnd) {
            return new Token(start, start, start, start);
        }
        char first = text.charAt(start);
        if (first == '"' || first == '\'') {
            int i = start + 1;
            while (i < lineEnd) {
                char c = text.charAt(i);
                if (first == '"' && c == '\\') {
                    i += 2;
                    continue;
                }
                if (c == first) {
                    if (first == '\'' && i + 1 < lineEnd && text.charAt(i + 1) == '\'') {
                        i += 2;
                        continue;
                    }
                    return new Token(start, i + 1, start + 1, i);
                }
                i++;
            }
            int close = Math.min(i, lineEnd);
            return new Token(start, close, start + 1, close);
        }
        if (first == '{' || first == '[') {
            return new Token(start, start + 1, start, start + 1);
        }
        boolean flow = !json && inFlow(text, start);
        int end = start;
        while (end < lineEnd && !ends(text, end, lineEnd, json, flow)) {
            end++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end == start) {
            end = start + 1;
        }
        return new Token(start, end, start, end);
    }

    private static boolean ends(String text, int i, int lineEnd, boolean json, boolean flow) {
        char c = text.charAt(i);
        if (json) {
            return c == ',' || c == '}' || c == ']' || c == ':' || Character.isWhitespace(c);
        }
        if (flow && isFlowIndicator(c)) {
            return true; // YAML's plain scalars hold no flow indicator inside a flow collection
        }
        if (c == ':') {
            return i + 1 == lineEnd || text.charAt(i + 1) == ' ' || text.charAt(i + 1) == '\t'
                    || (flow && isFlowIndicator(text.charAt(i + 1)));
        }
        return c == '#' && i > 0 && (text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '\t');
    }

    private static boolean isFlowIndicator(char c) {
        return c == ',' || c == '[' || c == ']' || c == '{' || c == '}';
    }

    /**
     * Whether an offset of YAML is inside a flow collection ({@code {...}} or {@code [...]}) opened
     * earlier on its line, outside quotes and comments. A collection opened on a line above is not
     * seen: its plain scalars are then taken to end as in block context, as before.
     */
    private static boolean inFlow(String text, int offset) {
        int i = offset;
        while (i > 0 && text.charAt(i - 1) != '\n' && text.charAt(i - 1) != '\r') {
            i--;
        }
        int depth = 0;
        while (i < offset) {
            char c = text.charAt(i);
            if (c == '"' || c == '\'') {
                i = afterQuoted(text, i, offset);
                continue;
            }
            if (c == '#' && (i == 0 || text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '\t')) {
                return false; // a comment runs to the line's end
            }
            if (c == '{' || c == '[') {
                depth++;
            } else if ((c == '}' || c == ']') && depth > 0) {
                depth--;
            }
            i++;
        }
        return depth > 0;
    }

    /** The offset after a quoted scalar that opens at {@code open}, or {@code limit} when it does not close before it. */
    private static int afterQuoted(String text, int open, int limit) {
        char quote = text.charAt(open);
        int i = open + 1;
        while (i < limit) {
            char c = text.charAt(i);
            if (quote == '"' && c == '\\') {
                i += 2;
            } else if (c == quote) {
                if (quote == '\'' && i + 1 < limit && text.charAt(i + 1) == '\'') {
                    i += 2;
                } else {
                    return i + 1;
                }
            } else {
                i++;
            }
        }
        return limit;
    }
}
