package org.conditioncontent.loader.internal.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading a file into an array of the size it had when checked: exactly its bytes when it kept
 * that size, and still all of them, up to the limit, when it grew or shrank in between (the size
 * passed stands for the one checked).
 */
class RegularFileTest {

    @TempDir
    Path folder;

    private byte[] readAs(String content, int checkedSize, int maxBytes) throws IOException {
        Path file = Files.writeString(folder.resolve("article.json"), content);
        try (SeekableByteChannel in = Files.newByteChannel(file)) {
            return RegularFile.read(in, checkedSize, maxBytes);
        }
    }

    @Test
    void aFileOfItsCheckedSizeIsReadWhole() throws IOException {
        String content = "{\"title\": \"Crampe à la jambe\"}";
        int size = content.getBytes(StandardCharsets.UTF_8).length;
        assertThat(readAs(content, size, 100)).isEqualTo(content.getBytes(StandardCharsets.UTF_8));
        assertThat(RegularFile.read(Files.writeString(folder.resolve("b.json"), content), 100))
                .isEqualTo(content.getBytes(StandardCharsets.UTF_8));
        assertThat(readAs("", 0, 100)).isEmpty();
    }

    @Test
    void aFileThatGrewIsReadOnUpToTheLimit() throws IOException {
        assertThat(readAs("0123456789", 4, 100)).isEqualTo("0123456789".getBytes(StandardCharsets.US_ASCII));
        assertThat(readAs("0123456789", 4, 10)).isEqualTo("0123456789".getBytes(StandardCharsets.US_ASCII));
        assertThat(readAs("0123456789", 9, 10)).isEqualTo("0123456789".getBytes(StandardCharsets.US_ASCII));
        assertThatThrownBy(() -> readAs("0123456789", 4, 9)).isInstanceOfSatisfying(RegularFile.Refused.class, e -> {
            assertThat(e.tooLarge()).isTrue();
            assertThat(e.getMessage()).isEqualTo("is longer than 9 bytes");
        });
        assertThatThrownBy(() -> readAs("0123456789", 9, 9)).isInstanceOf(RegularFile.Refused.class);
    }

    @Test
    void aFileThatShrankGivesWhatItHolds() throws IOException {
        assertThat(readAs("0123", 10, 100)).isEqualTo("0123".getBytes(StandardCharsets.US_ASCII));
    }
}
