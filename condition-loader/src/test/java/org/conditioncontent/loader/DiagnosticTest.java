package org.conditioncontent.loader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DiagnosticTest {

    /** The order as its documentation states it, key by key. */
    private static final Comparator<Diagnostic> DOCUMENTED = Comparator.comparing(Diagnostic::source)
            .thenComparingInt(Diagnostic::line)
            .thenComparingInt(Diagnostic::column)
            .thenComparing(Diagnostic::rule)
            .thenComparing(Diagnostic::pointer)
            .thenComparing(Diagnostic::message);

    @Test
    void theReportOrderComparesKeyByKeyAsDocumented() {
        // Few values per component, so that most pairs tie on the first keys and a later key decides.
        Random random = new Random(20261130L);
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            diagnostics.add(new Diagnostic(pick(random, "a.json", "b.json", "é.json"), 1 + random.nextInt(3),
                    1 + random.nextInt(3), pick(random, "", "/id", "/title"), pick(random, Severity.values()),
                    pick(random, "duplicate-id", "unknown-field"), pick(random, "Fix it", "fix it")));
        }
        for (Diagnostic a : diagnostics) {
            for (Diagnostic b : diagnostics) {
                assertThat(Integer.signum(Diagnostic.ORDER.compare(a, b))).as("%s against %s", a, b)
                        .isEqualTo(Integer.signum(DOCUMENTED.compare(a, b)));
            }
        }
    }

    @Test
    void aLaterKeyDecidesOnlyWhenTheEarlierOnesTie() {
        Diagnostic first = new Diagnostic("a.json", 2, 9, "/z", Severity.ERROR, "z-rule", "z");
        assertThat(Diagnostic.ORDER.compare(first, new Diagnostic("b.json", 1, 1, "", Severity.ERROR, "a", "a"))).isNegative();
        assertThat(Diagnostic.ORDER.compare(first, new Diagnostic("a.json", 10, 1, "", Severity.ERROR, "a", "a")))
                .as("lines compare as numbers, 2 before 10").isNegative();
        assertThat(Diagnostic.ORDER.compare(first, new Diagnostic("a.json", 2, 10, "", Severity.ERROR, "a", "a"))).isNegative();
        assertThat(Diagnostic.ORDER.compare(first, new Diagnostic("a.json", 2, 9, "/z", Severity.ERROR, "z-rule", "y"))).isPositive();
        assertThat(Diagnostic.ORDER.compare(first, new Diagnostic("a.json", 2, 9, "/z", Severity.WARNING, "z-rule", "z")))
                .as("the severity takes no part").isZero();
    }

    @Test
    void linesAndColumnsAreOneBased() {
        assertThatThrownBy(() -> new Diagnostic("a.json", 0, 1, "", Severity.ERROR, "r", "m"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1-based");
        assertThat(new Diagnostic("a.json", 3, 4, "/id", Severity.ERROR, "duplicate-id", "Give it its own id"))
                .hasToString("a.json:3:4: error: Give it its own id [duplicate-id]");
    }

    @SafeVarargs
    private static <T> T pick(Random random, T... values) {
        return values[random.nextInt(values.length)];
    }

    @Test
    void aLoadExceptionKeepsItsDiagnosticsWhenSerialized() throws Exception {
        ConditionLoadException thrown = new ConditionLoadException("a.yaml", ConditionLoader.builder().build()
                .load("a.yaml", "formatVersion: 2\nid: Not An Id\ntitle: A\n", SourceFormat.YAML).diagnostics());
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
            out.writeObject(thrown);
        }

        ConditionLoadException read;
        try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
            read = (ConditionLoadException) in.readObject();
        }

        assertThat(thrown.diagnostics()).isNotEmpty();
        assertThat(read.diagnostics()).isEqualTo(thrown.diagnostics());
        assertThat(read.getMessage()).isEqualTo(thrown.getMessage());
    }
}
