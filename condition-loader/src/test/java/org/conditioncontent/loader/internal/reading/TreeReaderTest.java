package org.conditioncontent.loader.internal.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.conditioncontent.loader.ConditionLoader;
import org.conditioncontent.loader.Diagnostic;
import org.conditioncontent.loader.LoadResult;
import org.conditioncontent.loader.SourceFormat;
import org.conditioncontent.loader.internal.Findings;
import org.conditioncontent.loader.internal.Limits;
import org.conditioncontent.loader.internal.Node;
import org.conditioncontent.loader.rules.RuleSet;
import org.junit.jupiter.api.Test;

/**
 * The tree reader on its own: every value and field name gets the line and column of its first
 * character (a quotation mark, for a quoted text), in characters, from JSON text, JSON bytes and
 * YAML alike; problems become findings, not exceptions.
 */
class TreeReaderTest {

    private static final TreeReader READER = new TreeReader(new Limits(1 << 20, 64, 10_000, 100));

    private static Findings findings() {
        return new Findings("doc", 100);
    }

    private static String at(Node node) {
        return node.line() + ":" + node.column();
    }

    @Test
    void yamlValuesStartAtTheirFirstCharacter() {
        String yaml = """
                title: Leg Cramps
                definition:
                  - true
                  - ok short.
                  - "quoted text"
                nested:
                  - - inner
                    - 'single'
                """;
        Node root = READER.read(yaml, SourceFormat.YAML, findings());
        assertThat(at(Node.locate(root, "/title"))).isEqualTo("1:8");
        assertThat(at(Node.locate(root, "/definition/0"))).isEqualTo("3:5");
        assertThat(at(Node.locate(root, "/definition/1"))).isEqualTo("4:5");
        assertThat(at(Node.locate(root, "/definition/2"))).isEqualTo("5:5");
        assertThat(at(Node.locate(root, "/nested/0/0"))).isEqualTo("7:7");
        assertThat(at(Node.locate(root, "/nested/0/1"))).isEqualTo("8:7");
        Node.ObjectNode object = (Node.ObjectNode) root;
        assertThat(object.fields()).extracting(f -> f.name() + "@" + f.line() + ":" + f.column())
                .containsExactly("title@1:1", "definition@2:1", "nested@6:1");
        assertThat(((Node.ScalarNode) Node.locate(root, "/definition/0")).kind()).isEqualTo(Node.Kind.BOOLEAN);
    }

    /**
     * A long YAML document is read by the engine in one chunk, so that a long token (a comment, a
     * run of spaces) costs time in proportion to its length, not its square; a short one shares the
     * small buffer.
     */
    @Test
    void aLongYamlDocumentIsReadWhole() {
        assertThat(TreeReader.engineBuffer(5_000)).isEqualTo(1024);
        assertThat(TreeReader.engineBuffer(64 * 1024)).isEqualTo(1024);
        assertThat(TreeReader.engineBuffer(64 * 1024 + 1)).isEqualTo(64 * 1024 + 2);
        assertThat(TreeReader.engineBuffer(4 << 20)).isEqualTo((4 << 20) + 1);
    }

    /** Read whole, a long document's values keep their positions, after emoji and long comments. */
    @Test
    void aLongYamlDocumentKeepsItsPositions() {
        String comment = "# " + "note ".repeat(30_000) + "\n";
        String yaml = "title: \"\uD83E\uDDB5 Leg Cramps\"\n" + comment + "definition:\n  - \uD83E\uDDB5 \"x\"\n" + comment
                + "id: \uD83E\uDDB5-a\n";
        assertThat(yaml.length()).isGreaterThan(64 * 1024);
        Findings found = findings();
        Node root = READER.read(yaml, SourceFormat.YAML, found);
        assertThat(found.hasErrors()).isFalse();
        assertThat(at(Node.locate(root, "/title"))).isEqualTo("1:8");
        assertThat(at(Node.locate(root, "/definition/0"))).isEqualTo("4:5");
        assertThat(at(Node.locate(root, "/id"))).isEqualTo("6:5");
        assertThat(((Node.ScalarNode) Node.locate(root, "/id")).text()).isEqualTo("\uD83E\uDDB5-a");
    }

    @Test
    void jsonColumnsCountCharactersFromTextAndFromBytes() {
        String json = "{\"name\": \"日本語\", \"next\": [\"🦵\", 12, 1.5, null]}";
        Node fromText = READER.read(json, SourceFormat.JSON, findings());
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        Node fromBytes = READER.readJson(bytes, 0, TextDecoder.scan(bytes), findings());
        for (Node root : List.of(fromText, fromBytes)) {
            assertThat(at(Node.locate(root, "/name"))).isEqualTo("1:10");
            // After three characters of three bytes each, the column still counts characters.
            assertThat(at(Node.locate(root, "/next"))).isEqualTo("1:25");
            assertThat(at(Node.locate(root, "/next/0"))).isEqualTo("1:26");
            assertThat(((Node.ScalarNode) Node.locate(root, "/next/1")).kind()).isEqualTo(Node.Kind.INTEGER);
            assertThat(((Node.ScalarNode) Node.locate(root, "/next/2")).kind()).isEqualTo(Node.Kind.DECIMAL);
            assertThat(((Node.ScalarNode) Node.locate(root, "/next/3")).kind()).isEqualTo(Node.Kind.NULL);
        }
        assertThat(fromBytes).isEqualTo(fromText);
    }

    /**
     * The YAML parser counts a character outside the Basic Multilingual Plane (an emoji, two Java
     * characters) as one column; positions count Java characters, as JSON's do and as editors
     * place them, or a finding after an emoji on its line points one character early for each.
     */
    @Test
    void yamlColumnsCountJavaCharactersAfterCharactersOutsideTheBasicPlane() {
        String line = "codes: [{display: \"🦵🦵 cramps\", sytem: x, code: \"𝔸\"}]";
        String yaml = "title: 🦵 Leg Cramps\n" + line + "\nnext: [\"🦵\", 12]\n";
        Node root = READER.read(yaml, SourceFormat.YAML, findings());
        assertThat(at(Node.locate(root, "/codes/0/display"))).isEqualTo("2:" + (line.indexOf("\"🦵🦵") + 1));
        Node.ObjectNode code = (Node.ObjectNode) Node.locate(root, "/codes/0");
        assertThat(code.fields()).extracting(f -> f.name() + "@" + f.line() + ":" + f.column()).containsExactly(
                "display@2:" + (line.indexOf("display") + 1), "sytem@2:" + (line.indexOf("sytem") + 1),
                "code@2:" + (line.indexOf("code:") + 1));
        assertThat(at(Node.locate(root, "/codes/0/code"))).isEqualTo("2:" + (line.indexOf("\"𝔸") + 1));
        assertThat(at(Node.locate(root, "/next/1"))).isEqualTo("3:" + ("next: [\"🦵\", ".length() + 1));
        // A syntax error after an emoji: its column counts Java characters too (the parser's
        // problem mark is the bracket it names; 12, in code points).
        Findings broken = findings();
        String bad = "title: \"🦵\" ]\n";
        READER.read(bad, SourceFormat.YAML, broken);
        assertThat(broken.sorted(Diagnostic.ORDER)).singleElement()
                .satisfies(d -> assertThat(d.column()).as(d.toString()).isEqualTo(bad.indexOf("]") + 1));
    }

    @Test
    void aDuplicateKeyIsAFindingAndTheFirstOneWins() {
        Findings findings = findings();
        Node root = READER.read("title: A\nid: a\ntitle: B\n", SourceFormat.YAML, findings);
        assertThat(((Node.ScalarNode) Node.locate(root, "/title")).text()).isEqualTo("A");
        assertThat(findings.sorted(Diagnostic.ORDER)).singleElement().satisfies(d -> {
            assertThat(d.rule()).isEqualTo("duplicate-key");
            assertThat(d.line() + ":" + d.column()).isEqualTo("3:1");
            assertThat(d.pointer()).isEqualTo("/title");
        });
    }

    @Test
    void malformedInputIsAFindingWithItsPosition() {
        Findings findings = findings();
        assertThat(READER.read("{\"title\": \"A\",\n  \"id\" \"a\"}", SourceFormat.JSON, findings)).isNull();
        assertThat(findings.sorted(Diagnostic.ORDER)).singleElement().satisfies(d -> {
            assertThat(d.rule()).isEqualTo("syntax");
            assertThat(d.line()).isEqualTo(2);
        });
        Findings empty = findings();
        assertThat(READER.read("", SourceFormat.YAML, empty)).isNull();
        assertThat(empty.sorted(Diagnostic.ORDER)).extracting(Diagnostic::rule).containsExactly("syntax");
    }

    /**
     * A YAML syntax error is where the parser found what it could not read, its problem mark, not
     * at the end of the token before (the line before, for a tab); a document cut short inside a
     * quoted text is reported at the quotation mark that is left open. The parser's words for a
     * tab, a reserved character and a line out of place ("Do not use @ for indentation", "expected
     * &lt;block end&gt;") become what to do.
     */
    @Test
    void yamlSyntaxErrorsAreWhereTheParserFoundTheProblem() {
        String head = "formatVersion: 1\nid: t\ntitle: T\n";
        String[][] cases = {
            {"alsoCalled:\n\t- a\n", "5:1", "The YAML is indented with a tab here; indent with spaces only"},
            {"disclaimer: @at\n", "4:13", "The YAML is malformed: a plain value cannot start with @; put the value in quotes"},
            {"disclaimer: `tick\n", "4:13", "The YAML is malformed: a plain value cannot start with `; put the value in quotes"},
            {"disclaimer: \"bad \\q escape\"\n", "4:19"},
            {"- a\n", "4:1", "The YAML is malformed: this line does not fit the lines above it"},
            {"disclaimer: \"Asthma\" in children\n", "4:22",
                "The YAML is malformed: this line does not fit the lines above it: text after a closing quotation mark"
                        + " (put the whole value in quotes)"},
            {"alsoCalled:\n  - a\n - b\n", "6:2"},
            {"disclaimer: \"🦵 \\q\"\n", "4:18"},
            {"disclaimer: \"abc\nfeedback: x\n", "4:13"},
        };
        for (String[] c : cases) {
            Findings findings = findings();
            assertThat(READER.read(head + c[0], SourceFormat.YAML, findings)).isNull();
            assertThat(findings.sorted(Diagnostic.ORDER)).as(c[0]).singleElement()
                    .satisfies(d -> {
                        assertThat(d.line() + ":" + d.column()).as(d.message()).isEqualTo(c[1]);
                        assertThat(d.message()).startsWith(c.length > 2 ? c[2] : "The YAML");
                    });
        }
    }

    /**
     * A plain {@code ~}, {@code Null} or {@code NULL} is null, as in YAML 1.2's core schema, which
     * editors' YAML tools read: as the text "~" it was published as an article's disclaimer. Quoted,
     * it is text; {@code True} stays a text, as the JSON schema reads it.
     */
    @Test
    void yamlPlainTildeAndCapitalisedNullAreNull() {
        Node root = READER.read("a: ~\nb: Null\nc: NULL\nd: null\ne:\nf: \"~\"\ng: '~'\nh: nULL\ni: True\nj: ~x\n",
                SourceFormat.YAML, findings());
        assertThat(List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j"))
                .extracting(name -> name + "=" + ((Node.ScalarNode) Node.locate(root, "/" + name)).kind())
                .containsExactly("a=NULL", "b=NULL", "c=NULL", "d=NULL", "e=NULL", "f=STRING", "g=STRING", "h=STRING", "i=STRING", "j=STRING");
    }

    /** A required field written as {@code ~} is missing, as the editor's schema check says. */
    @Test
    void aRequiredFieldWrittenAsTildeIsMissing() {
        ConditionLoader loader = ConditionLoader.builder().rules(RuleSet.none()).build();
        LoadResult tilde = loader.load("t.yaml", "formatVersion: 1\nid: a\ntitle: ~\n", SourceFormat.YAML);
        assertThat(tilde.diagnostics()).extracting(Diagnostic::rule).containsExactly("required");
        LoadResult quoted = loader.load("t.yaml", "formatVersion: 1\nid: a\ntitle: \"~\"\n", SourceFormat.YAML);
        assertThat(quoted.diagnostics()).isEmpty();
        assertThat(quoted.orThrow().title()).isEqualTo("~");
    }

    @Test
    void yamlAnchorsAreFindings() {
        Findings findings = findings();
        READER.read("a: &x one\nb: *x\n", SourceFormat.YAML, findings);
        assertThat(findings.sorted(Diagnostic.ORDER)).extracting(Diagnostic::rule).contains("yaml-feature");
    }

    private static List<String> messages(TreeReader reader, String yaml) {
        Findings found = findings();
        reader.read(yaml, SourceFormat.YAML, found);
        return found.sorted(Diagnostic.ORDER).stream().map(Diagnostic::message).toList();
    }

    @Test
    void anArticleReaderExplainsProblemsInTermsOfArticlesWordForWord() {
        assertThat(messages(READER, "# nothing yet\n")).containsExactly(
                "The file is empty; an article is an object with at least an id and a title");
        assertThat(messages(READER, "id: a\n---\nid: b\n")).containsExactly(
                "There is more after the end of the article; a file holds exactly one article");
        assertThat(messages(READER, "id: &x [a]\n")).containsExactly(
                "YAML anchors (&x) are not allowed in articles; remove the anchor");
    }

    @Test
    void anotherDocumentsProblemsNameThatDocumentAndItsEmptinessCanBeFine() {
        TreeReader reader = new TreeReader(new Limits(1 << 20, 64, 10_000, 100),
                new TreeReader.Document("rules configuration", "rules configurations", null, "option values", "rules"));

        Findings empty = findings();
        assertThat(reader.read("# every rule at its default\n", SourceFormat.YAML, empty)).isNull();
        assertThat(empty.sorted(Diagnostic.ORDER)).isEmpty();
        assertThat(messages(reader, "rules: {}\n---\nrules: {}\n")).containsExactly(
                "There is more after the end of the rules configuration; a file holds exactly one rules configuration");
        assertThat(messages(reader, "rules: &x {}\n")).containsExactly(
                "YAML anchors (&x) are not allowed in rules configurations; remove the anchor");
    }
}
