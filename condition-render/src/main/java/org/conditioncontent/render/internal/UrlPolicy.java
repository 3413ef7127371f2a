package org.conditioncontent.render.internal;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Decides which strings from an article may become links. Only absolute {@code http},
 * {@code https} and {@code mailto} URLs qualify; everything else ({@code javascript:},
 * {@code data:}, {@code vbscript:}, relative or protocol-relative URLs) is written as text.
 *
 * <p>An allow list, not a block list: browsers accept many spellings of a dangerous scheme, and
 * only a closed set of safe schemes stays safe as they change. The check runs on the trimmed
 * value and the scheme is compared without regard to case, as browsers do; a value with a
 * control character or white space anywhere is refused, because browsers strip those inside a
 * scheme ("java\tscript:") and a validated article never has them.
 */
public final class UrlPolicy {

    private UrlPolicy() {}

    /**
     * The URL to put in an {@code href}, if the value may be a link.
     *
     * @param value a URL from the article, or {@code null}
     * @return the trimmed URL if its scheme is http, https or mailto; {@code null} otherwise
     */
    public static @Nullable String linkTarget(@Nullable String value) {
        String url = trimmed(value);
        if (url == null) {
            return null;
        }
        String scheme = scheme(url);
        if (scheme == null) {
            return null;
        }
        return switch (scheme) {
            case "http", "https" -> hasHost(url, scheme) ? url : null;
            case "mailto" -> url.length() > "mailto:".length() ? url : null;
            default -> null;
        };
    }

    /**
     * The URL to load an image from, if the value may be one: http or https only.
     *
     * @param value a URL from the article, or {@code null}
     * @return the trimmed URL, or {@code null} if it is not an http or https URL
     */
    public static @Nullable String imageSource(@Nullable String value) {
        String url = linkTarget(value);
        return url != null && isWeb(url) ? url : null;
    }

    /**
     * Whether a URL that passed {@link #linkTarget(String)} leads to a web page (http or https),
     * so that the link needs {@code rel="noopener noreferrer"}.
     *
     * @param url an allowed URL
     * @return {@code true} for http and https
     */
    public static boolean isWeb(String url) {
        String scheme = scheme(url);
        return "http".equals(scheme) || "https".equals(scheme);
    }

    /**
     * A {@code mailto:} URL for an e-mail address, if the address is plain enough to put in one:
     * one {@code @} with text on both sides and none of the characters that would add headers,
     * a second recipient or break out of the URL.
     *
     * @param address the address, or {@code null}
     * @return the URL, or {@code null} if the address is not a plain address
     */
    public static @Nullable String mailto(@Nullable String address) {
        String a = trimmed(address);
        if (a == null) {
            return null;
        }
        int at = a.indexOf('@');
        if (at <= 0 || at != a.lastIndexOf('@') || at == a.length() - 1) {
            return null;
        }
        for (int i = 0; i < a.length(); i++) {
            char c = a.charAt(i);
            if (c <= ' ' || c >= 0x7f || "\"'<>()[]\\,;:?#&%/`".indexOf(c) >= 0) {
                return null;
            }
        }
        return "mailto:" + a;
    }

    /**
     * Percent-encodes a value for use as one part of a URL path, such as a DOI after
     * {@code https://doi.org/}. Letters, digits, {@code -._~} and the path characters
     * {@code /:@!$'()*+,;=} stay as they are; everything else becomes UTF-8 {@code %XX}.
     *
     * @param value the value
     * @return the encoded value; the same instance when nothing needs encoding
     */
    public static String encodePath(String value) {
        int i = 0;
        while (i < value.length() && isPathChar(value.charAt(i))) {
            i++;
        }
        if (i == value.length()) {
            return value;
        }
        StringBuilder s = new StringBuilder(value.length() + 16).append(value, 0, i);
        for (byte b : value.substring(i).getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (isPathChar(c)) {
                s.append(c);
            } else {
                s.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
            }
        }
        return s.toString();
    }

    private static boolean isPathChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || "-._~/:@!$'()*+,;=".indexOf(c) >= 0;
    }

    private static @Nullable String trimmed(@Nullable String value) {
        if (value == null) {
            return null;
        }
        String url = value.strip();
        if (url.isEmpty()) {
            return null;
        }
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c <= ' ' || (c >= 0x7f && c <= 0x9f) || Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                return null;
            }
        }
        return url;
    }

    /** The lower-cased scheme, or {@code null} if the URL has no well-formed one (then it is relative). */
    private static @Nullable String scheme(String url) {
        int colon = url.indexOf(':');
        if (colon <= 0) {
            return null;
        }
        for (int i = 0; i < colon; i++) {
            char c = url.charAt(i);
            boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
            boolean other = (c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.';
            if (!letter && !(i > 0 && other)) {
                return null;
            }
        }
        return url.substring(0, colon).toLowerCase(Locale.ROOT);
    }

    /** Whether an http(s) URL is absolute with a host: "https://" and then something. */
    private static boolean hasHost(String url, String scheme) {
        int start = scheme.length() + 1;
        return url.startsWith("//", start) && url.length() > start + 2 && url.charAt(start + 2) != '/';
    }
}
