package org.conditioncontent.render.internal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PipedWriter;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.conditioncontent.json.Utf8Buffer;
import org.conditioncontent.json.Utf8Text;
import org.junit.jupiter.api.Test;

/**
 * A constant written to the library's sink is the UTF-8 bytes of its text, as an
 * {@code OutputStreamWriter} writes them after whatever came before; written anywhere else, it is its text.
 */
class Utf8ConstantTest {

    private static byte[] bytes(Utf8Text text) {
        return Arrays.copyOf(text.array(), text.byteLength());
    }

    @Test
    void writesItsBytesToASinkAndItsTextElsewhere() throws IOException {
        String[] texts = {"</section>\n", "\u00a9 ", "a \u2014 b", "\ud83d\ude00!", "<meta charset=\"utf-8\">\n"};
        for (int capacity : new int[] {2, 5, 64}) {
            Utf8Buffer sink = new Utf8Buffer(capacity);
            StringBuilder builder = new StringBuilder();
            for (String text : texts) {
                Utf8Constant constant = Utf8Constant.of(text);
                constant.writeTo(sink);
                constant.writeTo(builder);
                assertThat(constant.text()).isEqualTo(text);
                assertThat(constant).hasToString(text);
            }
            assertThat(builder.toString()).isEqualTo(String.join("", texts));
            assertThat(bytes(sink.text())).as("capacity %d", capacity).isEqualTo(String.join("", texts).getBytes(UTF_8));
        }
    }

    @Test
    void aHighSurrogatePendingBeforeItIsWrittenAsAnEncoderWritesIt() throws IOException {
        Utf8Buffer sink = new Utf8Buffer(4);
        sink.write("ab\ud83d");
        Utf8Constant.of("</li>\n").writeTo(sink);
        // An OutputStreamWriter writes the unpaired half as '?'.
        assertThat(bytes(sink.text())).isEqualTo("ab?</li>\n".getBytes(UTF_8));
    }

    @Test
    void refusesTextThatIsNotWholeCharacters() {
        assertThatThrownBy(() -> Utf8Constant.of("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Utf8Constant.of("\ude00a")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("whole characters");
        assertThatThrownBy(() -> Utf8Constant.of("a\ud83d")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aFailingOutputFailsUnchecked() {
        // A pipe's writer with no reader fails every write.
        assertThatThrownBy(() -> Utf8Constant.of("x").writeTo(new PipedWriter())).isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("not connected");
    }
}
