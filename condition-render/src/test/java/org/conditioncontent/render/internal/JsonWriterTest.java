package org.conditioncontent.render.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class JsonWriterTest {

    private static final JsonMapper JSON = JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    @Test
    void writesObjectsAndArraysIndentedWithKeysInTheOrderWritten() {
        String json = new JsonWriter().beginObject()
                .property("z", "last letter")
                .name("a").beginArray().value("x").value(2).beginObject().endObject().beginArray().endArray().endArray()
                .name("n").value(-7)
                .endObject().toJson();
        assertThat(json).isEqualTo("""
                {
                  "z": "last letter",
                  "a": [
                    "x",
                    2,
                    {},
                    []
                  ],
                  "n": -7
                }""");
    }

    @Test
    void indentsTwoSpacesALevelAtEveryDepth() {
        // Deeper than the indentations the writer keeps made, so that both ways of indenting are used.
        JsonWriter writer = new JsonWriter();
        int depth = 9;
        for (int i = 0; i < depth; i++) {
            writer.beginArray();
        }
        writer.value("deep");
        for (int i = 0; i < depth; i++) {
            writer.endArray();
        }
        StringBuilder expected = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            expected.append(" ".repeat(2 * i)).append("[\n");
        }
        expected.append(" ".repeat(2 * depth)).append("\"deep\"\n");
        for (int i = depth - 1; i >= 0; i--) {
            expected.append(" ".repeat(2 * i)).append("]").append(i > 0 ? "\n" : "");
        }
        assertThat(writer.toJson()).isEqualTo(expected.toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "`\"`|`\\\"`",
        "`\\`|`\\\\`",
        "`</script>`|`\\u003c/script\\u003e`",
        "`<!--`|`\\u003c!--`",
        "`&amp;`|`\\u0026amp;`",
        "`a\nb\rc\td`|`a\\nb\\rc\\td`",
        "`\b\f`|`\\b\\f`",
        "`\u0000\u001f\u007f\u0085`|`\\u0000\\u001f\\u007f\\u0085`",
        "`\u2028\u2029`|`\\u2028\\u2029`",
        "`\ud800x\udc00\udbff`|`\ufffdx\ufffd\ufffd`",
        "`\ufdd0\uffff\ud83f\udffe`|`\\ufdd0\\uffff\\ud83f\\udffe`",
        "`caf\u00e9 \ud83d\ude00 \u202e\u200b /'`|`caf\u00e9 \ud83d\ude00 \u202e\u200b /'`"
    })
    void escapesForJsonAndForTheScriptElement(String value, String escaped) {
        assertThat(new JsonWriter().value(value).toJson()).isEqualTo("\"" + escaped + "\"");
    }

    @Test
    void writesEveryCharacterSoThatItReadsBackExactlyAndNeverWritesALessThanSign() {
        StringBuilder all = new StringBuilder(0x10000);
        StringBuilder expected = new StringBuilder(0x10000);
        for (int c = 0; c <= 0xffff; c++) {
            // A space after each, so that no two surrogates form a pair: each one is unpaired.
            all.append((char) c).append(' ');
            expected.append(Character.isSurrogate((char) c) ? '\ufffd' : (char) c).append(' ');
        }
        all.append("\ud83d\ude00");
        expected.append("\ud83d\ude00");
        String value = all.toString();
        String json = new JsonWriter().beginObject().property("all", value).endObject().toJson();

        assertThat(json).doesNotContain("<").doesNotContain(">").doesNotContain("&");
        assertThat(json.chars().filter(c -> c < 0x20 && c != '\n')).isEmpty();
        JsonNode read = JSON.readTree(json);
        assertThat(read.path("all").asString()).isEqualTo(expected.toString());
    }

    @Test
    void refusesMisuseInsteadOfWritingInvalidJson() {
        assertThatThrownBy(() -> new JsonWriter().beginObject().value("no key"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("key");
        assertThatThrownBy(() -> new JsonWriter().beginArray().name("key"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("inside an object");
        assertThatThrownBy(() -> new JsonWriter().beginObject().name("a").name("b"))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new JsonWriter().beginObject().endArray())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("]");
        assertThatThrownBy(() -> new JsonWriter().beginObject().name("a").endObject())
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new JsonWriter().beginObject().toJson())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("not complete");
        assertThatThrownBy(() -> new JsonWriter().toJson())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no value");
        assertThatThrownBy(() -> new JsonWriter().value("a").value("b"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("one value");
    }
}
