package org.conditioncontent.loader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.conditioncontent.loader.rules.RuleSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@link ConditionLoader#load(String, InputStream, SourceFormat)}: a stream loads as its bytes do,
 * and one longer than the limit is reported after reading one byte over it, however long it is.
 */
class LoadStreamTest {

    private static final Path ARTICLE = Path.of("../examples/conditions/muscle-cramps.yaml");
    private static final ConditionLoader LOADER = ConditionLoader.builder().rules(RuleSet.none()).build();

    /** A stream without end that counts what is read from it and whether it was closed. */
    private static final class Endless extends InputStream {
        long read;
        boolean closed;

        @Override
        public int read() {
            read++;
            return ' ';
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    @Test
    void aStreamLoadsAsItsBytesDoAndIsNotClosed() throws IOException {
        byte[] bytes = Files.readAllBytes(ARTICLE);
        boolean[] closed = {false};
        InputStream in = new ByteArrayInputStream(bytes) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        LoadResult fromStream = LOADER.load("upload.yaml", in, SourceFormat.YAML);
        assertThat(fromStream).isEqualTo(LOADER.load("upload.yaml", bytes, SourceFormat.YAML));
        assertThat(fromStream.isValid()).isTrue();
        assertThat(closed[0]).isFalse();
    }

    @Test
    @Timeout(10)
    void anEndlessStreamIsReportedAtTheLimitWithoutReadingOn() {
        ConditionLoader small = ConditionLoader.builder().rules(RuleSet.none()).maxDocumentSize(1000).build();
        Endless in = new Endless();
        LoadResult result = small.load("upload.yaml", in, SourceFormat.YAML);
        assertThat(result.diagnostics()).extracting(d -> d.rule() + " " + d.line() + ":" + d.column() + " " + d.message())
                .containsExactly("limit 1:1 The document is over the limit of 1000 bytes (limit maxDocumentSize)");
        assertThat(in.read).isEqualTo(1001);
        assertThat(in.closed).isFalse();
    }

    @Test
    void aDocumentOfExactlyTheLimitIsRead() {
        byte[] bytes = "id: a\n".getBytes(StandardCharsets.UTF_8);
        ConditionLoader exact = ConditionLoader.builder().rules(RuleSet.none()).maxDocumentSize(bytes.length).build();
        assertThat(exact.load("a.yaml", new ByteArrayInputStream(bytes), SourceFormat.YAML).diagnostics())
                .extracting(Diagnostic::rule).doesNotContain("limit");
    }

    @Test
    void aStreamThatFailsThrowsWithItsCause() {
        InputStream broken = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("connection reset");
            }
        };
        assertThatThrownBy(() -> LOADER.load("upload.yaml", broken, SourceFormat.YAML))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessage("Cannot read upload.yaml: connection reset")
                .hasCauseInstanceOf(IOException.class);
    }

    @Test
    void aStreamFailureWithoutAMessageIsNamedByItsKind() {
        InputStream broken = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new java.io.EOFException();
            }
        };
        assertThatThrownBy(() -> LOADER.load("upload.yaml", broken, SourceFormat.YAML))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessage("Cannot read upload.yaml: EOFException");
    }
}
