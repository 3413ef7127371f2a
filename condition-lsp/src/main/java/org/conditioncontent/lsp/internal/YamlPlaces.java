package org.conditioncontent.lsp.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Finds the path of the cursor in block-style YAML from indentation alone, without parsing the
 * document: while an editor types, the document is usually not valid YAML, but its lines above
 * the cursor still say where the cursor is. Each line opens list items ({@code "- "}) and at most
 * one key ({@code "name:"}) at known columns; a line's ancestors are the nearest lines above that
 * open something at a smaller column.
 */
final class YamlPlaces {

    private static final Pattern PARTIAL_KEY = Pattern.compile("^( *)((?:- +)*)([A-Za-z0-9_]*)$");
    private static final Pattern PARTIAL_VALUE = Pattern.compile("^( *)((?:- +)*)([A-Za-z0-9_]+): +([^\\[{#]*)$");
    private static final Pattern BLOCK_SCALAR = Pattern.compile(".*[:-] +[|>][-+0-9]*\\s*(#.*)?$");

    private YamlPlaces() {}

    /** What a line opens at which column: a list item (key {@code null}) or a key. */
    private record Opening(int column, @Nullable String key) {
        boolean isItem() {
            return key == null;
        }

        /** The key a key opening names. */
        String name() {
            return Objects.requireNonNull(key, "a list item opens no key");
        }
    }

    static @Nullable Place place(String text, int offset) {
        LineMap lines = new LineMap(text);
        boolean[] blockScalar = blockScalarLines(lines);
        int line = lines.lineOf(offset);
        int column = offset - lines.lineStart(line);
        String prefix = lines.line(line).substring(0, Math.min(column, lines.line(line).length()));
        if (blockScalar[line]) {
            return null;
        }
        Matcher key = PARTIAL_KEY.matcher(prefix);
        if (key.matches()) {
            int wordStart = key.end(2);
            List<String> path = pathOfLine(lines, blockScalar, line, openings(prefix.substring(0, wordStart)), wordStart);
            int end = wordStart + key.group(3).length();
            String rest = lines.line(line).substring(end);
            int extra = 0;
            while (extra < rest.length() && Character.isLetterOrDigit(rest.charAt(extra))) {
                extra++;
            }
            int start = lines.lineStart(line);
            return new Place(Place.Kind.KEY, path, start + wordStart, start + end + extra, false);
        }
        Matcher value = PARTIAL_VALUE.matcher(prefix);
        if (value.matches()) {
            List<Opening> openings = openings(prefix.substring(0, value.end(3) + 1));
            List<String> path = pathOfLine(lines, blockScalar, line, openings, Integer.MAX_VALUE);
            int start = lines.lineStart(line);
            return new Place(Place.Kind.VALUE, path, start + value.start(4), lines.lineEnd(line), false);
        }
        return null;
    }

    static @Nullable List<String> field(String text, int offset) {
        LineMap lines = new LineMap(text);
        boolean[] blockScalar = blockScalarLines(lines);
        int line = lines.lineOf(offset);
        int column = offset - lines.lineStart(line);
        if (blockScalar[line]) {
            // A line of a paragraph written as a block: it belongs to the item or key above.
            return ancestors(lines, blockScalar, line, indent(lines.line(line)), false);
        }
        List<Opening> openings = openings(lines.line(line));
        int last = -1;
        for (int i = 0; i < openings.size(); i++) {
            if (openings.get(i).column() <= column) {
                last = i;
            }
        }
        if (last < 0) {
            return null;
        }
        return pathOfLine(lines, blockScalar, line, openings.subList(0, last + 1), Integer.MAX_VALUE);
    }

    /** The path to the end of a line's openings (those before {@code column}), with its ancestors above. */
    private static List<String> pathOfLine(LineMap lines, boolean[] blockScalar, int line, List<Opening> openings, int column) {
        List<Opening> own = openings.stream().filter(o -> o.column() < column).toList();
        if (own.isEmpty()) {
            return ancestors(lines, blockScalar, line, column == Integer.MAX_VALUE ? 0 : column, false);
        }
        List<String> path = new ArrayList<>(ancestors(lines, blockScalar, line, own.get(0).column(), own.get(0).isItem()));
        for (int i = 0; i < own.size(); i++) {
            Opening o = own.get(i);
            path.add(o.isItem() ? String.valueOf(i == 0 ? index(lines, blockScalar, line, o.column()) : 0) : o.name());
        }
        return path;
    }

    /**
     * The path of what starts at {@code target} on {@code line}, from the lines above it.
     * {@code item} says that it is a list item, whose parent key may sit at the same column.
     */
    private static List<String> ancestors(LineMap lines, boolean[] blockScalar, int line, int target, boolean item) {
        Deque<String> path = new ArrayDeque<>();
        int at = target;
        boolean atItem = item;
        for (int l = line - 1; l >= 0 && (at > 0 || atItem); l--) {
            List<Opening> openings = openings(lines.line(l));
            if (openings.isEmpty() || blockScalar[l]) {
                continue;
            }
            Opening first = openings.get(0);
            boolean compactParent = atItem && first.column() == at && !first.isItem();
            if (first.column() > at || (first.column() == at && !compactParent)) {
                continue;
            }
            for (int k = openings.size() - 1; k >= 0; k--) {
                Opening o = openings.get(k);
                if (o.column() < at || (k == 0 && compactParent)) {
                    path.addFirst(o.isItem() ? String.valueOf(index(lines, blockScalar, l, o.column())) : o.name());
                    at = o.column();
                    atItem = o.isItem();
                    compactParent = false;
                }
            }
        }
        return List.copyOf(path);
    }

    /** The index of the list item opened at {@code column} of {@code line}: the items of its list above it. */
    private static int index(LineMap lines, boolean[] blockScalar, int line, int column) {
        int count = 0;
        for (int l = line - 1; l >= 0; l--) {
            List<Opening> openings = openings(lines.line(l));
            if (openings.isEmpty() || blockScalar[l]) {
                continue;
            }
            Opening first = openings.get(0);
            if (first.column() < column || (first.column() == column && !first.isItem())) {
                break;
            }
            if (first.column() == column) {
                count++;
            }
        }
        return count;
    }

    /**
     * Which lines are text of a block scalar ({@code |} or {@code >} opened above them), found once
     * for each hover or completion: a line that is not blank and whose nearest line above
     * with less indentation (blank lines and comments aside) opens one ({@code key: |},
     * {@code - >-}). One pass, with a stack of the lines above that are less indented than every
     * line after them: the nearest less indented line above a line is the top of the stack once the
     * lines indented as much or more are taken off. Looking up from each line instead, for each line
     * a hover or completion looks at, took time in the square of the lines: 3.5 s for a hover at the
     * end of 16,000 lines, 82 s at 64,000, with the server answering nothing else meanwhile.
     *
     * @param lines the document's lines
     * @return a flag a line
     */
    static boolean[] blockScalarLines(LineMap lines) {
        int count = lines.lineCount();
        boolean[] flags = new boolean[count];
        int[] indents = new int[16];
        boolean[] opens = new boolean[16];
        int size = 0;
        for (int l = 0; l < count; l++) {
            String text = lines.line(l);
            if (text.isBlank()) {
                continue;
            }
            int indent = indent(text);
            // The stack's indents rise from bottom to top: the last one below this line's.
            int low = 0;
            int high = size - 1;
            while (low <= high) {
                int mid = (low + high) >>> 1;
                if (indents[mid] < indent) {
                    low = mid + 1;
                } else {
                    high = mid - 1;
                }
            }
            int nearest = high;
            flags[l] = nearest >= 0 && opens[nearest];
            if (text.charAt(indent) != '#') {
                // A comment is nobody's parent, and hides no line above from the lines below.
                size = nearest + 1;
                if (size == indents.length) {
                    indents = Arrays.copyOf(indents, 2 * size);
                    opens = Arrays.copyOf(opens, 2 * size);
                }
                indents[size] = indent;
                opens[size] = BLOCK_SCALAR.matcher(text).matches();
                size++;
            }
        }
        return flags;
    }

    private static int indent(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /** What a line opens: its list items and its key; nothing for a blank line, a comment or a marker. */
    private static List<Opening> openings(String line) {
        List<Opening> out = new ArrayList<>(2);
        int i = indent(line);
        int n = line.length();
        if (i >= n || line.charAt(i) == '#' || line.startsWith("---", i) || line.startsWith("...", i)) {
            return out;
        }
        while (i < n && line.charAt(i) == '-' && (i + 1 == n || line.charAt(i + 1) == ' ')) {
            out.add(new Opening(i, null));
            i++;
            while (i < n && line.charAt(i) == ' ') {
                i++;
            }
        }
        if (i >= n) {
            return out;
        }
        String key = key(line, i);
        if (key != null) {
            out.add(new Opening(i, key));
        }
        return out;
    }

    /** The key that starts at {@code i}, plain or quoted, or {@code null} when there is none. */
    private static @Nullable String key(String line, int i) {
        char first = line.charAt(i);
        if (first == '"' || first == '\'') {
            int close = line.indexOf(first, i + 1);
            if (close > 0 && close + 1 < line.length() && line.charAt(close + 1) == ':') {
                return line.substring(i + 1, close);
            }
            return null;
        }
        if ("[]{}#&*!|>%@`,".indexOf(first) >= 0) {
            return null;
        }
        for (int j = i; j < line.length(); j++) {
            char c = line.charAt(j);
            if (c == ':' && (j + 1 == line.length() || line.charAt(j + 1) == ' ')) {
                return line.substring(i, j).strip();
            }
            if (c == '#' && j > i && line.charAt(j - 1) == ' ') {
                return null;
            }
        }
        return null;
    }
}
