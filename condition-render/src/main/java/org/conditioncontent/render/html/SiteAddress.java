package org.conditioncontent.render.html;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What is wrong with a site's address, in words that say what to change. The host is checked
 * before {@link URI} reads the address: {@code URI} reads an authority whose host is not a host
 * name ({@code my_site.example}, {@code -bad.example}, {@code host:abc}) as a registry name with
 * no host at all, and a message built on that would tell the user the host is missing.
 */
final class SiteAddress {

    /** The characters an address may not hold as they are, besides controls, spaces and non-ASCII. */
    private static final String REFUSED = "\"'<>&\\^`{|}";

    private SiteAddress() {}

    /**
     * What is wrong with an address, as the end of a sentence that starts "The site's address must
     * be an absolute http or https URL of a folder, such as ..., ", or {@code null} when nothing is.
     */
    static @Nullable String problem(String siteUrl) {
        String authority = authority(siteUrl);
        if (authority != null) {
            String problem = authorityProblem(authority);
            if (problem != null) {
                return problem;
            }
        }
        for (int i = 0; i < siteUrl.length(); i = siteUrl.offsetByCodePoints(i, 1)) {
            int ch = siteUrl.codePointAt(i);
            if (ch <= ' ' || ch >= 0x7f || REFUSED.indexOf(ch) >= 0) {
                return characterProblem(ch);
            }
        }
        URI uri;
        try {
            uri = new URI(siteUrl);
        } catch (URISyntaxException e) {
            return "written as a URL (" + e.getReason() + ")";
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http") || uri.isOpaque()) {
            return "starting with https:// or http://";
        }
        if (uri.getRawAuthority() == null) {
            // https:/example.org/ or https:example.org/: a slash short, no host at all.
            return "with two slashes and a host name after the scheme (https://)";
        }
        if (uri.getHost() == null) {
            // The checks above find every such host that can be written in plain characters;
            // this says nothing untrue should one have been missed.
            return "with a host name or IP address after the //; \"" + uri.getRawAuthority() + "\" is neither";
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            return "without a query (?) or fragment (#), which would end up inside every page's address";
        }
        String path = uri.getRawPath().toLowerCase(Locale.ROOT);
        if (path.endsWith(".html") || path.endsWith(".htm") || path.endsWith(".xml")) {
            return "the folder's address, not a file's";
        }
        return null;
    }

    /**
     * The text between {@code //} and the path, query or fragment of an address that starts with
     * {@code http://} or {@code https://} (in any case), or {@code null} for any other address.
     */
    private static @Nullable String authority(String siteUrl) {
        String lower = siteUrl.toLowerCase(Locale.ROOT);
        int start = lower.startsWith("https://") ? 8 : lower.startsWith("http://") ? 7 : -1;
        if (start < 0) {
            return null;
        }
        int end = start;
        while (end < siteUrl.length() && "/?#".indexOf(siteUrl.charAt(end)) < 0) {
            end++;
        }
        return siteUrl.substring(start, end);
    }

    /** What is wrong with the user name, host and port of an address, or {@code null}. */
    private static @Nullable String authorityProblem(String authority) {
        if (authority.indexOf('@') >= 0) {
            return "with no user name or password before the host, which the sitemap would publish";
        }
        // An IPv6 address, in brackets, is URI's to read and check (an unclosed bracket too); its port is checked here.
        boolean ipv6 = authority.startsWith("[");
        if (ipv6 && authority.indexOf(']') < 0) {
            return null;
        }
        int colon = authority.indexOf(':', ipv6 ? authority.indexOf(']') : 0);
        String host = colon < 0 ? authority : authority.substring(0, colon);
        if (host.isEmpty()) {
            return "with a host name after the //";
        }
        String problem = ipv6 ? null : hostProblem(host);
        if (problem != null) {
            return problem;
        }
        String port = colon < 0 ? "" : authority.substring(colon + 1);
        if (!port.isEmpty() && !(port.length() <= 5 && port.chars().allMatch(ch -> ch >= '0' && ch <= '9')
                && Integer.parseInt(port) >= 1 && Integer.parseInt(port) <= 65535)) {
            return "with a port, after the host name's \":\", that is a number from 1 to 65535; \"" + printable(port) + "\" is not";
        }
        return null;
    }

    /**
     * What is wrong with a host name or IPv4 address, or {@code null}. A host name is parts of ASCII
     * letters, digits and hyphens, separated by dots (RFC 1123), no part starting or ending with a
     * hyphen, the last starting with a letter (RFC 2396, as {@link URI} reads it); one dot may end it.
     */
    private static @Nullable String hostProblem(String host) {
        String quoted = "\"" + printable(host) + "\"";
        for (int i = 0; i < host.length(); i = host.offsetByCodePoints(i, 1)) {
            int ch = host.codePointAt(i);
            if (!isAsciiLetterOrDigit(ch) && ch != '-' && ch != '.') {
                return "with a host name of ASCII letters, digits, hyphens and dots: the host name " + quoted + " has "
                        + describe(ch) + ", which a host name may not contain; " + hostFix(host, ch);
            }
        }
        String name = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
        String[] parts = name.split("\\.", -1);
        boolean numbers = true;
        for (String part : parts) {
            if (part.isEmpty()) {
                return "with a host name whose parts are not empty: the host name " + quoted
                        + " has a dot at its start or two dots in a row; take the extra dot out";
            }
            if (part.startsWith("-") || part.endsWith("-")) {
                return "with a host name whose parts start and end with a letter or digit: the host name " + quoted
                        + " has the part \"" + part + "\", which " + (part.startsWith("-") ? "starts" : "ends")
                        + " with a hyphen; write the name the site is published at";
            }
            if (part.length() > 63) {
                return "with a host name whose parts are at most 63 characters long: the host name " + quoted + " has a part of "
                        + part.length();
            }
            numbers &= part.chars().allMatch(ch -> ch >= '0' && ch <= '9');
        }
        if (numbers) {
            boolean address = parts.length == 4 && !host.endsWith(".");
            for (String part : parts) {
                address &= part.length() <= 3 && Integer.parseInt(part) <= 255;
            }
            return address ? null : "with an IP address of four numbers from 0 to 255, separated by dots: " + quoted + " is not one";
        }
        String last = parts[parts.length - 1];
        if (!Character.isLetter(last.charAt(0))) {
            return "with a host name whose last part starts with a letter: the host name " + quoted + " ends in \"" + last
                    + "\"; write the name the site is published at";
        }
        return null;
    }

    /** How to write a host name that has a character no host name has. */
    private static String hostFix(String host, int ch) {
        if (ch == '%') {
            String decoded = percentDecoded(host);
            if (decoded != null && !decoded.equals(host) && decoded.chars().allMatch(c -> c < 0x80) && hostProblem(decoded) == null) {
                return "a host name is not percent-encoded: write it as " + decoded;
            }
            return "a host name is not percent-encoded: write the name the site is published at, in ASCII letters"
                    + " (a name in other letters in its xn-- form)";
        }
        if (ch >= 0x80 && Character.isLetterOrDigit(ch)) {
            // The xn-- form is not computed here: java.net.IDN follows IDNA2003, whose form of
            // some names (those with "ß", for one) is another domain's under IDNA2008.
            return "write it in its ASCII form, where each part in other letters begins with xn-- (the domain's registrar"
                    + " shows it)";
        }
        if (ch == '_') {
            String hyphens = host.replace('_', '-');
            if (hostProblem(hyphens) == null) {
                return "host names join words with hyphens: write the name the site is published at, such as " + hyphens;
            }
        }
        return "write the name the site is published at";
    }

    /** Why an address of characters that are not plain is refused, naming the character. */
    private static String characterProblem(int ch) {
        if (ch == ' ' || "\"'<>&".indexOf(ch) >= 0) {
            return "without spaces, quotes, angle brackets or &";
        }
        if (ch < ' ' || ch == 0x7f || ch >= 0x80 && ch <= 0x9f) {
            return "without control characters; it has " + describe(ch);
        }
        String encoded = percentEncoded(ch);
        if (ch >= 0x80) {
            return "with each character beyond ASCII percent-encoded, as its UTF-8 bytes: " + describe(ch) + " is " + encoded;
        }
        return "without \"" + Character.toString(ch) + "\", which a URL has percent-encoded, as " + encoded;
    }

    /** A character, for a message: a space, one that cannot be seen by its code point, any other in quotes. */
    private static String describe(int ch) {
        if (ch == ' ') {
            return "a space";
        }
        return invisible(ch) ? String.format(Locale.ROOT, "the character U+%04X", ch) : "\"" + Character.toString(ch) + "\"";
    }

    /** The text with each character that cannot be seen, but the plain space, shown as its code point ({@code U+0009} for a tab). */
    private static String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(ch -> out.append(ch != ' ' && invisible(ch) ? String.format(Locale.ROOT, "U+%04X", ch)
                : Character.toString(ch)));
        return out.toString();
    }

    /** A control, format (a direction mark, a joiner) or space character, which a message quotes by its code point. */
    private static boolean invisible(int ch) {
        return Character.isISOControl(ch) || Character.getType(ch) == Character.FORMAT || Character.isWhitespace(ch)
                || Character.isSpaceChar(ch);
    }

    private static boolean isAsciiLetterOrDigit(int ch) {
        return ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z' || ch >= '0' && ch <= '9';
    }

    /** A character's UTF-8 bytes, each as {@code %XX}. */
    private static String percentEncoded(int ch) {
        StringBuilder out = new StringBuilder();
        for (byte b : Character.toString(ch).getBytes(StandardCharsets.UTF_8)) {
            out.append(String.format(Locale.ROOT, "%%%02X", b & 0xff));
        }
        return out.toString();
    }

    /** The text with its {@code %XX} escapes decoded as UTF-8, or {@code null} when they are not UTF-8. */
    private static @Nullable String percentDecoded(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '%') {
                int value = i + 2 < text.length() ? hex(text.charAt(i + 1)) << 4 | hex(text.charAt(i + 2)) : -1;
                if (value < 0) {
                    return null;
                }
                bytes.write(value);
                i += 2;
            } else if (ch < 0x80) {
                bytes.write(ch);
            } else {
                return null;
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** A hexadecimal digit's value, or a negative number (large enough to keep a combined value negative). */
    private static int hex(char ch) {
        int value = Character.digit(ch, 16);
        return value < 0 || ch >= 0x80 ? -0x1000 : value;
    }
}
