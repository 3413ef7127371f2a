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
    void aFindingLeftOutOverTheCapCountsAsAnError() {
        // What was left out is not known, so the file cannot be taken for one without errors.
        Findings findings = new Findings("a.json", 1);
        findings.add(at(1, Severity.WARNING));
        findings.add(at(2, Severity.WARNING));
        assertThat(findings.hasErrors()).isTrue();
    }
}
