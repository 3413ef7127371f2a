package org.conditioncontent.loader.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.conditioncontent.loader.Diagnostic;
import org.conditioncontent.loader.SourceFormat;
import org.conditioncontent.model.Condition;
import org.conditioncontent.model.RiskFactor;
import org.junit.jupiter.api.Test;

/**
 * The binder on its own: a value that does not fit is a finding and is left out, and the source
 * map remembers where every later element of its list came from.
 */
class BinderTest {

    private static final TreeReader READER = new TreeReader(new Limits(1 << 20, 64, 10_000, 100));

    private record Bound(Condition condition, Binder binder, Findings findings) {}

    private static Bound bind(String yaml) {
        Findings findings = new Findings("doc.yaml", 100);
        Node root = READER.read(yaml, SourceFormat.YAML, findings);
        Binder binder = new Binder(findings);
        return new Bound((Condition) binder.bind(root, Condition.class), binder, findings);
    }

    @Test
    void anElementThatDoesNotBindIsLeftOutAndTheMapKeepsTheSourceIndexes() {
        Bound b = bind("""
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
        Bound b = bind("""
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
    }
}
