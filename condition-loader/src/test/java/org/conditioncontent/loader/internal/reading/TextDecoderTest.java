package org.conditioncontent.loader.internal.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Random;
import org.conditioncontent.loader.internal.Findings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link TextDecoder#scan} must accept exactly what the strict decoder accepts: JSON bytes it
 * passes go to Jackson undecoded, so a gap would let malformed text in without a diagnostic.
 */
class TextDecoderTest {

    private static byte[] hex(String hex) {
        return HexFormat.of().parseHex(hex);
    }

    private static boolean decodes(byte[] bytes) {
        return TextDecoder.decode(bytes, new Findings("t", 10)) != null;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "c080", "c1bf",           // overlong two-byte forms
        "e08080", "e09fbf",       // overlong three-byte forms
        "eda080", "edbfbf",       // surrogates
        "f08f8080",               // overlong four-byte form
        "f4908080", "f5808080",   // above U+10FFFF
        "80", "bf", "fe", "ff",   // continuation or never-used bytes as leads
        "e282", "f09f8d", "c3",   // cut short at the end
        "c328", "e228a1",         // a lead without its continuation
        "41424344454600474849",   // a NUL in the eight-byte fast path
        "414200",                 // a NUL in the byte-by-byte tail
    })
    void rejectsWhatTheStrictDecoderRejects(String bytes) {
        byte[] b = hex("4142434445464748" + bytes + "494a");
        assertThat(TextDecoder.scan(b)).isNull();
        assertThat(decodes(b)).isFalse();
        assertThat(TextDecoder.scan(hex(bytes))).isNull();
        assertThat(decodes(hex(bytes))).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"UTF-16", "UTF-16LE"})
    void namesUtf16WithAByteOrderMarkAndSaysHowToConvertIt(String charset) {
        // Java's UTF-16 writes a big-endian mark; Windows tools write the little-endian one.
        byte[] text = ("\uFEFFid: cramps\n").getBytes(java.nio.charset.Charset.forName(charset));
        Findings findings = new Findings("t.yaml", 10);

        assertThat(TextDecoder.decode(text, findings)).isNull();
        assertThat(findings.sorted(org.conditioncontent.loader.Diagnostic.ORDER)).singleElement().satisfies(d -> {
            assertThat(d.rule()).isEqualTo("encoding");
            assertThat(d.message()).contains("UTF-16", "save it as UTF-8", "iconv").doesNotContain("binary");
        });
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"UTF-32LE", "UTF-32BE"})
    void namesUtf32ByItsMarkNotAsUtf16(String charset) {
        // The little-endian UTF-32 mark starts with UTF-16's: converted from UTF-16, the file was garbage.
        byte[] text = ("\uFEFFid: cramps\n").getBytes(java.nio.charset.Charset.forName(charset));
        Findings findings = new Findings("t.yaml", 10);

        assertThat(TextDecoder.decode(text, findings)).isNull();
        assertThat(findings.sorted(org.conditioncontent.loader.Diagnostic.ORDER)).extracting(d -> d.message())
                .containsExactly("The file is UTF-32 text (it starts with a UTF-32 byte order mark), not UTF-8; save it as UTF-8,"
                        + " for example with: iconv -f UTF-32 -t UTF-8 FILE > NEW-FILE");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"UTF-16LE", "UTF-16BE"})
    void namesUtf16WithoutAMarkRatherThanCallingItBinary(String charset) {
        byte[] text = "formatVersion: 2\nid: cramps\n".getBytes(java.nio.charset.Charset.forName(charset));
        Findings findings = new Findings("t.yaml", 10);

        assertThat(TextDecoder.decode(text, findings)).isNull();
        assertThat(findings.sorted(org.conditioncontent.loader.Diagnostic.ORDER)).extracting(d -> d.message())
                .containsExactly("The file looks like " + charset + " text without a byte order mark (a NUL byte beside each"
                        + " letter), not UTF-8; save it as UTF-8, for example with: iconv -f " + charset + " -t UTF-8 FILE > NEW-FILE");
        Findings binary = new Findings("t.yaml", 10);
        assertThat(TextDecoder.decode(hex("89504e470d0a1a0a0000000d49484452"), binary)).isNull();
        assertThat(binary.sorted(org.conditioncontent.loader.Diagnostic.ORDER)).extracting(d -> d.message())
                .singleElement().asString().startsWith("This is a binary file");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"\n", "\r\n", "\r"})
    void placesABadByteOnTheLineTheParsersWouldCallIt(String lineBreak) {
        // A lone \r ends a line for Jackson and the YAML parser; counted only at \n, a file saved
        // with old Mac line breaks had its bad byte reported on line 1, column 29.
        String before = String.join(lineBreak, "{", "  \"title\": \"x\",", "  \"id\": \"a");
        byte[] text = (before + "?\"" + lineBreak + "}").getBytes(StandardCharsets.UTF_8);
        byte[] b = text.clone();
        b[before.length()] = (byte) 0xFF;
        b = withMark(b);
        Findings findings = new Findings("t", 10);

        assertThat(TextDecoder.decode(b, findings)).isNull();

        assertThat(findings.sorted(org.conditioncontent.loader.Diagnostic.ORDER)).singleElement()
                .satisfies(d -> assertThat(d.line() + ":" + d.column()).isEqualTo("3:11"));
    }

    /** The bytes after a UTF-8 byte order mark, which the positions do not count. */
    private static byte[] withMark(byte[] b) {
        byte[] marked = new byte[b.length + 3];
        marked[0] = (byte) 0xEF;
        marked[1] = (byte) 0xBB;
        marked[2] = (byte) 0xBF;
        System.arraycopy(b, 0, marked, 3, b.length);
        return marked;
    }

    @Test
    void findsTheMultiByteCharacters() {
        byte[] b = "ab é 中 🦵 x".getBytes(StandardCharsets.UTF_8);
        TextDecoder.Utf8 found = TextDecoder.scan(b);
        assertThat(found).isNotNull();
        assertThat(found.count()).isEqualTo(3);
        assertThat(found.starts()).startsWith(3, 6, 10);
        assertThat(found.lengths()).startsWith((byte) 2, (byte) 3, (byte) 4);
        TextDecoder.Utf8 ascii = TextDecoder.scan("plain ASCII, longer than eight bytes".getBytes(StandardCharsets.UTF_8));
        assertThat(ascii).isNotNull();
        assertThat(ascii.count()).isZero();
    }

    /** Random bytes, and random text with a byte changed, are accepted by both or by neither. */
    @Test
    void agreesWithTheStrictDecoderOnRandomBytes() {
        Random random = new Random(20261126);
        String[] pieces = {"a", "Z", "0", " ", "\n", "é", "ß", "中", "—", "🦵", "’", "\u0080", "\uFFFD", "\uFEFF"};
        int rejected = 0;
        for (int n = 0; n < 20_000; n++) {
            byte[] b;
            if (n % 2 == 0) {
                b = new byte[random.nextInt(24)];
                random.nextBytes(b);
            } else {
                StringBuilder text = new StringBuilder();
                for (int k = random.nextInt(30); k > 0; k--) {
                    text.append(pieces[random.nextInt(pieces.length)]);
                }
                b = text.toString().getBytes(StandardCharsets.UTF_8);
                if (b.length > 0 && random.nextBoolean()) {
                    b[random.nextInt(b.length)] = (byte) random.nextInt(256);
                }
            }
            boolean scanned = TextDecoder.scan(b) != null;
            assertThat(scanned).as(HexFormat.of().formatHex(b)).isEqualTo(decodes(b));
            rejected += scanned ? 0 : 1;
        }
        assertThat(rejected).isBetween(5_000, 15_000);
    }
}
