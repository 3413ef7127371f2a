package org.conditioncontent.render.internal;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.conditioncontent.model.constraints.WebUrlValidator;
import org.jspecify.annotations.Nullable;

/**
 * Decides which strings from an article may become links, and writes them so that every link is
 * a valid URL. Only absolute {@code http}, {@code https} and {@code mailto} URLs qualify;
 * everything else ({@code javascript:}, {@code data:}, {@code vbscript:}, relative or
 * protocol-relative URLs) is written as text.
 *
 * <p>An allow list, not a block list: browsers accept many spellings of a dangerous scheme, and
 * only a closed set of safe schemes stays safe as they change. The check runs on the trimmed
 * value and the scheme is compared without regard to case, as browsers do; a value with a
 * control character or white space anywhere is refused, because browsers strip those inside a
 * scheme ("java\tscript:") and a validated article never has them.
 *
 * <p>A web URL must name a plain host: DNS labels of ASCII letters, digits and hyphens, or an IP
 * address literal, with an optional port. A user name before the host is refused, because
 * {@code https://trusted.example@elsewhere.example} leads elsewhere than it reads. After the
 * host, every character that may not appear in a URL as it is (such as {@code " < > \ ^ `
 * { | }}, a second {@code #}, a {@code %} without two hex digits, or any non-ASCII character) is
 * percent-encoded as UTF-8, as a browser would do before it sends the request: the link leads to
 * the same place, and the page passes the W3C checker.
 */
public final class UrlPolicy {

    /** An IPv6 address literal in brackets, loosely: the URL parser of the browser has the last word. */
    private static final Pattern IPV6 = Pattern.compile("\\[[0-9A-Fa-f:.]{2,45}\\]");

    private UrlPolicy() {}

    /**
     * The URL to put in an {@code href}, if the value may be a link.
     *
     * @param value a URL from the article, or {@code null}
     * @return the trimmed URL, with the characters that may not appear in a URL percent-encoded,
     *     if its scheme is http or https and it names a plain host, or if its scheme is mailto;
     *     {@code null} otherwise
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
            case "http", "https" -> webUrl(url, scheme);
            case "mailto" -> url.length() > "mailto:".length() ? normalized(url, "mailto:".length()) : null;
            default -> null;
        };
    }

    /**
     * The URL to put in an {@code href} under a link policy of one's own: the schemes it allows
     * and whether relative URLs may be links. http, https and mailto keep the checks of
     * {@link #linkTarget(String)}; another allowed scheme needs something after its colon; a
     * relative URL must not start with {@code //} (which leads to another host) and has its
     * characters normalised as an absolute one has.
     *
     * @param value a URL, or {@code null}
     * @param schemes the allowed schemes, lower case
     * @param relative whether a URL without a scheme may be a link
     * @return the URL to link to, or {@code null} if the policy does not allow it
     */
    public static @Nullable String linkTarget(@Nullable String value, Set<String> schemes, boolean relative) {
        String url = trimmed(value);
        if (url == null) {
            return null;
        }
        String scheme = scheme(url);
        if (scheme == null) {
            boolean networkPath = url.startsWith("//") || url.startsWith("\\\\") || url.startsWith("/\\");
            return relative && !networkPath && isRelativeStart(url) ? normalized(url, 0) : null;
        }
        if (!schemes.contains(scheme)) {
            return null;
        }
        return switch (scheme) {
            case "http", "https" -> webUrl(url, scheme);
            case "mailto" -> url.length() > "mailto:".length() ? normalized(url, "mailto:".length()) : null;
            default -> url.length() > scheme.length() + 1 ? normalized(url, scheme.length() + 1) : null;
        };
    }

    /**
     * Whether a URL without a scheme may be read as relative: a colon before the first slash, question
     * mark or hash would make a browser read the part before it as a scheme.
     */
    private static boolean isRelativeStart(String url) {
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c == '/' || c == '?' || c == '#') {
                return true;
            }
            if (c == ':' || c == '\\') {
                return false;
            }
        }
        return true;
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
                percent(s, b);
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

    /**
     * A web URL if it is "scheme://host[:port]" followed by nothing or by a path, query or
     * fragment, with the rest normalised; {@code null} if the authority is not a plain host.
     */
    private static @Nullable String webUrl(String url, String scheme) {
        int start = scheme.length() + 1;
        if (!url.startsWith("//", start)) {
            return null;
        }
        int hostStart = start + 2;
        int end = hostStart;
        while (end < url.length() && "/?#".indexOf(url.charAt(end)) < 0) {
            end++;
        }
        if (!isPlainAuthority(url.substring(hostStart, end))) {
            return null;
        }
        return normalized(url, end);
    }

    /** Whether an authority is a host name or an IP literal with an optional port, and no user name. */
    private static boolean isPlainAuthority(String authority) {
        String host = authority;
        int colon = authority.lastIndexOf(':');
        if (colon >= 0 && colon > authority.lastIndexOf(']')) {
            if (!WebUrlValidator.isPort(authority.substring(colon + 1))) {
                return false;
            }
            host = authority.substring(0, colon);
        }
        if (host.isEmpty() || host.length() > 253) {
            return false;
        }
        if (host.charAt(0) == '[') {
            return IPV6.matcher(host).matches();
        }
        // One trailing dot is the fully qualified form of a name; an empty label anywhere else is not a host.
        String name = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
        int start = 0;
        while (true) {
            int dot = name.indexOf('.', start);
            int end = dot < 0 ? name.length() : dot;
            if (!isLabel(name, start, end)) {
                return false;
            }
            if (dot < 0) {
                return true;
            }
            start = dot + 1;
        }
    }

    /**
     * Whether characters {@code from} to {@code to} of a host name are one DNS label: letters,
     * digits and inner hyphens, 1 to 63 characters, as the pattern
     * {@code [A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?} matches; checked by hand because every
     * link of every page asks (a matcher per label was about a twentieth of rendering a page in
     * a cold export).
     */
    static boolean isLabel(String name, int from, int to) {
        int length = to - from;
        if (length < 1 || length > 63 || !isAsciiLetterOrDigit(name.charAt(from)) || !isAsciiLetterOrDigit(name.charAt(to - 1))) {
            return false;
        }
        for (int i = from + 1; i < to - 1; i++) {
            char c = name.charAt(i);
            if (c != '-' && !isAsciiLetterOrDigit(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    /**
     * The URL with everything from {@code from} on made valid: characters that may appear in a URL
     * stay, a {@code %} stays when two hex digits follow it, the first {@code #} stays, and
     * everything else is percent-encoded as UTF-8. {@code null} when the URL holds a character
     * that has no UTF-8 form (an unpaired surrogate) or a noncharacter, which no real URL has.
     */
    private static @Nullable String normalized(String url, int from) {
        StringBuilder s = null;
        boolean fragment = false;
        for (int i = from; i < url.length(); i++) {
            char c = url.charAt(i);
            boolean keep;
            if (c == '%') {
                keep = i + 2 < url.length() && isHex(url.charAt(i + 1)) && isHex(url.charAt(i + 2));
            } else if (c == '#') {
                keep = !fragment;
                fragment = true;
            } else {
                keep = c < 0x80 && isUrlChar(c);
            }
            if (keep) {
                if (s != null) {
                    s.append(c);
                }
                continue;
            }
            int cp = url.codePointAt(i);
            if (Character.isSurrogate(c) && Character.charCount(cp) == 1 || isNoncharacter(cp)) {
                return null;
            }
            if (s == null) {
                s = new StringBuilder(url.length() + 16).append(url, 0, i);
            }
            for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
                percent(s, b);
            }
            i += Character.charCount(cp) - 1;
        }
        return s == null ? url : s.toString();
    }

    /** The ASCII characters that may appear in a URL as they are, besides {@code %} and {@code #}. */
    private static boolean isUrlChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || "!$&'()*+,-./:;=?@_~".indexOf(c) >= 0;
    }

    private static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    private static boolean isNoncharacter(int cp) {
        return (cp >= 0xfdd0 && cp <= 0xfdef) || (cp & 0xfffe) == 0xfffe;
    }

    private static void percent(StringBuilder s, byte b) {
        s.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16)))
                .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
    }
}
