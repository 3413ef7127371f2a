package org.conditioncontent.loader;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.conditioncontent.model.Condition;
import org.conditioncontent.render.json.JsonRenderer;
import org.conditioncontent.loader.rules.RuleSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Hostile input gets a diagnostic, never an exception, a hang or an out-of-memory. Each class of
 * input is a fixture file under {@code hostile/} with its expected rule and position.
 */
// A hang guard, with room for a loaded machine: every case takes well under a second here, and
// input that makes the loader hang or blow up exponentially still fails it.
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class HostileInputTest {

    private static final Path HOSTILE = Path.of("src/test/resources/hostile");

    private static ConditionLoader loader;
    /** Lower limits, so the oversized fixtures stay small files. */
    private static ConditionLoader strict;

    @BeforeAll
    static void buildLoaders() {
        loader = ConditionLoader.builder().build();
        strict = ConditionLoader.builder().maxStringLength(1000).maxDocumentSize(4000).build();
    }

    static Stream<Arguments> hostileFiles() {
        return Stream.of(
                Arguments.of("empty.yaml", "syntax", 1, 1, "The file is empty"),
                Arguments.of("empty.json", "syntax", 1, 1, "The file is empty"),
                Arguments.of("whitespace-only.json", "syntax", 1, 1, "The file is empty"),
                Arguments.of("truncated.json", "syntax", 1, 57, "The JSON ends too early"),
                Arguments.of("truncated.yaml", "syntax", 3, 8, "the quotation mark opened here is never closed"),
                Arguments.of("malformed.json", "syntax", 1, 62, "a comma follows the last field of this object"),
                Arguments.of("malformed.yaml", "syntax", 3, 8, "The YAML is malformed"),
                Arguments.of("two-documents.yaml", "syntax", 5, 1, "a file holds exactly one article"),
                Arguments.of("not-an-object.json", "wrong-type", 1, 1, "The file holds no article, only a list"),
                Arguments.of("scalar-document.yaml", "wrong-type", 1, 1, "The file holds no article, only the text"),
                Arguments.of("invalid-utf8.yaml", "encoding", 3, 14, "not valid UTF-8: byte 0xC3"),
                Arguments.of("invalid-utf8.json", "encoding", 3, 15, "not valid UTF-8: byte 0xE2"),
                Arguments.of("binary.json", "encoding", 3, 1, "This is a binary file"),
                Arguments.of("duplicate-keys.json", "duplicate-key", 5, 3, "appears twice"),
                Arguments.of("deep-nesting.json", "limit", 1, 126, "limit maxNestingDepth"),
                Arguments.of("deep-nesting.yaml", "limit", 4, 75, "limit maxNestingDepth"),
                Arguments.of("huge-number.json", "limit", 1, 519, "A number is longer than 100 digits"),
                Arguments.of("alias-bomb.yaml", "yaml-feature", 4, 4, "YAML anchors (&a) are not allowed"),
                Arguments.of("yaml-tags.yaml", "yaml-feature", 3, 8, "YAML tags"),
                Arguments.of("crlf.yaml", "unknown-field", 3, 1, "did you mean \"title\""),
                Arguments.of("vertical-tab.yaml", "syntax", 4, 21, "the invisible character U+000B, which YAML does not allow"),
                Arguments.of("bell-in-comment.yaml", "syntax", 3, 25, "U+0007, which YAML does not allow anywhere, not even in a comment; delete it"),
                // Thousands of hyphenated parts: the regular expression engine recursed once a part
                // and overflowed the stack, which ended the whole run with no report.
                Arguments.of("long-id.yaml", "constraint", 2, 5, "\"id\" must be at most 200 characters"),
                Arguments.of("long-language.yaml", "pattern", 4, 11, "\"language\" must be a BCP 47 language tag"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileFiles")
    void hostileFilesGiveADiagnosticAtTheirPosition(String file, String rule, int line, int column, String message) {
        LoadResult result = loader.load(HOSTILE.resolve(file));
        assertThat(result.condition()).isNull();
        assertThat(result.diagnostics()).allSatisfy(d -> assertThat(d.message()).doesNotContain("\n"));
        assertThat(result.diagnostics()).filteredOn(d -> d.rule().equals(rule)).first().satisfies(d -> {
            assertThat(d.line() + ":" + d.column()).isEqualTo(line + ":" + column);
            assertThat(d.message()).contains(message);
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileFiles")
    void theBytesOfAFileLoadAsTheFileDoes(String file) throws IOException {
        Path path = HOSTILE.resolve(file);
        SourceFormat format = SourceFormat.of(path).orElseThrow();
        LoadResult fromBytes = loader.load(path.toString(), Files.readAllBytes(path), format);
        assertThat(fromBytes).isEqualTo(loader.load(path));
    }

    @Test
    void aRelatedIdOfThousandsOfPartsIsCheckedWithoutOverflowingTheStack() {
        // The language's finding sends the article to Hibernate Validator, which checks every
        // field's pattern; the related id is well formed, however long.
        LoadResult result = loader.load(HOSTILE.resolve("long-related-id.yaml"));
        assertThat(result.diagnostics()).extracting(Diagnostic::rule).containsOnly("required-section", "pattern");
        assertThat(result.diagnostics()).filteredOn(d -> d.rule().equals("pattern")).singleElement()
                .satisfies(d -> assertThat(d.pointer()).isEqualTo("/language"));
    }

    @Test
    void bytesOverTheLimitAreNotDecoded() {
        LoadResult result = strict.load("big.json", new byte[4001], SourceFormat.JSON);
        assertThat(result.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.rule()).isEqualTo("limit");
            assertThat(d.message()).isEqualTo("The document is 4001 bytes long, over the limit of 4000 (limit maxDocumentSize)");
        });
    }

    /**
     * A text over the limit is reported where it starts, with its pointer: the parsers stopped
     * inside it (JSON) or at its end (YAML), and gave no pointer.
     */
    @Test
    void aStringOverTheLimitNamesTheOption() {
        ConditionLoader tight = ConditionLoader.builder().maxStringLength(1000).build();
        for (String file : List.of("long-string.json", "long-string.yaml")) {
            LoadResult result = tight.load(HOSTILE.resolve(file));
            assertThat(result.diagnostics()).as(file).singleElement().satisfies(d -> {
                assertThat(d.rule()).isEqualTo("limit");
                assertThat(d.message()).isEqualTo("A text is longer than 1000 characters (limit maxStringLength); split it into paragraphs");
                assertThat(d.line() + ":" + d.column() + " " + d.pointer())
                        .isEqualTo(file.endsWith(".json") ? "1:45 /title" : "3:8 /title");
            });
        }
        String yaml = "formatVersion: 2\nid: a\ntitle: T\nalsoCalled:\n  - Cramps\n  - >\n    " + "night cramp ".repeat(100) + "\n";
        assertThat(tight.load("block.yaml", yaml, SourceFormat.YAML).diagnostics())
                .extracting(d -> d.rule() + "@" + d.line() + ":" + d.column() + " " + d.pointer()).containsExactly("limit@6:5 /alsoCalled/1");
    }

    /**
     * A field name over 1,000 characters gets its own message, with its object's pointer: it is no
     * text to split. YAML's is placed where the name starts; JSON's just after it, where the JSON
     * parser refuses it before keeping it in its table of names.
     */
    @Test
    void aLongFieldNameIsReportedAsAName() {
        String name = "x".repeat(1001);
        for (SourceFormat format : SourceFormat.values()) {
            String doc = format == SourceFormat.JSON
                    ? "{\"formatVersion\": 2, \"id\": \"a\", \"title\": \"T\",\n \"sections\": [{\"" + name + "\": 1}]}"
                    : "formatVersion: 2\nid: a\ntitle: T\nsections:\n  - " + name + ": 1\n";
            assertThat(loader.load("name." + format.name().toLowerCase(java.util.Locale.ROOT), doc, format).diagnostics()).as("%s", format)
                    .singleElement().satisfies(d -> {
                        assertThat(d.rule()).isEqualTo("limit");
                        assertThat(d.message()).isEqualTo("A field name is longer than 1000 characters; field names are short words such as title");
                        assertThat(d.line() + ":" + d.column() + " " + d.pointer())
                                .isEqualTo(format == SourceFormat.JSON ? "2:1019 /sections/0" : "5:5 /sections/0");
                    });
        }
        assertThat(loader.load("name.yaml", "formatVersion: 2\nid: a\ntitle: T\n" + "y".repeat(1000) + ": 1\n", SourceFormat.YAML)
                .diagnostics()).noneMatch(d -> d.rule().equals("limit"));
    }

    /**
     * A character YAML does not allow, given as text through the API, is reported at its own
     * position: the YAML engine refuses it with no line, which the loader reported at 1:1.
     */
    @Test
    void aCharacterYamlDoesNotAllowIsReportedWhereItIs() {
        String[][] cases = {{"\u0000", "U+0000"}, {"\uD800", "U+D800"}, {"\uDC00", "U+DC00"}, {"\uFFFE", "U+FFFE"}, {"\u0090", "U+0090"}};
        for (String[] c : cases) {
            LoadResult result = loader.load("s.yaml", "formatVersion: 1\nid: a\ntitle: \"Leg " + c[0] + "Cramps\"\n", SourceFormat.YAML);
            assertThat(result.diagnostics()).as(c[1]).singleElement().satisfies(d -> {
                assertThat(d.rule()).isEqualTo("syntax");
                assertThat(d.line() + ":" + d.column()).isEqualTo("3:13");
                assertThat(d.message()).startsWith("The file holds the invisible character " + c[1] + ", which YAML does not allow");
            });
        }
    }

    /** What the YAML engine reads is left to it: DEL and U+0085 in a text are the control-character rule's. */
    @Test
    void aCharacterYamlAllowsIsNotASyntaxError() {
        for (String c : List.of("\u007F", "\u0085", "\uD83E\uDDB5", "\t", "\uFEFF")) {
            LoadResult result = loader.load("s.yaml", "formatVersion: 1\nid: a\ntitle: \"Leg " + c + "Cramps\"\n", SourceFormat.YAML);
            assertThat(result.diagnostics()).as(c).noneMatch(d -> d.rule().equals("syntax"));
        }
    }

    /**
     * A 2 MB plain text on one line gets the limit's finding where it starts, with its pointer; the
     * YAML engine read such a token in time growing with the square of its length (a 4 MB line took
     * 16 s). A comment is no text: a long one, which YAML allows, loads.
     */
    @Test
    void aLongLineGetsTheLimitWhereItStarts() {
        String yaml = "formatVersion: 1\nid: a\ntitle: Leg Cramps\ndisclaimer: " + "a".repeat(2_000_000) + "\nx: 1\n";
        LoadResult result = loader.load("long.yaml", yaml, SourceFormat.YAML);
        assertThat(result.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.rule()).isEqualTo("limit");
            assertThat(d.line() + ":" + d.column() + " " + d.pointer()).isEqualTo("4:13 /disclaimer");
            assertThat(d.message()).isEqualTo("A text is longer than 100000 characters (limit maxStringLength); split it into paragraphs");
        });
        ConditionLoader structural = ConditionLoader.builder().rules(RuleSet.none()).maxStringLength(1000).build();
        LoadResult comment = structural.load("c.yaml", "formatVersion: 2\nid: a\n#" + "-".repeat(2000) + "\ntitle: T\n", SourceFormat.YAML);
        assertThat(comment.diagnostics()).isEmpty();
        assertThat(comment.orThrow().title()).isEqualTo("T");
    }

    /**
     * Tokens at the size limit that may be valid YAML: a comment with spaces, a quoted text of
     * commas (ended by the limit on texts) and a long run of spaces. The YAML engine read each in
     * time growing with the square of its length (a 2 MB comment took 4.4 s, a 4 MB one about 17 s);
     * read whole, each takes well under a second, which the class's hang guard holds the three to.
     */
    @Test
    void longYamlTokensTakeLinearTime() {
        int size = 4 * 1024 * 1024 - 100;
        String head = "formatVersion: 2\nid: a\ntitle: Leg Cramps\n";
        String comment = head + "# " + "a ".repeat((size - head.length()) / 2) + "\n";
        assertThat(loader.load("comment.yaml", comment, SourceFormat.YAML).diagnostics()).noneMatch(d -> d.rule().equals("limit"));
        String commas = head + "disclaimer: \"" + "a,".repeat((size - head.length()) / 2) + "\"\n";
        assertThat(loader.load("commas.yaml", commas, SourceFormat.YAML).diagnostics())
                .extracting(d -> d.rule() + "@" + d.line() + ":" + d.column()).containsExactly("limit@4:13");
        String spaces = head + "disclaimer: '" + " ".repeat(size - head.length()) + "'\n";
        assertThat(loader.load("spaces.yaml", spaces, SourceFormat.YAML).diagnostics())
                .extracting(d -> d.rule() + "@" + d.line() + ":" + d.column()).containsExactly("limit@4:13");
    }

    /**
     * A whole article on one line in flow style is longer than the limit, but each of its texts is
     * within it: it loads, with no space or quotation mark between its names too. So does a text of
     * exactly the limit after a JSON-style key's colon.
     */
    @Test
    void aLongLineOfShortTextsLoads() {
        ConditionLoader structural = ConditionLoader.builder().rules(RuleSet.none()).maxStringLength(1000).build();
        String names = String.join(",", java.util.Collections.nCopies(300, "Night-Cramps"));
        String flow = "{\"formatVersion\":1,\"id\":\"a\",\"title\":\"" + "t".repeat(1000) + "\",\"alsoCalled\":[" + names + "]}";
        assertThat(flow.length()).isGreaterThan(4000);
        LoadResult result = structural.load("flow.yaml", flow, SourceFormat.YAML);
        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.orThrow().alsoCalled()).hasSize(300);
        LoadResult adjacent = structural.load("flow.yaml", "{\"formatVersion\":1,\"id\":\"a\",\"title\":" + "t".repeat(1000) + "}",
                SourceFormat.YAML);
        assertThat(adjacent.diagnostics()).isEmpty();
    }

    /** A YAML number of more than 100 digits is refused as JSON's is, not quoted whole in a finding. */
    @Test
    void aLongYamlNumberGetsTheLimitJsonGets() {
        for (String number : List.of("1".repeat(101), "-" + "9".repeat(500), "1." + "5".repeat(200))) {
            LoadResult result = loader.load("n.yaml", "formatVersion: " + number + "\nid: a\ntitle: T\n", SourceFormat.YAML);
            assertThat(result.diagnostics()).as(number).singleElement().satisfies(d -> {
                assertThat(d.rule()).isEqualTo("limit");
                assertThat(d.line() + ":" + d.column()).isEqualTo("1:16");
                assertThat(d.message()).isEqualTo("A number is longer than 100 digits; numbers in articles are years and counts");
            });
        }
        assertThat(loader.load("n.yaml", "formatVersion: " + "1".repeat(100) + "\nid: a\ntitle: T\n", SourceFormat.YAML).diagnostics())
                .noneMatch(d -> d.rule().equals("limit"));
    }

    @Test
    void aDocumentOverTheLimitIsNotParsed() {
        LoadResult result = strict.load(HOSTILE.resolve("large-document.json"));
        assertThat(result.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.rule()).isEqualTo("limit");
            assertThat(d.message()).contains("over the limit of 4000 (limit maxDocumentSize)");
        });
    }

    /** snakeyaml-engine 3.0.1 threw when a 1,024-character read ended inside a surrogate pair. */
    @Test
    void anEmojiAcrossTheParsersReadBufferIsRead() {
        ConditionLoader structural = ConditionLoader.builder().rules(RuleSet.none()).build();
        for (int shift = 0; shift < 8; shift++) {
            String head = "formatVersion: 2\nid: a\ntitle: \"";
            String padding = "x".repeat(1023 - head.length() - shift);
            String yaml = head + padding + "\uD83E\uDDB5".repeat(4) + "\"\nalsoCalled: [\"\u2028 \uD83E\uDDB5\"]\n";
            LoadResult result = structural.load("emoji.yaml", yaml, SourceFormat.YAML);
            assertThat(result.diagnostics()).as("shift %d", shift).isEmpty();
            assertThat(result.orThrow().title()).endsWith("\uD83E\uDDB5");
        }
    }

    @Test
    void aByteOrderMarkIsAccepted() throws IOException {
        // Structure only: these tiny articles lack the sections the editorial rules require.
        ConditionLoader structural = ConditionLoader.builder().rules(RuleSet.none()).build();
        assertThat(structural.load(HOSTILE.resolve("bom.yaml")).diagnostics()).isEmpty();
        assertThat(structural.load(HOSTILE.resolve("bom.json")).diagnostics()).isEmpty();
        assertThat(structural.load("bom.json", "\uFEFF{\"formatVersion\": 1, \"id\": \"a\", \"title\": \"A\"}", SourceFormat.JSON)
                .isValid()).isTrue();
        assertThat(structural.load("bom.json", Files.readAllBytes(HOSTILE.resolve("bom.json")), SourceFormat.JSON)
                .diagnostics()).isEmpty();
    }

    @Test
    void aYamlAliasBombIsNeverExpanded() {
        LoadResult result = loader.load(HOSTILE.resolve("alias-bomb.yaml"));
        // Every alias is reported where it stands; the nine-fold expansions are never built.
        assertThat(result.diagnostics()).filteredOn(d -> d.message().startsWith("YAML aliases")).hasSizeGreaterThan(50);
    }

    @Test
    void yamlTagsNeverNameTypes() {
        LoadResult result = loader.load(HOSTILE.resolve("yaml-tags.yaml"));
        assertThat(result.diagnostics()).filteredOn(d -> d.rule().equals("yaml-feature"))
                .extracting(Diagnostic::pointer).containsExactly("/title", "/disclaimer");
    }

    /** Every value of the seed, in turn, replaced with a value of the wrong kind. */
    @Test
    void aWrongTypeAtEveryLevelIsReportedAtItsPointer() {
        Condition seed = loader.loadOrThrow(Path.of("../examples/conditions/nocturnal-leg-cramps.yaml"));
        JsonMapper mapper = JsonMapper.builder().build();
        JsonNode root = mapper.readTree(new JsonRenderer().render(seed));
        List<String> pointers = new ArrayList<>();
        collectPointers(root, "", pointers);
        assertThat(pointers).hasSizeGreaterThan(150);
        for (String pointer : pointers) {
            JsonNode copy = root.deepCopy();
            replace(copy, pointer, wrongKind(root.at(pointer)));
            String json = mapper.writeValueAsString(copy);
            LoadResult result = loader.load("mutated.json", json, SourceFormat.JSON);
            assertThat(loader.load("mutated.json", json.getBytes(StandardCharsets.UTF_8), SourceFormat.JSON))
                    .as(pointer).isEqualTo(result);
            assertThat(result.condition()).as(pointer).isNull();
            assertThat(result.diagnostics()).as(pointer)
                    .anySatisfy(d -> {
                        assertThat(d.pointer()).isEqualTo(pointer);
                        assertThat(d.rule()).isIn("wrong-type", "unknown-value");
                    });
        }
    }

    /**
     * JSON read from bytes, which Jackson parses without making text first and whose columns it
     * counts in bytes, must report what the same JSON read as text reports, columns in characters.
     * Generated articles hold two-, three- and four-byte characters; written on one line, every
     * finding after one of them is at a column that bytes would get wrong.
     */
    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS) // thousands of loads, none hostile: 4 s here
    void jsonFromBytesIsReportedAsFromText() {
        JsonMapper mapper = JsonMapper.builder().build();
        int shifted = 0;
        for (long seed = 1; seed <= 40; seed++) {
            JsonNode root = mapper.readTree(new JsonRenderer().render(GeneratedConditions.generate(seed)));
            List<String> pointers = new ArrayList<>();
            collectPointers(root, "", pointers);
            for (int i = (int) (seed % 3); i < pointers.size(); i += 3) {
                JsonNode copy = root.deepCopy();
                replace(copy, pointers.get(i), wrongKind(root.at(pointers.get(i))));
                ((ObjectNode) copy).put("unknownField", "¿qué? 🦵");
                // On one line, and pretty-printed so that lines after the first have characters too.
                String json = seed % 2 == 0 ? mapper.writeValueAsString(copy)
                        : mapper.writerWithDefaultPrettyPrinter().writeValueAsString(copy);
                LoadResult fromText = loader.load("generated.json", json, SourceFormat.JSON);
                LoadResult fromBytes = loader.load("generated.json", json.getBytes(StandardCharsets.UTF_8), SourceFormat.JSON);
                assertThat(fromBytes).as("seed %d, %s", seed, pointers.get(i)).isEqualTo(fromText);
                // After a byte order mark, which is dropped, the columns are the same.
                byte[] withMark = ("\uFEFF" + json).getBytes(StandardCharsets.UTF_8);
                assertThat(loader.load("generated.json", withMark, SourceFormat.JSON)).as("seed %d with a mark", seed).isEqualTo(fromText);
                for (Diagnostic d : fromText.diagnostics()) {
                    String before = json.substring(0, Math.min(json.length(), d.column() - 1));
                    if (before.getBytes(StandardCharsets.UTF_8).length != before.length()) {
                        shifted++;
                    }
                }
            }
        }
        assertThat(shifted).as("findings after a character of more than one byte").isGreaterThan(1000);
    }

    private static void collectPointers(JsonNode node, String pointer, List<String> out) {
        if (!pointer.isEmpty()) {
            out.add(pointer);
        }
        if (node.isObject()) {
            for (String name : node.propertyNames()) {
                collectPointers(node.get(name), pointer + "/" + name, out);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectPointers(node.get(i), pointer + "/" + i, out);
            }
        }
    }

    /** A value no field of that kind accepts: objects and lists become scalars, scalars become lists. */
    private static JsonNode wrongKind(JsonNode original) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (original.isObject()) {
            return f.numberNode(42);
        }
        if (original.isArray()) {
            return f.stringNode("not a list");
        }
        if (original.isNumber() || original.isBoolean()) {
            return f.stringNode("text");
        }
        return f.arrayNode().add("a list");
    }

    private static void replace(JsonNode root, String pointer, JsonNode value) {
        int slash = pointer.lastIndexOf('/');
        JsonNode parent = root.at(pointer.substring(0, slash));
        String last = pointer.substring(slash + 1);
        if (parent instanceof ObjectNode o) {
            o.set(last, value);
        } else {
            ((ArrayNode) parent).set(Integer.parseInt(last), value);
        }
    }
}
