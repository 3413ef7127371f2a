package org.conditioncontent.loader.internal.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.conditioncontent.json.WireFormat;
import org.conditioncontent.loader.Diagnostic;
import org.conditioncontent.loader.GeneratedConditions;
import org.conditioncontent.loader.SourceFormat;
import org.conditioncontent.loader.internal.Findings;
import org.conditioncontent.loader.internal.Limits;
import org.conditioncontent.loader.internal.Node;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The tree reader's way in from UTF-8 bytes, which reads positions from the parser's counters and
 * converts byte columns with cursors, against its way in from text, which asks the parser for a
 * location object per token and needs no conversion: over generated articles laid out anew with
 * random white space, line breaks and characters of one to four bytes, in names and values, both
 * must give equal trees (every value's and every field name's line and column included) and
 * equal findings, duplicate keys and documents cut short included.
 */
class TreeReaderPositionsTest {

    private static final TreeReader READER = new TreeReader(new Limits(1 << 24, 64, 100_000, 10_000));
    /** Characters of one, two, three and four bytes in UTF-8, and a quotation mark and a backslash to escape. */
    private static final String[] PIECES = {"a", "Z", " ", "é", "ß", "日", "語", "🦵", "𝄞", "\"", "\\", "\t", "\u2028", "ключ"};
    private static final String[] SPACE = {"", " ", "  ", "\t", "\n", "\r\n", "\n    ", " \n\t"};

    @Test
    void bytesAndTextGiveTheSameTreeAndFindingsForGeneratedArticles() {
        int documents = 0;
        for (long seed = 1; seed <= 120; seed++) {
            StringBuilder wire = new StringBuilder();
            WireFormat.write(GeneratedConditions.generate(seed), wire);
            Node article = READER.read(wire.toString(), SourceFormat.JSON, findings());
            assertThat(article).as("seed %d", seed).isNotNull();
            // The articles are Instancio's, from their seeds; the layout's randomness has a seed too.
            Random random = new Random(seed);
            String laidOut = new Layout(random).print(article);
            assertSameFromBytesAndText(laidOut, seed);
            // The same document cut short at a random place: a syntax finding, at the same place.
            int cut = between(random, 1, laidOut.length() - 1);
            if (Character.isHighSurrogate(laidOut.charAt(cut - 1))) {
                cut--; // not between the halves of a character, which bytes cannot hold
            }
            assertSameFromBytesAndText(laidOut.substring(0, cut), seed);
            documents += 2;
        }
        assertThat(documents).isEqualTo(240);
    }

    /**
     * A generated article written as JSON on one line is YAML too (flow style): read as YAML, every
     * value and field name is where JSON puts it, although the YAML parser counts the characters
     * outside the Basic Multilingual Plane before it ("🦵 leg") as one column each.
     */
    @Test
    void yamlGivesJsonsPositionsForAnArticleOnOneLine() {
        int wide = 0;
        for (long seed = 1; seed <= 60; seed++) {
            StringBuilder wire = new StringBuilder();
            WireFormat.write(GeneratedConditions.generate(seed), wire);
            String line = wire.toString().replace("\n", " ");
            wide += line.codePointCount(0, line.length()) < line.length() ? 1 : 0;
            Findings asJson = findings();
            Findings asYaml = findings();
            Node json = READER.read(line, SourceFormat.JSON, asJson);
            Node yaml = READER.read(line, SourceFormat.YAML, asYaml);
            assertThat(yaml).as("seed %d:%n%s", seed, line).isEqualTo(json);
        }
        assertThat(wide).as("articles with characters outside the Basic Multilingual Plane").isGreaterThan(10);
    }

    @Test
    void aByteOrderMarkAndALongLineOfWideCharactersKeepTheirColumns() {
        String text = "{\"t\": \"" + "日🦵é".repeat(400) + "\", \"n\": [1, \"x\", {\"日\": true}], \"t\": 2}";
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, bytes, 0, 3);
        System.arraycopy(body, 0, bytes, 3, body.length);
        Findings fromBytes = findings();
        Findings fromText = findings();
        Node bytesRoot = READER.readJson(bytes, 3, TextDecoder.scan(bytes), fromBytes);
        Node textRoot = READER.read(text, SourceFormat.JSON, fromText);
        assertThat(bytesRoot).isEqualTo(textRoot);
        // The duplicate "t" is after 1,200 wide characters on the same line.
        assertThat(fromBytes.sorted(Diagnostic.ORDER)).singleElement()
                .satisfies(d -> assertThat(d.column()).isEqualTo(text.lastIndexOf("\"t\"") + 1));
        assertThat(fromBytes.sorted(Diagnostic.ORDER)).isEqualTo(fromText.sorted(Diagnostic.ORDER));
    }

    @Test
    void listsOfTheTreeCannotBeChanged() {
        Node root = READER.read("{\"a\": [1, 2], \"b\": {}}", SourceFormat.JSON, findings());
        Node.ObjectNode object = (Node.ObjectNode) root;
        List<Node> items = ((Node.ArrayNode) object.fields().get(0).value()).items();
        assertThat(items).hasSize(2);
        assertThatThrownBy(() -> items.set(0, items.get(1)))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> object.fields().remove(0))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(((Node.ObjectNode) object.fields().get(1).value()).fields()).isEmpty();
    }

    private static void assertSameFromBytesAndText(String text, long seed) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        Findings fromBytes = findings();
        Findings fromText = findings();
        Node bytesRoot = READER.readJson(bytes, 0, TextDecoder.scan(bytes), fromBytes);
        Node textRoot = READER.read(text, SourceFormat.JSON, fromText);
        assertThat(bytesRoot).as("seed %d:%n%s", seed, text).isEqualTo(textRoot);
        assertThat(fromBytes.sorted(Diagnostic.ORDER)).as("seed %d:%n%s", seed, text)
                .isEqualTo(fromText.sorted(Diagnostic.ORDER));
    }

    /** A whole number from {@code low} to {@code high}, both included. */
    private static int between(Random random, int low, int high) {
        return low + random.nextInt(high - low + 1);
    }

    private static Findings findings() {
        return new Findings("doc", 1_000);
    }

    /** Prints a tree as JSON with random white space between tokens, extra fields and duplicates. */
    private static final class Layout {
        private final Random random;
        private final StringBuilder out = new StringBuilder();

        Layout(Random random) {
            this.random = random;
        }

        String print(Node root) {
            value(root);
            return out.toString();
        }

        private void space() {
            out.append(SPACE[between(random, 0, SPACE.length - 1)]);
        }

        private void value(Node node) {
            space();
            if (node instanceof Node.ObjectNode object) {
                out.append('{');
                boolean first = true;
                for (Node.Field field : object.fields()) {
                    first = field(first, field.name(), field.value());
                    if (between(random, 0, 9) == 0) {
                        // A name of wide characters, or the same name again: a duplicate key.
                        first = field(first, random.nextBoolean() ? field.name() : text(), field.value());
                    }
                }
                space();
                out.append('}');
            } else if (node instanceof Node.ArrayNode array) {
                out.append('[');
                for (int i = 0; i < array.items().size(); i++) {
                    if (i > 0) {
                        out.append(',');
                    }
                    value(array.items().get(i));
                    space();
                }
                out.append(']');
            } else {
                Node.ScalarNode scalar = (Node.ScalarNode) node;
                if (scalar.kind() == Node.Kind.STRING) {
                    string(between(random, 0, 3) == 0 ? scalar.text() + text() : scalar.text());
                } else {
                    out.append(scalar.text());
                }
            }
        }

        private boolean field(boolean first, String name, Node value) {
            if (!first) {
                space();
                out.append(',');
            }
            space();
            string(name);
            space();
            out.append(':');
            value(value);
            return false;
        }

        private String text() {
            StringBuilder text = new StringBuilder();
            for (int i = between(random, 1, 12); i > 0; i--) {
                text.append(PIECES[between(random, 0, PIECES.length - 1)]);
            }
            return text.toString();
        }

        private void string(String s) {
            out.append('"');
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '"' || c == '\\') {
                    out.append('\\').append(c);
                } else if (c < 0x20) {
                    out.append(String.format("\\u%04x", (int) c));
                } else if (c > 0x7f && between(random, 0, 19) == 0 && !Character.isSurrogate(c)) {
                    out.append(String.format("\\u%04x", (int) c)); // sometimes escaped, as some writers do
                } else {
                    out.append(c);
                }
            }
            out.append('"');
        }
    }
}
