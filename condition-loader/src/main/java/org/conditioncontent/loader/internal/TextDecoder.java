package org.conditioncontent.loader.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.conditioncontent.loader.Rules;
import org.jspecify.annotations.Nullable;

/**
 * Turns a file's bytes into text: strict UTF-8, a leading byte order mark dropped, binary data
 * and malformed bytes reported with the position where they are.
 */
public final class TextDecoder {

    private TextDecoder() {}

    /**
     * Decodes bytes.
     *
     * @param bytes the file's content
     * @param findings where problems go
     * @return the text, or {@code null} when the bytes are not UTF-8 text
     */
    public static @Nullable String decode(byte[] bytes, Findings findings) {
        int nul = indexOf(bytes, (byte) 0);
        if (nul >= 0) {
            int[] at = position(bytes, nul);
            findings.add(Rules.ENCODING, at[0], at[1], "",
                    "This is a binary file (it holds a NUL byte), not JSON or YAML text; keep only article files in the folder");
            return null;
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int offset = in.position();
            int[] at = position(bytes, offset);
            findings.add(Rules.ENCODING, at[0], at[1], "", String.format(Locale.ROOT,
                    "The file is not valid UTF-8: byte 0x%02X cannot start or continue a character here; save the file as UTF-8",
                    bytes[offset] & 0xff));
            return null;
        }
        decoder.flush(out);
        out.flip();
        String text = out.toString();
        return !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
    }

    private static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }

    /** The 1-based line and column (in characters) of a byte offset, decoding the valid prefix. */
    private static int[] position(byte[] bytes, int offset) {
        String prefix = new String(bytes, 0, offset, StandardCharsets.UTF_8);
        if (!prefix.isEmpty() && prefix.charAt(0) == '\uFEFF') {
            prefix = prefix.substring(1);
        }
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < prefix.length(); i++) {
            if (prefix.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new int[] {line, prefix.length() - lineStart + 1};
    }
}
