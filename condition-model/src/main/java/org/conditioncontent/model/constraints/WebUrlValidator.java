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
