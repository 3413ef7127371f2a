package org.conditioncontent.loader.internal.reading;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Whom a failed allocation of a file's bytes is blamed on: the file when it is large against the
 * heap's limit (a finding about it), else the heap's state (the error goes on to the caller).
 */
class DocumentReaderTest {

    private static final long MB = 1024 * 1024;

    @Test
    void aFileOverAQuarterOfTheHeapIsToBlameForItsOwnBytes() {
        assertThat(DocumentReader.isLargerThanTheHeapHolds(300 * MB, 1024 * MB)).isTrue();
    }

    @Test
    void anOrdinaryFileFoundTheHeapFullOfOtherThings() {
        assertThat(DocumentReader.isLargerThanTheHeapHolds(5_000, 16 * MB)).isFalse();
        assertThat(DocumentReader.isLargerThanTheHeapHolds(256 * MB, 1024 * MB)).isFalse();
    }
}
