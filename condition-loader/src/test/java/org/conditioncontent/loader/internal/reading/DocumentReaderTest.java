package org.conditioncontent.loader.internal.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.conditioncontent.loader.Diagnostic;
import org.conditioncontent.loader.internal.Findings;
import org.junit.jupiter.api.Test;

/**
 * Whom a failed allocation while a file is read is blamed on: the file when it is large against
 * the heap's limit (a finding about it), else the heap's state (the error goes on to the caller).
 */
class DocumentReaderTest {

    private static final long MB = 1024 * 1024;

    private final Findings findings = new Findings("big.json", 10);

    @Test
    void aFileOverAQuarterOfTheHeapIsReportedAsUnreadable() {
        DocumentReader.ranOutOfMemory(new OutOfMemoryError("Java heap space"), 300 * MB, 1024 * MB, findings);

        assertThat(findings.sorted(Diagnostic.ORDER)).singleElement().satisfies(d -> {
            assertThat(d.rule()).isEqualTo("file-unreadable");
            assertThat(d.message()).isEqualTo("The file cannot be read: Java heap space");
        });
    }

    @Test
    void anOrdinaryFileThatFoundTheHeapFullPassesTheErrorOn() {
        OutOfMemoryError full = new OutOfMemoryError("Java heap space");

        assertThatThrownBy(() -> DocumentReader.ranOutOfMemory(full, 5_000, 16 * MB, findings)).isSameAs(full);
        assertThatThrownBy(() -> DocumentReader.ranOutOfMemory(full, 256 * MB, 1024 * MB, findings)).isSameAs(full);
        assertThat(findings.sorted(Diagnostic.ORDER)).isEmpty();
    }
}
