package org.conditioncontent.loader.internal.binding;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.conditioncontent.loader.Diagnostic;
import org.conditioncontent.loader.SourceFormat;
import org.conditioncontent.loader.format1.RiskFactor;
import org.conditioncontent.loader.internal.Findings;
import org.conditioncontent.loader.internal.Limits;
import org.conditioncontent.loader.internal.Node;
import org.conditioncontent.loader.internal.reading.TreeReader;
import org.conditioncontent.model.Condition;
import org.conditioncontent.model.MedicalCode;
import org.conditioncontent.model.Suppression;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The binder on its own: a value that does not fit is a finding and is left out, and the source
 * map remembers where every later element of its list came from.
 */
class BinderTest {

    private static final TreeReader READER = new TreeReader(new Limits(1 << 20, 64, 10_000, 100));

    private record Bound(Condition condition, Binder binder, Findings findings) {}

    private record BoundV1(org.conditioncontent.loader.format1.Condition condition, Binder binder, Findings findings) {}

    private static Bound bind(String yaml) {
        Findings findings = new Findings("doc.yaml", 100);
        Node root = READER.read(yaml, SourceFormat.YAML, findings);
        Binder binder = new Binder(findings);
        return new Bound((Condition) binder.bind(root, Condition.class), binder, findings);
    }

    /** The binder reads format 1 into its own records, exactly as it reads format 2 into the model's. */
    private static BoundV1 bindV1(String yaml) {
        Findings findings = new Findings("doc.yaml", 100);
        Node root = READER.read(yaml, SourceFormat.YAML, findings);
        Binder binder = new Binder(findings);
        return new BoundV1((org.conditioncontent.loader.format1.Condition) binder.bind(root, org.conditioncontent.loader.format1.Condition.class),
                binder, findings);
    }

    @Test
    void aNumberBeyondAnIntsRangeIsToldByTheBoundTheModelGivesIt() {
        // 99999 is "must be a four-digit year" (the validator's finding); 99999999999 said the int
        // range instead, words about Java rather than about a year.
        Bound b = bind("""
                formatVersion: 2
                id: a
                title: A
                references:
                  - type: article-journal
                    title: T
                    year: 99999999999
                  - type: article-journal
                    title: U
                    year: -99999999999
                    month: 999999999999999999999999999999999999999
                """);
        assertThat(b.findings().sorted(Diagnostic.ORDER)).extracting(d -> d.pointer() + " " + d.rule() + " " + d.message()).containsExactly(
                "/references/0/year range \"year\" must be a four-digit year; it is 99999999999",
                "/references/1/year range \"year\" must be a four-digit year; it is -99999999999",
                "/references/1/month range \"month\" must be a month from 1 to 12; it is a number of 39 digits");
    }

    @Test
    void anElementThatDoesNotBindIsLeftOutAndTheMapKeepsTheSourceIndexes() {
        BoundV1 b = bindV1("""
                formatVersion: 1
                id: a
                title: A
                definition:
                  - true
                  - first good
                  - [not, text]
                  - second good
                """);
        assertThat(b.condition().definition()).containsExactly("first good", "second good");
        assertThat(b.findings().sorted(Diagnostic.ORDER)).extracting(Diagnostic::pointer).containsExactly("/definition/0", "/definition/2");
        assertThat(b.binder().failedPointers()).containsExactlyInAnyOrder("/definition/0", "/definition/2");
        SourceMap map = b.binder().sourceMap();
        assertThat(map.toSource(b.condition(), "/definition/0")).isEqualTo("/definition/1");
        assertThat(map.toSource(b.condition(), "/definition/1")).isEqualTo("/definition/3");
        assertThat(map.toSource(b.condition(), "/definition")).isEqualTo("/definition");
        assertThat(map.toSource(b.condition(), "/title")).isEqualTo("/title");
    }

    @Test
    void nestedListsKeepTheirOwnIndexesThroughTheRecordsThatCopyThem() {
        BoundV1 b = bindV1("""
                formatVersion: 1
                id: a
                title: A
                riskFactors:
                  items:
                    - just text
                    - name: Age
                      examples: [1.5, {}, over fifty]
                      items:
                        - false
                        - name: Inner
                """);
        RiskFactor age = b.condition().riskFactors().items().get(0);
        assertThat(age.examples()).containsExactly("1.5", "over fifty");
        assertThat(age.items()).extracting(RiskFactor::name).containsExactly("Inner");
        SourceMap map = b.binder().sourceMap();
        assertThat(map.toSource(b.condition(), "/riskFactors/items/0/examples/1")).isEqualTo("/riskFactors/items/1/examples/2");
        assertThat(map.toSource(b.condition(), "/riskFactors/items/0/items/0/name")).isEqualTo("/riskFactors/items/1/items/1/name");
        // A pointer past the bound values (a missing field) keeps its tail as it is.
        assertThat(map.toSource(b.condition(), "/riskFactors/items/0/conjunction")).isEqualTo("/riskFactors/items/1/conjunction");
    }

    @Test
    void anArticleThatBindsWholeHasAnEmptyMap() {
        Bound b = bind("""
                formatVersion: 1
                id: a
                title: A
                alsoCalled: [One, 2, Three]
                """);
        assertThat(b.condition().alsoCalled()).containsExactly("One", "2", "Three");
        assertThat(b.findings().sorted(Diagnostic.ORDER)).isEmpty();
        assertThat(b.binder().sourceMap().isEmpty()).isTrue();
        assertThat(b.binder().sourceMap().toSource(b.condition(), "/alsoCalled/2")).isEqualTo("/alsoCalled/2");
    }

    @Test
    void nullIsAbsentAndAnUnknownFieldIsAFinding() {
        Bound b = bind("""
                formatVersion: 1
                id: a
                title: A
                language: null
                alsoCalled: null
                colour: red
                """);
        assertThat(b.condition().language()).isNull();
        assertThat(b.condition().alsoCalled()).isEmpty();
        assertThat(b.findings().sorted(Diagnostic.ORDER)).singleElement().satisfies(d -> {
            assertThat(d.rule()).isEqualTo("unknown-field");
            assertThat(d.pointer()).isEqualTo("/colour");
            assertThat(d.line() + ":" + d.column()).isEqualTo("6:1");
        });
        assertThat(b.binder().failedPointers()).containsExactly("/colour");
    }

    @Test
    void anUnknownValueIsNamedWithItsArticle() {
        Bound b = bind("""
                formatVersion: 2
                id: a
                title: A
                codes:
                  - system: icd-99
                    code: X
                body:
                  - kind: medications
                    blocks:
                      - items:
                          - text: Quinine
                            kind: pill
                """);
        assertThat(b.findings().sorted(Diagnostic.ORDER)).extracting(Diagnostic::message).containsExactly(
                "\"icd-99\" is not a coding system; did you mean \"icd-10\"?",
                "\"pill\" is not an item kind; use one of: risk-factor, cause, symptom, test, treatment, prevention,"
                        + " medication, drug, drug-class, complication, other");
    }

    @Test
    void aListElementThatFailsIsReportedAtItsOwnPosition() {
        Bound b = bind("""
                formatVersion: 1
                id: a
                title: A
                codes:
                  - system: icd-10-cm
                    code: G47.62
                  - system: icd-99
                    code: X
                  - system: mesh
                    code: D009120
                """);
        assertThat(b.findings().sorted(Diagnostic.ORDER)).singleElement().satisfies(d -> {
            assertThat(d.rule()).isEqualTo("unknown-value");
            assertThat(d.pointer()).isEqualTo("/codes/1/system");
            assertThat(d.line() + ":" + d.column()).isEqualTo("7:13");
        });
        // A code needs its system: the one without is not built, and the list holds the other two.
        assertThat(b.condition().codes()).extracting(MedicalCode::code).containsExactly("G47.62", "D009120");
        assertThat(b.binder().unbuilt()).singleElement().satisfies(u -> {
            assertThat(u.at().toString()).isEqualTo("/codes/1");
            assertThat(u.component("code")).isEqualTo("X");
            assertThat(u.component("system")).isNull();
        });
        assertThat(b.binder().sourceMap().toSource(b.condition(), "/codes/1/code")).isEqualTo("/codes/2/code");
    }

    @Test
    void aRecordWithoutARequiredFieldIsNotBuiltAndTheFieldIsReported() {
        Bound b = bind("""
                formatVersion: 1
                id: a
                title: A
                suppressions:
                  - field: /definition
                    reason: Checked by hand.
                  - rule: whitespace
                    field: /title
                    reason: Kept.
                """);
        assertThat(b.condition().suppressions()).extracting(Suppression::rule).containsExactly("whitespace");
        assertThat(b.findings().sorted(Diagnostic.ORDER)).singleElement().satisfies(d -> {
            assertThat(d.rule()).isEqualTo("required");
            assertThat(d.pointer()).isEqualTo("/suppressions/0/rule");
            assertThat(d.line() + ":" + d.column()).isEqualTo("5:5");
            assertThat(d.message()).isEqualTo("Item 1 of \"suppressions\" has no \"rule\"; add it");
        });
        // Not a failed value: what did bind of it is still validated.
        assertThat(b.binder().failedPointers()).isEmpty();
    }

    @Test
    void anArticleWithoutItsTitleIsNotBuilt() {
        Bound b = bind("""
                formatVersion: 1
                id: a
                alsoCalled: [One]
                """);
        assertThat(b.condition()).isNull();
        assertThat(b.findings().sorted(Diagnostic.ORDER)).extracting(Diagnostic::message).containsExactly("The article has no \"title\"; add it");
        assertThat(b.binder().unbuilt()).singleElement().satisfies(u -> assertThat(u.component("alsoCalled")).isEqualTo(List.of("One")));
    }

    /**
     * The binder builds a record only when every component it requires has a value, and it takes
     * "required" from the Bean Validation constraints. The model says the same with JSpecify:
     * exactly the components that may be {@code null} are {@code @Nullable}. If the two disagreed,
     * a record could hold {@code null} where its type says it never does.
     */
    @Test
    void everyComponentTheBinderMayLeaveNullIsNullableInTheModel() {
        List<String> disagreements = new ArrayList<>();
        for (Class<?> type : modelRecords()) {
            for (RecordComponent c : type.getRecordComponents()) {
                boolean nullable = c.getAnnotatedType().isAnnotationPresent(Nullable.class);
                boolean required = c.getType().isPrimitive() || c.getType() == List.class
                        || Stream.of(NotNull.class, NotBlank.class, NotEmpty.class).anyMatch(a -> c.getAccessor().isAnnotationPresent(a));
                if (nullable == required) {
                    disagreements.add(type.getSimpleName() + "." + c.getName() + (nullable ? " is @Nullable but required" : " is neither @Nullable nor required"));
                }
            }
        }
        assertThat(disagreements).isEmpty();
    }

    /** The records an article is made of, from {@link Condition} through its components' types. */
    static List<Class<?>> modelRecords() {
        List<Class<?>> out = new ArrayList<>();
        collect(Condition.class, out);
        assertThat(out).hasSizeGreaterThan(15);
        return out;
    }

    private static void collect(Class<?> type, List<Class<?>> out) {
        if (type.isSealed()) {
            for (Class<?> variant : type.getPermittedSubclasses()) {
                collect(variant, out); // a block is one of these records
            }
            return;
        }
        if (!type.isRecord() || out.contains(type)) {
            return;
        }
        out.add(type);
        for (RecordComponent c : type.getRecordComponents()) {
            Class<?> raw = c.getType() == List.class
                    ? (Class<?>) ((ParameterizedType) c.getGenericType()).getActualTypeArguments()[0]
                    : c.getType();
            collect(raw, out);
        }
    }
    /**
     * Field names from the JSON reader are interned and found by identity; names made otherwise
     * (here: copies of every name in the tree) must bind to the same article with the same
     * findings, an unknown field's included.
     */
    @Test
    void fieldNamesBindAlikeWhetherInternedOrNot() {
        String json = """
                {"formatVersion": 2, "id": "leg-cramps", "title": "Leg cramps", "summary": "Cramps.",
                 "body": [{"kind": "overview", "heading": "About", "blocks": ["Text.", {"items": ["a", "b"]}]}],
                 "lastReviewed": "2024-05", "colour": "red"}
                """;
        Findings read = new Findings("doc.json", 100);
        Node interned = READER.read(json, SourceFormat.JSON, read);
        Node copied = copyNames(interned);
        assertThat(copied).isEqualTo(interned);
        Findings first = new Findings("doc.json", 100);
        Findings second = new Findings("doc.json", 100);
        Object fromInterned = new Binder(first).bind(interned, Condition.class);
        Object fromCopied = new Binder(second).bind(copied, Condition.class);
        assertThat(fromCopied).isEqualTo(fromInterned);
        assertThat(first.sorted(Diagnostic.ORDER)).extracting(Diagnostic::rule).contains("unknown-field");
        assertThat(second.sorted(Diagnostic.ORDER)).isEqualTo(first.sorted(Diagnostic.ORDER));
    }

    private static Node copyNames(Node node) {
        if (node instanceof Node.ObjectNode object) {
            List<Node.Field> fields = new ArrayList<>();
            for (Node.Field f : object.fields()) {
                fields.add(new Node.Field(new String(f.name().toCharArray()), f.line(), f.column(), copyNames(f.value())));
            }
            return new Node.ObjectNode(fields, object.line(), object.column());
        }
        if (node instanceof Node.ArrayNode array) {
            return new Node.ArrayNode(array.items().stream().map(BinderTest::copyNames).toList(), array.line(), array.column());
        }
        return node;
    }
}
