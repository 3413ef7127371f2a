package org.conditioncontent.model.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Checks {@link WebUrl}: {@code null} passes; otherwise an absolute http(s) URI with a host. */
public final class WebUrlValidator implements ConstraintValidator<WebUrl, CharSequence> {

    /** Creates the validator; the validation provider calls this. */
    public WebUrlValidator() {}

    @Override
    public boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext context) {
        return value == null || isWebUrl(value.toString());
    }

    /**
     * Tells whether a text is an absolute {@code http} or {@code https} URL with a host.
     *
     * @param text the text to test
     * @return {@code true} when it is such a URL
     */
    public static boolean isWebUrl(String text) {
        if (isPlainWebUrl(text)) {
            return true;
        }
        if (text.isEmpty() || !isWellFormedUnicode(text)) {
            return false;
        }
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme();
            if (scheme == null) {
                return false;
            }
            String lower = scheme.toLowerCase(Locale.ROOT);
            return (lower.equals("http") || lower.equals("https")) && uri.getHost() != null
                    && isPlainAuthority(uri.getRawAuthority(), uri.getHost());
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** Characters {@code java.net.URI} takes as they are in a path: alphanumerics, {@code -_.!~*'()}, {@code :@&=+$,} and {@code ;/}. */
    private static final int PATH = 1;
    /** Characters {@code java.net.URI} takes as they are in a query and a fragment: the path's and {@code ?[]}. */
    private static final int QUERY = 2;
    /** Characters of a host name's labels: ASCII letters, digits and the hyphen. */
    private static final int LABEL = 4;
    /** ASCII letters. */
    private static final int LETTER = 8;
    /** Hexadecimal digits, as an escape ({@code %2F}) takes them. */
    private static final int HEX = 16;
    /** What each ASCII character is, as a sum of the constants above. */
    private static final byte[] ASCII = new byte[128];

    static {
        for (char c = '0'; c <= '9'; c++) {
            ASCII[c] = PATH | QUERY | LABEL | HEX;
        }
        for (char c = 'a'; c <= 'z'; c++) {
            ASCII[c] = (byte) (PATH | QUERY | LABEL | LETTER | (c <= 'f' ? HEX : 0));
            ASCII[Character.toUpperCase(c)] = ASCII[c];
        }
        for (char c : "-_.!~*'():@&=+$,;/".toCharArray()) {
            ASCII[c] |= PATH | QUERY;
        }
        ASCII['-'] |= LABEL;
        for (char c : "?[]".toCharArray()) {
            ASCII[c] |= QUERY;
        }
    }

    /**
     * Whether a text is, on its face, a web URL {@link #isWebUrl} accepts: {@code http} or
     * {@code https} in any case, {@code ://}, a host name of labels of ASCII letters, digits and
     * inner hyphens (at most 63 characters each, 253 in all) whose last label starts with a letter,
     * an optional port of one to five digits up to 65535, then a path, a query and a fragment made
     * only of the ASCII characters {@code java.net.URI} takes unescaped there and of {@code %}
     * escapes. {@code URI} parses every such text as a server-based URI with that scheme and host,
     * and the authority is plain, so the answer is {@code true}. Any other text (an address, an IP
     * literal, a character beyond ASCII, anything unusual) gets {@code false} here and is parsed by
     * {@code URI}: this is a shortcut for the URLs articles hold, not a second definition.
     * {@code WebUrlValidatorTest} holds the two answers to each other over generated URLs.
     */
    private static boolean isPlainWebUrl(String text) {
        int n = text.length();
        int p = 4;
        if (n < 8 || (text.charAt(0) | 0x20) != 'h' || (text.charAt(1) | 0x20) != 't' || (text.charAt(2) | 0x20) != 't'
                || (text.charAt(3) | 0x20) != 'p') {
            return false;
        }
        if ((text.charAt(p) | 0x20) == 's') {
            p++;
        }
        if (p + 3 > n || text.charAt(p) != ':' || text.charAt(p + 1) != '/' || text.charAt(p + 2) != '/') {
            return false;
        }
        p += 3;
        int host = p;
        int last;
        while (true) {
            int label = p;
            while (p < n && is(text.charAt(p), LABEL)) {
                p++;
            }
            if (p == label || p - label > 63 || text.charAt(label) == '-' || text.charAt(p - 1) == '-') {
                return false;
            }
            last = label;
            if (p < n && text.charAt(p) == '.') {
                p++;
            } else {
                break;
            }
        }
        if (!is(text.charAt(last), LETTER) || p - host > 253) {
            return false;
        }
        if (p < n && text.charAt(p) == ':') {
            int port = ++p;
            int value = 0;
            while (p < n && p - port < 6 && text.charAt(p) >= '0' && text.charAt(p) <= '9') {
                value = value * 10 + (text.charAt(p) - '0');
                p++;
            }
            if (p == port || p - port > 5 || value > 65535) {
                return false;
            }
        }
        // The authority ends here: at the end, or where the path, the query or the fragment starts.
        if (p < n && text.charAt(p) != '/' && text.charAt(p) != '?' && text.charAt(p) != '#') {
            return false;
        }
        int part = PATH;
        while (p < n) {
            char c = text.charAt(p);
            if (c == '?' && part == PATH) {
                part = QUERY;
                p++;
            } else if (c == '#' && part != 0) {
                part = 0;
                p++;
            } else if (is(c, part == 0 ? QUERY : part)) {
                p++;
            } else if (c == '%' && p + 2 < n && is(text.charAt(p + 1), HEX) && is(text.charAt(p + 2), HEX)) {
                p += 3;
            } else {
                return false;
            }
        }
        return true;
    }

    private static boolean is(char c, int kind) {
        return c < 128 && (ASCII[c] & kind) != 0;
    }

    /**
     * Whether an authority is a host with an optional port and nothing else, as the renderers'
     * URL policy requires to make a link: a URL that passes here must render as one. A user name
     * and password ({@code https://user:pass@host/}) are refused (they leak a secret into the
     * page, and can make {@code https://bank.example@evil.example/} look like another site), as are
     * an empty port ({@code https://a.example:/}), a port above 65535, a label longer than 63
     * characters and a host name longer than 253.
     */
    private static boolean isPlainAuthority(@Nullable String authority, String host) {
        if (authority == null || authority.indexOf('@') >= 0) {
            return false;
        }
        int colon = authority.lastIndexOf(':');
        if (colon >= 0 && colon > authority.lastIndexOf(']')) {
            if (!isPort(authority.substring(colon + 1))) {
                return false;
            }
        }
        if (host.length() > 253 || host.startsWith("[")) {
            return host.length() <= 253;
        }
        int label = 0;
        for (int i = 0, n = host.length(); i < n; i++) {
            label = host.charAt(i) == '.' ? 0 : label + 1;
            if (label > 63) {
                return false;
            }
        }
        return true;
    }

    /**
     * Tells whether a text is a port number as a URL may give one after its host: one to five
     * digits, at most 65535. The renderers' URL policy uses the same test.
     *
     * @param port the text after the host's colon
     * @return {@code true} when it is a port
     */
    public static boolean isPort(String port) {
        int n = port.length();
        if (n == 0 || n > 5) {
            return false;
        }
        int value = 0;
        for (int i = 0; i < n; i++) {
            char c = port.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            value = value * 10 + (c - '0');
        }
        return value <= 65535;
    }

    /**
     * Whether the text has no control character or space, every surrogate is paired and no
     * noncharacter (such as U+FFFE) appears: no real URL has one. One plain loop over the
     * characters, as this runs for every URL of every article, often before the JIT has
     * optimised it. A character below U+D800 is neither a surrogate nor a noncharacter.
     */
    private static boolean isWellFormedUnicode(String text) {
        for (int i = 0, n = text.length(); i < n; ) {
            char c = text.charAt(i);
            if (c <= ' ' || c == 0x7f) {
                return false;
            }
            if (c < Character.MIN_SURROGATE) {
                i++;
                continue;
            }
            int cp = text.codePointAt(i);
            if ((cp <= 0xffff && Character.isSurrogate((char) cp)) || ReadableTextValidator.isNoncharacter(cp)) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }
}
