package org.conditioncontent.loader.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.conditioncontent.loader.Diagnostic;
import org.conditioncontent.loader.Severity;
import org.junit.jupiter.api.Test;

class FindingsTest {

    private static Diagnostic at(int line, Severity severity) {
        return new Diagnostic("a.json", line, 1, "/title", severity, "test", "A finding");
    }

    @Test
    void anErrorAnywhereAmongTheFindingsIsSeen() {
        Findings findings = new Findings("a.json", 10);
        assertThat(findings.hasErrors()).isFalse();
        findings.add(at(1, Severity.WARNING));
        findings.add(at(2, Severity.INFO));
        assertThat(findings.hasErrors()).as("warnings and notes only").isFalse();
        findings.add(at(3, Severity.ERROR));
        findings.add(at(4, Severity.WARNING));
        assertThat(findings.hasErrors()).as("an error between warnings").isTrue();
        Findings lastOnly = new Findings("a.json", 10);
        lastOnly.add(at(1, Severity.INFO));
        lastOnly.add(at(2, Severity.ERROR));
        assertThat(lastOnly.hasErrors()).as("an error after a note, last").isTrue();
    }

    @Test
    void warningsLeftOutOverTheCapAreNotErrors() {
        // Each finding's severity is known when it is left out: many warnings must not make an
        // article that loads into one that does not (an export then left it out without a word).
        Findings findings = new Findings("a.json", 1);
        findings.add(at(1, Severity.WARNING));
        findings.add(at(2, Severity.WARNING));
        findings.add(at(3, Severity.INFO));

        assertThat(findings.hasErrors()).isFalse();
        assertThat(findings.sorted(Diagnostic.ORDER)).last().satisfies(d -> {
            assertThat(d.severity()).isEqualTo(Severity.INFO);
            assertThat(d.message()).isEqualTo("2 more problems in this file are not shown (limit maxDiagnosticsPerFile = 1);"
                    + " fix these and run again");
        });
    }

    @Test
    void anErrorLeftOutOverTheCapIsAnErrorAndTheLastLineSaysSo() {
        Findings findings = new Findings("a.json", 1);
        findings.add(at(1, Severity.WARNING));
        findings.add(at(2, Severity.ERROR));
        findings.add(at(3, Severity.WARNING));

        assertThat(findings.hasErrors()).isTrue();
        // No error is among those shown, so the line that counts them is one.
        assertThat(findings.sorted(Diagnostic.ORDER)).extracting(Diagnostic::severity).containsExactly(Severity.WARNING, Severity.ERROR);
        assertThat(findings.sorted(Diagnostic.ORDER).get(1).message()).isEqualTo(
                "2 more problems in this file are not shown (limit maxDiagnosticsPerFile = 1, 1 of them errors); fix these and run again");
    }

    @Test
    void errorsLeftOutBesideAnErrorShownKeepTheLineANote() {
        Findings findings = new Findings("a.json", 1);
        findings.add(at(1, Severity.ERROR));
        findings.add(at(2, Severity.ERROR));
        Findings other = new Findings("a.json", 0);
        other.add(at(3, Severity.ERROR));
        findings.addAll(other);

        assertThat(findings.hasErrors()).isTrue();
        assertThat(findings.sorted(Diagnostic.ORDER)).last().satisfies(d -> {
            assertThat(d.severity()).isEqualTo(Severity.INFO);
            assertThat(d.message()).contains("(limit maxDiagnosticsPerFile = 1, all errors)");
        });
    }
}
