package org.conditioncontent.loader.internal.reading;

import java.util.ArrayDeque;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.conditioncontent.loader.internal.Names;
import org.jspecify.annotations.Nullable;

/**
 * A syntax error in an editor's words, and where it belongs: the parsers' own words for the
 * commonest mistakes ("Unexpected character ('\"' (code 34)): was expecting comma to separate
 * Object entries", "mapping values are not allowed here") name their internals and often not the
 * cause, so the mistakes an editor makes most get a sentence that says what to change.
 *
 * @param text the message
 * @param place where it belongs
 * @param line the 1-based line, for {@link Place#GIVEN}; else 0
 * @param column the 1-based column in characters, for {@link Place#GIVEN}; else 0
 */
record SyntaxMessage(String text, Place place, int line, int column) {

    /** Where a message belongs. */
    enum Place {
        /** Where the parser found the problem (the YAML engine's problem mark, else the parser's location). */
        PROBLEM,
        /**
         * Where what is left open began: the YAML engine's context mark (an unclosed quotation mark
         * or bracket), else the parser's location.
         */
        OPENING,
        /** At the message's own line and column. */
        GIVEN
    }

    /**
     * Checks the message.
     *
     * @param text the message
     * @param place where it belongs
     * @param line the line, for {@link Place#GIVEN}
     * @param column the column, for {@link Place#GIVEN}
     * @throws NullPointerException if {@code text} or {@code place} is {@code null}
     */
    SyntaxMessage {
        Objects.requireNonNull(text, "text must not be null");
        Objects.requireNonNull(place, "place must not be null");
    }

    static SyntaxMessage at(Place place, String text) {
        return new SyntaxMessage(text, place, 0, 0);
    }

    /** Jackson's words for a character it did not expect: {@code ('"' (code 34))}. */
    private static final Pattern UNEXPECTED = Pattern.compile("Unexpected character \\('(.+?)' \\(code \\d+(?: / 0x[0-9a-fA-F]+)?\\)\\)");
    /** Jackson's words for a control character inside a text: {@code ((CTRL-CHAR, code 10))}. */
    private static final Pattern CONTROL = Pattern.compile("Illegal unquoted character \\(\\(CTRL-CHAR, code (\\d+)\\)\\)");
    /** Jackson's words for a bare word: {@code Unrecognized token 'abc': was expecting ...}. */
    private static final Pattern TOKEN = Pattern.compile("Unrecognized token '(.*?)'");
    /** Jackson's words for a bracket that closes what is not open: {@code Unexpected close marker ']': expected '}'}. */
    private static final Pattern CLOSE = Pattern.compile("Unexpected close marker '(.)': expected '(.)'");
    /** Jackson's words for an unknown escape: {@code Unrecognized character escape 'q' (code 113)}. */
    private static final Pattern JSON_ESCAPE = Pattern.compile(
            "Unrecognized character escape (?:'(.+?)' \\(code \\d+(?: / 0x[0-9a-fA-F]+)?\\)|\\(CTRL-CHAR, code (\\d+)\\))");
    /** Jackson's words for NaN and the infinities: {@code Non-standard token 'NaN': enable ...}. */
    private static final Pattern NON_NUMBER = Pattern.compile("Non-standard token '(.+?)'");
    /** The YAML engine's words for an unknown escape: {@code found unknown escape character %(37)}. */
    private static final Pattern YAML_ESCAPE = Pattern.compile("found unknown escape character (.+?)\\(\\d+\\)");

    /**
     * The commonest JSON mistakes in plain words.
     *
     * @param detail the parser's message, on one line
     * @param text the document, or {@code null} when it was read from bytes
     * @param offset the character offset at which the parser stopped, or -1 when unknown
     * @param exampleKey a field name for the example ("title")
     * @return the message, or {@code null} when the mistake is not one of these
     */
    static @Nullable SyntaxMessage json(String detail, @Nullable String text, long offset, String exampleKey) {
        // The character Jackson did not expect, when it names one: most mistakes below turn on it.
        Matcher unexpected = UNEXPECTED.matcher(detail);
        boolean named = unexpected.find();
        String found = named ? unexpected.group(1) : "";
        if (found.length() == 1 && CURLY_QUOTES.indexOf(found.charAt(0)) >= 0) {
            return at(Place.PROBLEM, "The JSON is malformed: " + Names.quote(found) + " is a typographic quotation mark; JSON writes names"
                    + " and texts in straight double quotes (\")");
        }
        boolean objectComma = detail.contains("was expecting comma to separate Object entries");
        if (objectComma || detail.contains("was expecting comma to separate Array entries")) {
            if (objectComma ? found.equals("\"") : startsValue(found)) {
                return at(Place.PROBLEM, objectComma
                        ? "The JSON is malformed: a comma is missing before this field; put a comma after the value before it"
                        : "The JSON is malformed: a comma is missing before this item; put a comma after the item before it");
            }
            // A word or a mark right after a closing quotation mark: most often a quotation mark
            // meant inside the text, which ended it early.
            return at(Place.PROBLEM, "The JSON is malformed: the text before this ended at a quotation mark, and more follows it;"
                    + " write a quotation mark inside a text as \\\", or put the missing comma");
        }
        if (detail.contains("maybe a (non-standard) comment")) {
            return at(Place.PROBLEM, "The JSON is malformed: JSON has no comments; delete the comment");
        }
        Matcher control = CONTROL.matcher(detail);
        if (control.find()) {
            int code = Integer.parseInt(control.group(1));
            return at(Place.PROBLEM, code == '\n' || code == '\r'
                    ? "The JSON is malformed: a text runs over two lines, which JSON does not allow; join the lines,"
                            + " or write \\n where the text should break"
                    : code == '\t'
                            ? "The JSON is malformed: a text holds a tab, which JSON allows only written as \\t; write \\t or a space"
                            : "The JSON is malformed: a text holds the invisible character U+" + String.format(java.util.Locale.ROOT, "%04X", code)
                                    + ", which JSON does not allow inside a text; delete it");
        }
        Matcher close = CLOSE.matcher(detail);
        if (close.find()) {
            String closer = close.group(1);
            String expected = close.group(2);
            return at(Place.PROBLEM, "The JSON is malformed: this " + closer + " ends " + (closer.equals("]") ? "a list" : "an object")
                    + ", but the last one opened is " + (expected.equals("]") ? "a list" : "an object") + ", which ends with " + expected
                    + "; end it with " + expected + " first, or write " + expected + " in place of this " + closer);
        }
        Matcher escape = JSON_ESCAPE.matcher(detail);
        if (escape.find()) {
            // A control character after the backslash is named by its code (Names.quote would show it escaped anyway).
            String after = escape.group(1) != null ? escape.group(1) : String.valueOf((char) Integer.parseInt(escape.group(2)));
            return at(Place.PROBLEM, "The JSON is malformed: " + Names.quote("\\" + after) + " is not an escape JSON knows;"
                    + " write \\\\ for a backslash (the others are \\\", \\/, \\b, \\f, \\n, \\r, \\t and \\u followed by four"
                    + " hex digits)");
        }
        Matcher nonNumber = NON_NUMBER.matcher(detail);
        if (nonNumber.find()) {
            return at(Place.PROBLEM, "The JSON is malformed: " + Names.quote(nonNumber.group(1)) + " is not a JSON number; write a number,"
                    + " or put the text in double quotes");
        }
        if (detail.contains("numbers to have plus signs")) {
            return at(Place.PROBLEM, "The JSON is malformed: a JSON number has no + sign; delete it");
        }
        if (detail.contains("hexadecimal number literals")) {
            return at(Place.PROBLEM, "The JSON is malformed: a JSON number is written in decimal digits, not as 0x...; write it in decimal");
        }
        if (detail.contains("Leading zeroes not allowed")) {
            return at(Place.PROBLEM, "The JSON is malformed: a JSON number does not start with 0; delete the leading zeros, or put"
                    + " the value in double quotes if it is a code (\"007\")");
        }
        Matcher token = TOKEN.matcher(detail);
        if (token.find()) {
            return at(Place.PROBLEM, "The JSON is malformed: " + Names.quote(token.group(1)) + " is not a JSON value; write texts in double"
                    + " quotes (" + Names.quote(token.group(1)) + "), and true, false and null in lower case");
        }
        if (!named) {
            return null;
        }
        if (found.equals(",")) {
            return at(Place.PROBLEM, "The JSON is malformed: one comma too many, or a value missing before this comma; delete the comma"
                    + " or write the value");
        }
        if (found.equals("'")) {
            return at(Place.PROBLEM, "The JSON is malformed: JSON writes names and texts in double quotes (\"), not single quotes (')");
        }
        boolean closing = found.equals("}") && detail.contains("to start property name")
                || found.equals("]") && detail.contains("expected a valid value");
        int[] comma = closing && text != null ? commaBefore(text, offset) : null;
        if (comma != null) {
            return new SyntaxMessage("The JSON is malformed: a comma follows the last " + (found.equals("}") ? "field of this object" : "item of this list")
                    + "; delete the comma", Place.GIVEN, comma[0], comma[1]);
        }
        if (detail.contains("to start property name")) {
            return at(Place.PROBLEM, "The JSON is malformed: a field name must be in double quotes, such as \"" + exampleKey + "\"");
        }
        // Another character: Jackson's sentence, without its character codes.
        return at(Place.PROBLEM, "The JSON is malformed: " + detail.substring(0, unexpected.start()) + "Unexpected character "
                + Names.quote(found) + detail.substring(unexpected.end()));
    }

    /** Typographic quotation marks, which a word processor puts in place of straight ones. */
    private static final String CURLY_QUOTES = "\u201c\u201d\u201e\u2018\u2019\u00ab\u00bb";

    /** Whether a character can start a JSON value: a quotation mark, a bracket, a digit, a minus, or a letter of true, false, null. */
    private static boolean startsValue(String found) {
        return found.length() == 1 && "\"[{-0123456789tfn".indexOf(found.charAt(0)) >= 0;
    }

    /**
     * The position of the comma that comes last before a closing bracket, skipping white space:
     * Jackson stops at (or just after) the bracket, on the line after the comma.
     *
     * @return {line, column}, both 1-based, or {@code null} when no comma comes before
     */
    static int @Nullable [] commaBefore(String text, long offset) {
        int i = (int) Math.min(offset < 0 ? text.length() : offset, text.length()) - 1;
        i = skipSpace(text, i);
        if (i >= 0 && (text.charAt(i) == '}' || text.charAt(i) == ']')) {
            i = skipSpace(text, i - 1);
        }
        if (i < 0 || text.charAt(i) != ',') {
            return null;
        }
        return TextPosition.of(text, i);
    }

    private static int skipSpace(String text, int from) {
        int i = from;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i;
    }

    /**
     * The YAML engine's words for three common mistakes: a colon and space inside a plain value
     * (or a line indented too far), a quotation mark never closed, and a list or object in
     * brackets never closed.
     *
     * @param detail the parser's message, on one line
     * @param text the document, or {@code null}
     * @param problemLine the 0-based line of the engine's problem mark, or -1
     * @param problemColumn the 0-based column in code points of the engine's problem mark, or -1
     * @param openingLine the 0-based line of the engine's context mark (where what is left open
     *     began), or -1
     * @return the message, or {@code null} when the mistake is not one of these
     */
    static @Nullable SyntaxMessage yaml(String detail, @Nullable String text, int problemLine, int problemColumn, int openingLine) {
        if (detail.contains("mapping values are not allowed here")) {
            String before = text == null ? null : lineBefore(text, problemLine, problemColumn);
            int colon = before == null ? -1 : before.indexOf(": ");
            if (before != null && colon >= 0) {
                String key = before.substring(0, colon).strip();
                key = key.startsWith("- ") ? key.substring(2).strip() : key;
                return at(Place.PROBLEM, "The YAML is malformed: the value of " + Names.quote(key) + " holds \": \", which YAML reads as the start of"
                        + " a field; put the whole value in quotes");
            }
            return at(Place.PROBLEM, "The YAML is malformed: this line is indented further than the field above it, so YAML reads it as"
                    + " part of that field's value; line it up with the field above (or, if it continues that value and holds \": \","
                    + " put the whole value in quotes)");
        }
        if (detail.startsWith("while scanning a quoted scalar") && detail.contains("document separator")) {
            return at(Place.PROBLEM, "The YAML is malformed: a line of a quoted text starts with --- or ..., which YAML reads as the end"
                    + " of the document; indent the line");
        }
        if (detail.startsWith("while scanning a quoted scalar") && (detail.contains("end of stream") || detail.contains("document"))) {
            return at(Place.OPENING, "The YAML is malformed: the quotation mark opened here is never closed; add the closing quotation mark"
                    + " at the end of the value");
        }
        Matcher escape = YAML_ESCAPE.matcher(detail);
        if (escape.find()) {
            return at(Place.PROBLEM, "The YAML is malformed: " + Names.quote("\\" + escape.group(1)) + " is not an escape YAML knows in a"
                    + " text in double quotes; write \\\\ for a backslash, or put the text in single quotes, where a backslash is"
                    + " just a backslash");
        }
        if (detail.startsWith("while scanning a directive")) {
            return at(Place.PROBLEM, "The YAML is malformed: a line that starts with % is a YAML directive; put the text that starts"
                    + " with % in quotes");
        }
        if (detail.startsWith("expected '<document start>'")) {
            return at(Place.PROBLEM, "The YAML is malformed: a line of ... (or ---) before this ends the document, and a file holds"
                    + " exactly one article; delete that line");
        }
        if (detail.startsWith("while parsing a flow node") && detail.endsWith("'<stream end>'")) {
            // The engine marks the end of the file, a line past the last: the bracket left open is
            // the place to show.
            int[] open = text == null ? null : lastUnclosedBracket(text);
            if (text != null && open != null) {
                boolean list = text.charAt(open[2]) == '[';
                return new SyntaxMessage("The YAML is malformed: the " + (list ? "list opened here with [" : "object opened here with {")
                        + " is never closed; end it with " + (list ? "]" : "}"), Place.GIVEN, open[0], open[1]);
            }
            return at(Place.PROBLEM, "The YAML is malformed: the file ends inside a list or object in brackets; end it with ] or }");
        }
        boolean list = detail.startsWith("while parsing a flow sequence");
        if (list || detail.startsWith("while parsing a flow mapping")) {
            String[] brackets = list ? new String[] {"[", "]", "list"} : new String[] {"{", "}", "object"};
            // The engine finds a list or object never closed where the next field starts (a
            // colon on a later line) or at the end of the file; anything else it did not expect
            // between two items is a missing comma.
            boolean gotColon = detail.endsWith("but got :");
            if (detail.endsWith("but got <stream end>") || gotColon && problemLine > openingLine && openingLine >= 0) {
                return at(Place.OPENING, "The YAML is malformed: the " + brackets[2] + " opened here with " + brackets[0] + " is never closed;"
                        + " end it with " + brackets[1]);
            }
            // At a colon, the words before it were read as part of the value before: the comma
            // goes before the field's name.
            return at(Place.PROBLEM, "The YAML is malformed: a comma is missing before " + (gotColon ? "the field name"
                    + " that ends here" : "this") + "; separate the " + (list ? "items of a list in [ ]" : "fields of an object in { }")
                    + " with commas");
        }
        return null;
    }

    /**
     * The last {@code [} or <code>{</code> of a YAML text that nothing closes, skipping quoted texts
     * and comments, and counting only brackets and quotation marks that start a value: a bracket
     * or an apostrophe inside a plain text ("see [1", "children's") opens nothing.
     *
     * @return {line, column, index}: the 1-based line and column (in chars) and the 0-based
     *     index, or {@code null} when every bracket is closed
     */
    static int @Nullable [] lastUnclosedBracket(String text) {
        ArrayDeque<Integer> open = new ArrayDeque<>();
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (quote == '"' && c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if ((c == '"' || c == '\'') && startsYamlValue(text, i)) {
                quote = c;
            } else if (c == '#' && (i == 0 || Character.isWhitespace(text.charAt(i - 1)))) {
                while (i + 1 < text.length() && text.charAt(i + 1) != '\n' && text.charAt(i + 1) != '\r') {
                    i++;
                }
            } else if ((c == '[' || c == '{') && startsYamlValue(text, i)) {
                open.push(i);
            } else if ((c == ']' || c == '}') && !open.isEmpty()) {
                open.pop();
            }
        }
        if (open.isEmpty()) {
            return null;
        }
        int at = open.peek();
        int[] place = TextPosition.of(text, at);
        return new int[] {place[0], place[1], at};
    }

    /**
     * Whether the character at {@code i} starts a YAML value: first on its line but for spaces, or
     * after {@code :}, {@code -}, {@code ?}, {@code [}, <code>{</code> or {@code ,} and spaces.
     */
    private static boolean startsYamlValue(String text, int i) {
        int k = i - 1;
        while (k >= 0 && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) {
            k--;
        }
        return k < 0 || "\n\r:-?[{,".indexOf(text.charAt(k)) >= 0;
    }

    /** The text of a line up to a column (both 0-based, the column in code points), or {@code null} when out of range. */
    private static @Nullable String lineBefore(String text, int line, int column) {
        if (line < 0 || column < 0) {
            return null;
        }
        String[] lines = text.split("\\r\\n|\\r|\\n", -1);
        if (line >= lines.length) {
            return null;
        }
        String l = lines[line];
        int cut = Math.min(column, l.codePointCount(0, l.length()));
        return l.substring(0, l.offsetByCodePoints(0, cut));
    }
}
