package org.conditioncontent.loader;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The first mistakes a new editor makes get a message that names the cause and the fix, at the
 * place to change, instead of the parsers' words ("mapping values are not allowed here",
 * "Unexpected character ('\"' (code 34))"). Each mistake is a fixture under {@code messages/}
 * named for it; the expected finding is given whole.
 */
class EditorMessagesTest {

    private static final Path MESSAGES = Path.of("src/test/resources/messages");

    private static final ConditionLoader LOADER = ConditionLoader.builder().build();

    static Stream<Arguments> mistakes() {
        return Stream.of(
                Arguments.of("yaml-colon-in-value.yaml", "4:17: error: The YAML is malformed: the value of \"disclaimer\" holds \": \","
                        + " which YAML reads as the start of a field; put the whole value in quotes [syntax]"),
                Arguments.of("yaml-over-indented-key.yaml", "6:13: error: The YAML is malformed: this line is indented further than the"
                        + " field above it, so YAML reads it as part of that field's value; line it up with the field above (or, if it"
                        + " continues that value and holds \": \", put the whole value in quotes) [syntax]"),
                Arguments.of("yaml-colon-in-paragraph.yaml", "8:9: error: Item 2 of \"blocks\" is text that holds \": \", so YAML read the"
                        + " words before it (\"Common causes\") as the name of a field; put the whole text in quotes [wrong-type]"),
                Arguments.of("yaml-unclosed-quote.yaml", "4:13: error: The YAML is malformed: the quotation mark opened here is never closed;"
                        + " add the closing quotation mark at the end of the value [syntax]"),
                Arguments.of("yaml-unclosed-list.yaml",
                        "4:13: error: The YAML is malformed: the list opened here with [ is never closed; end it with ] [syntax]"),
                Arguments.of("yaml-unclosed-list-before-field.yaml",
                        "3:13: error: The YAML is malformed: the list opened here with [ is never closed; end it with ] [syntax]"),
                Arguments.of("yaml-unclosed-object.yaml",
                        "4:9: error: The YAML is malformed: the object opened here with { is never closed; end it with } [syntax]"),
                Arguments.of("yaml-missing-comma-in-list.yaml", "4:26: error: The YAML is malformed: a comma is missing before this;"
                        + " separate the items of a list in [ ] with commas [syntax]"),
                Arguments.of("yaml-missing-comma-in-object.yaml", "5:28: error: The YAML is malformed: a comma is missing before the field"
                        + " name that ends here;"
                        + " separate the fields of an object in { } with commas [syntax]"),
                Arguments.of("yaml-document-separator-in-quote.yaml", "5:1: error: The YAML is malformed: a line of a quoted text starts"
                        + " with --- or ..., which YAML reads as the end of the document; indent the line [syntax]"),
                Arguments.of("json-quote-inside-text.json", "4:19: error: The JSON is malformed: the text before this ended at a quotation"
                        + " mark, and more follows it; write a quotation mark inside a text as \\\", or put the missing comma [syntax]"),
                Arguments.of("json-double-comma.json", "3:21: error: The JSON is malformed: one comma too many, or a value missing before"
                        + " this comma; delete the comma or write the value [syntax]"),
                Arguments.of("json-curly-quotes.json", "4:3: error: The JSON is malformed: \"\u201c\" is a typographic quotation mark;"
                        + " JSON writes names and texts in straight double quotes (\") [syntax]"),
                Arguments.of("json-missing-comma.json", "5:3: error: The JSON is malformed: a comma is missing before this field;"
                        + " put a comma after the value before it [syntax]"),
                Arguments.of("json-missing-comma-in-list.json", "5:30: error: The JSON is malformed: a comma is missing before this item;"
                        + " put a comma after the item before it [syntax]"),
                Arguments.of("json-trailing-comma.json",
                        "4:23: error: The JSON is malformed: a comma follows the last field of this object; delete the comma [syntax]"),
                Arguments.of("json-trailing-comma-in-list.json",
                        "5:45: error: The JSON is malformed: a comma follows the last item of this list; delete the comma [syntax]"),
                Arguments.of("json-single-quotes.json", "3:3: error: The JSON is malformed: JSON writes names and texts in double quotes (\"),"
                        + " not single quotes (') [syntax]"),
                Arguments.of("json-single-quoted-text.json", "3:9: error: The JSON is malformed: JSON writes names and texts in double"
                        + " quotes (\"), not single quotes (') [syntax]"),
                Arguments.of("json-unquoted-name.json",
                        "3:3: error: The JSON is malformed: a field name must be in double quotes, such as \"title\" [syntax]"),
                Arguments.of("json-unquoted-text.json", "3:9: error: The JSON is malformed: \"heel\" is not a JSON value; write texts in double"
                        + " quotes (\"heel\"), and true, false and null in lower case [syntax]"),
                Arguments.of("yaml-unknown-escape.yaml", "3:21: error: The YAML is malformed: \"\\%\" is not an escape YAML knows in a"
                        + " text in double quotes; write \\\\ for a backslash, or put the text in single quotes, where a backslash is"
                        + " just a backslash [syntax]"),
                Arguments.of("yaml-list-open-at-end.yaml",
                        "4:13: error: The YAML is malformed: the list opened here with [ is never closed; end it with ] [syntax]"),
                Arguments.of("yaml-percent-first.yaml", "1:2: error: The YAML is malformed: a line that starts with % is a YAML directive;"
                        + " put the text that starts with % in quotes [syntax]"),
                Arguments.of("yaml-document-end.yaml", "4:1: error: The YAML is malformed: a line of ... (or ---) before this ends the"
                        + " document, and a file holds exactly one article; delete that line [syntax]"),
                Arguments.of("json-unknown-escape.json", "4:22: error: The JSON is malformed: \"\\ \" is not an escape JSON knows;"
                        + " write \\\\ for a backslash (the others are \\\", \\/, \\b, \\f, \\n, \\r, \\t and \\u followed by"
                        + " four hex digits) [syntax]"),
                Arguments.of("json-unknown-escape-euro.json", "4:22: error: The JSON is malformed: \"\\\u20ac\" is not an escape JSON"
                        + " knows; write \\\\ for a backslash (the others are \\\", \\/, \\b, \\f, \\n, \\r, \\t and \\u followed"
                        + " by four hex digits) [syntax]"),
                Arguments.of("yaml-list-open-after-apostrophe.yaml",
                        "4:13: error: The YAML is malformed: the list opened here with [ is never closed; end it with ] [syntax]"),
                Arguments.of("json-wrong-closing-bracket.json", "5:34: error: The JSON is malformed: this } ends an object, but the last"
                        + " one opened is a list, which ends with ]; end it with ] first, or write ] in place of this } [syntax]"),
                Arguments.of("json-nan.json", "5:28: error: The JSON is malformed: \"NaN\" is not a JSON number; write a number, or put"
                        + " the text in double quotes [syntax]"),
                Arguments.of("json-plus-sign.json", "2:21: error: The JSON is malformed: a JSON number has no + sign; delete it [syntax]"),
                Arguments.of("json-leading-zero.json", "2:21: error: The JSON is malformed: a JSON number does not start with 0; delete"
                        + " the leading zeros, or put the value in double quotes if it is a code (\"007\") [syntax]"),
                Arguments.of("json-comment.json", "3:3: error: The JSON is malformed: JSON has no comments; delete the comment [syntax]"),
                Arguments.of("json-line-break-in-text.json", "4:17: error: The JSON is malformed: a text runs over two lines, which JSON"
                        + " does not allow; join the lines, or write \\n where the text should break [syntax]"),
                Arguments.of("pmid-leading-zero.yaml", "11:11: error: \"pmid\" must be a PubMed id: 1 to 9 digits, not starting with 0,"
                        + " such as 28265662; it is \"028265662\" [pattern]"),
                Arguments.of("pmid-too-long.yaml", "11:11: error: \"pmid\" must be a PubMed id: 1 to 9 digits, not starting with 0,"
                        + " such as 28265662; it is \"1234567890\" [pattern]"),
                Arguments.of("null-article.yaml", "1:1: error: The file holds no article, only an empty value (~ or null);"
                        + " an article is an object with at least an id and a title [wrong-type]"),
                Arguments.of("null-article.json", "1:1: error: The file holds no article, only an empty value (~ or null);"
                        + " an article is an object with at least an id and a title [wrong-type]"),
                Arguments.of("text-article.yaml", "1:1: error: The file holds no article, only the text \"These are notes for the heel pain article.\";"
                        + " an article is an object with at least an id and a title [wrong-type]"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void aCommonMistakeGetsItsCauseAndFixInPlainWords(String file, String expected) {
        LoadResult result = LOADER.load(MESSAGES.resolve(file));

        assertThat(result.diagnostics()).extracting(Object::toString)
                .filteredOn(d -> !d.endsWith("[required-section]"))
                .containsExactly(MESSAGES.resolve(file) + ":" + expected);
    }
}
