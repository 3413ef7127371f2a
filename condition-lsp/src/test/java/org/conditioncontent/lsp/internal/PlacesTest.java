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
        assertThat(yamlField(seed, "    - name: Pregnancy", 7)).containsExactly("riskFactors", "items", "0", "name");
        assertThat(yamlField(seed, "        - name: Cancer", 11)).containsExactly("riskFactors", "items", "6", "items", "1", "name");
        assertThat(yamlField(seed, "  - Nocturnal Muscles Cramps", 5)).containsExactly("alsoCalled", "1");
        assertThat(yamlField(seed, "    code: G47.62", 5)).containsExactly("codes", "0", "code");
    }

    @Test
    void aLineOfAFoldedParagraphBelongsToItsItem() {
        // The second line of the definition's first paragraph, written with ">-".
        assertThat(yamlField(seed, "    are most often involved.", 6)).containsExactly("definition", "0");
    }

    @Test
    void aListWrittenAtItsKeysIndentationStillNestsUnderTheKey() {
        String compact = "formatVersion: 1\nalsoCalled:\n- One\n- Two\ncodes:\n- system: icd-10-cm\n  code: X\n";
        assertThat(YamlPlaces.field(compact, offset(compact, "- Two", 2))).containsExactly("alsoCalled", "1");
        assertThat(YamlPlaces.field(compact, offset(compact, "  code: X", 3))).containsExactly("codes", "0", "code");
    }

    @Test
    void yamlCompletionPlaces() {
        String typing = "formatVersion: 1\nriskFactors:\n  items:\n    - name: A\n      ex\n";
        Place key = YamlPlaces.place(typing, offset(typing, "      ex", 8));
        assertThat(key.kind()).isEqualTo(Place.Kind.KEY);
        assertThat(key.path()).containsExactly("riskFactors", "items", "0");
        assertThat(typing.substring(key.replaceStart(), key.replaceEnd())).isEqualTo("ex");

        String item = "formatVersion: 1\nreferences:\n  - type: webpage\n  - ty";
        Place newItem = YamlPlaces.place(item, item.length());
        assertThat(newItem.path()).containsExactly("references", "1");

        String value = "medications:\n  items:\n    - name: X\n      kind: dr";
        Place kind = YamlPlaces.place(value, value.length());
        assertThat(kind.kind()).isEqualTo(Place.Kind.VALUE);
        assertThat(kind.path()).containsExactly("medications", "items", "0", "kind");
        assertThat(value.substring(kind.replaceStart(), kind.replaceEnd())).isEqualTo("dr");

        assertThat(YamlPlaces.place("title: \"Some [text", 18)).as("inside a flow value").isNull();
    }

    @Test
    void jsonPlacesFollowTheTokensBeforeTheCursor() {
        String json = "{\"riskFactors\": {\"items\": [{\"name\": \"A\"}, {\"na";
        Place key = JsonPlaces.place(json, json.length());
        assertThat(key.kind()).isEqualTo(Place.Kind.KEY);
        assertThat(key.path()).containsExactly("riskFactors", "items", "1");
        assertThat(key.inQuotes()).isTrue();
        assertThat(json.substring(key.replaceStart(), key.replaceEnd())).isEqualTo("na");

        String value = "{\"medications\": {\"items\": [{\"kind\": ";
        Place kind = JsonPlaces.place(value, value.length());
        assertThat(kind.kind()).isEqualTo(Place.Kind.VALUE);
        assertThat(kind.path()).containsExactly("medications", "items", "0", "kind");
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
}
