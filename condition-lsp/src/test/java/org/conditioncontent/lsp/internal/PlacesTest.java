package org.conditioncontent.lsp.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The path of the cursor in YAML from indentation, and in JSON from the tokens before it. */
class PlacesTest {

    private static String seed;

    @BeforeAll
    static void read() throws IOException {
        seed = Files.readString(Path.of("../examples/conditions/nocturnal-leg-cramps.yaml"), StandardCharsets.UTF_8);
    }

    @Test
    void yamlFieldsUnderTheCursorHaveTheirPathWithListIndexes() {
        assertThat(yamlField(seed, "title: Nocturnal", 2)).containsExactly("title");
        // An item written as its text, and one written as an object, in the risk factors' list (the third block).
        assertThat(yamlField(seed, "          - Pregnancy", 13)).containsExactly("body", "2", "blocks", "2", "items", "0");
        assertThat(yamlField(seed, "          - text: Certain medicines", 13)).containsExactly("body", "2", "blocks", "2", "items", "5", "text");
        assertThat(yamlField(seed, "              - Cancer", 17)).containsExactly("body", "2", "blocks", "2", "items", "6", "items", "1");
        assertThat(yamlField(seed, "                examples: [thyroid", 17))
                .containsExactly("body", "2", "blocks", "2", "items", "6", "items", "2", "examples");
        assertThat(yamlField(seed, "  - kind: causes", 5)).containsExactly("body", "1", "kind");
        assertThat(yamlField(seed, "  - Nocturnal Muscles Cramps", 5)).containsExactly("alsoCalled", "1");
        assertThat(yamlField(seed, "    code: G47.62", 5)).containsExactly("codes", "0", "code");
    }

    @Test
    void aLineOfAFoldedParagraphBelongsToItsItem() {
        // The second line of the definition's first paragraph, written with ">-".
        assertThat(yamlField(seed, "        are most often involved.", 10)).containsExactly("body", "0", "blocks", "0");
    }

    @Test
    void aListWrittenAtItsKeysIndentationStillNestsUnderTheKey() {
        String compact = "formatVersion: 2\nalsoCalled:\n- One\n- Two\ncodes:\n- system: icd-10-cm\n  code: X\n";
        assertThat(YamlPlaces.field(compact, offset(compact, "- Two", 2))).containsExactly("alsoCalled", "1");
        assertThat(YamlPlaces.field(compact, offset(compact, "  code: X", 3))).containsExactly("codes", "0", "code");
    }

    @Test
    void yamlCompletionPlaces() {
        String typing = "formatVersion: 2\nbody:\n  - kind: risk-factors\n    blocks:\n      - items:\n          - text: A\n            ex\n";
        Place key = YamlPlaces.place(typing, offset(typing, "            ex", 14));
        assertThat(key.kind()).isEqualTo(Place.Kind.KEY);
        assertThat(key.path()).containsExactly("body", "0", "blocks", "0", "items", "0");
        assertThat(typing.substring(key.replaceStart(), key.replaceEnd())).isEqualTo("ex");

        String item = "formatVersion: 2\nreferences:\n  - type: webpage\n  - ty";
        Place newItem = YamlPlaces.place(item, item.length());
        assertThat(newItem.path()).containsExactly("references", "1");

        String value = "body:\n  - kind: medications\n    blocks:\n      - items:\n          - text: X\n            kind: dr";
        Place kind = YamlPlaces.place(value, value.length());
        assertThat(kind.kind()).isEqualTo(Place.Kind.VALUE);
        assertThat(kind.path()).containsExactly("body", "0", "blocks", "0", "items", "0", "kind");
        assertThat(value.substring(kind.replaceStart(), kind.replaceEnd())).isEqualTo("dr");

        assertThat(YamlPlaces.place("title: \"Some [text", 18)).as("inside a flow value").isNull();
    }

    @Test
    void jsonPlacesFollowTheTokensBeforeTheCursor() {
        String json = "{\"body\": [{\"kind\": \"risk-factors\", \"blocks\": [{\"items\": [\"A\", {\"te";
        Place key = JsonPlaces.place(json, json.length());
        assertThat(key.kind()).isEqualTo(Place.Kind.KEY);
        assertThat(key.path()).containsExactly("body", "0", "blocks", "0", "items", "1");
        assertThat(key.inQuotes()).isTrue();
        assertThat(json.substring(key.replaceStart(), key.replaceEnd())).isEqualTo("te");

        String value = "{\"body\": [{\"blocks\": [{\"items\": [{\"kind\": ";
        Place kind = JsonPlaces.place(value, value.length());
        assertThat(kind.kind()).isEqualTo(Place.Kind.VALUE);
        assertThat(kind.path()).containsExactly("body", "0", "blocks", "0", "items", "0", "kind");
        assertThat(kind.inQuotes()).isFalse();

        String whole = "{\"id\": \"x\", \"alsoCalled\": [\"a\", \"b\"], \"title\": \"T\"}";
        assertThat(JsonPlaces.field(whole, whole.indexOf("\"title\"") + 3)).containsExactly("title");
        assertThat(JsonPlaces.field(whole, whole.indexOf("\"b\"") + 1)).containsExactly("alsoCalled", "1");
        assertThat(JsonPlaces.field(whole, whole.length())).as("after the document").isNull();
    }

    private static List<String> yamlField(String text, String linePrefix, int column) {
        return YamlPlaces.field(text, offset(text, linePrefix, column));
    }

    /** The offset of a column of the first line that starts with a prefix. */
    private static int offset(String text, String linePrefix, int column) {
        int at = text.startsWith(linePrefix) ? 0 : text.indexOf("\n" + linePrefix) + 1;
        assertThat(at).as("a line starts with %s", linePrefix).isGreaterThanOrEqualTo(0);
        return at + column;
    }

    /**
     * The block scalar lines of one pass are those that looking up from each line finds (the
     * way it was done, kept here as the reference): over the seed and 2,000 generated documents of
     * keys, items, block scalars, comments and blank lines at random indentations (fixed seed).
     */
    @Test
    void blockScalarLinesFromOnePassAreThoseALookUpFromEachLineFinds() {
        java.util.Random random = new java.util.Random(20261130);
        String[] shapes = {"key: value", "key: |", "key: >-", "- item", "- |", "- >+2", "text of a paragraph", "# a comment",
                "key: | # note", "", "   ", "- key: value", "key:", "-"};
        List<String> documents = new java.util.ArrayList<>(List.of(seed, "a: |\n  b\n    c\n  d\ne: x\n", "# c\n  x: |\n    y\n# z\n    w\n"));
        for (int d = 0; d < 2000; d++) {
            StringBuilder text = new StringBuilder();
            for (int l = random.nextInt(30); l >= 0; l--) {
                text.append(" ".repeat(random.nextInt(4) * 2)).append(shapes[random.nextInt(shapes.length)])
                        .append(random.nextInt(10) == 0 ? "\r\n" : "\n");
            }
            documents.add(text.toString());
        }
        for (String document : documents) {
            LineMap lines = new LineMap(document);
            boolean[] flags = YamlPlaces.blockScalarLines(lines);
            for (int l = 0; l < lines.lineCount(); l++) {
                assertThat(flags[l]).as("line %d of %s", l, document).isEqualTo(lookingUp(lines, l));
            }
        }
    }

    /** The reference: whether the nearest less indented line above (blank lines and comments aside) opens a block scalar. */
    private static boolean lookingUp(LineMap lines, int line) {
        String text = lines.line(line);
        if (text.isBlank()) {
            return false;
        }
        int indent = spaces(text);
        for (int l = line - 1; l >= 0; l--) {
            String above = lines.line(l);
            if (above.isBlank()) {
                continue;
            }
            int aboveIndent = spaces(above);
            if (aboveIndent < indent && above.charAt(aboveIndent) != '#') {
                return above.matches(".*[:-] +[|>][-+0-9]*\\s*(#.*)?$");
            }
        }
        return false;
    }

    private static int spaces(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }
}
