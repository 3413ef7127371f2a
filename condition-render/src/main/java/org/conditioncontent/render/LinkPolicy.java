package org.conditioncontent.render;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.conditioncontent.render.internal.UrlPolicy;
import org.jspecify.annotations.Nullable;

/**
 * Which URLs from an article may become links: a public, immutable value with safe presets and
 * methods that return a changed copy, in the way of jsoup's {@code Safelist}.
 *
 * <pre>{@code
 * LinkPolicy intranet = LinkPolicy.standard()
 *         .withScheme("pubhub")           // the publisher's own app links: pubhub:article/123
 *         .withRelativeLinks(true);      // /topics/dehydration on the intranet
 * HtmlRenderer html = HtmlRenderer.builder().linkPolicy(intranet).build();
 * }</pre>
 *
 * <p>An allow list, not a block list: a URL becomes a link only when its scheme is one the
 * policy names (compared without regard to case, after trimming), or when it has no scheme and
 * the policy allows relative links. A URL with white space or a control character anywhere is
 * never a link, since browsers drop those inside a scheme ({@code "java\tscript:"}). Whatever the
 * policy, {@code http} and {@code https} URLs must name a plain host with no user name in front
 * of it, a relative URL must not start with {@code //} (which leads to another host), and
 * {@code javascript}, {@code vbscript}, {@code data} and {@code file} cannot be allowed at all.
 * A URL that is not allowed is written as text, so nothing is lost.
 *
 * <p>Immutable and thread-safe.
 */
public final class LinkPolicy {

    /** Schemes that run code or read local files when followed; no policy may allow them. */
    private static final Set<String> NEVER = Set.of("javascript", "vbscript", "data", "file", "blob", "filesystem");

    private static final LinkPolicy STANDARD = new LinkPolicy(Set.of("http", "https", "mailto"), false);
    private static final LinkPolicy WEB = new LinkPolicy(Set.of("http", "https"), false);

    private final Set<String> schemes;
    private final boolean relativeLinks;

    private LinkPolicy(Set<String> schemes, boolean relativeLinks) {
        this.schemes = Set.copyOf(schemes);
        this.relativeLinks = relativeLinks;
    }

    /**
     * The built-in renderers' default: absolute {@code http}, {@code https} and {@code mailto}
     * URLs, no relative ones.
     *
     * @return the policy
     */
    public static LinkPolicy standard() {
        return STANDARD;
    }

    /**
     * Web pages only: absolute {@code http} and {@code https} URLs.
     *
     * @return the policy
     */
    public static LinkPolicy web() {
        return WEB;
    }

    /**
     * This policy with one more scheme allowed, such as a publisher's own app scheme.
     *
     * @param scheme the scheme, without the colon: a letter, then letters, digits, {@code +},
     *     {@code -} or {@code .}
     * @return the changed policy; this one is unchanged
     * @throws IllegalArgumentException if the scheme is not well formed, or is one that runs code
     *     or reads local files ({@code javascript}, {@code vbscript}, {@code data}, {@code file},
     *     {@code blob}, {@code filesystem})
     * @throws NullPointerException if the scheme is {@code null}
     */
    public LinkPolicy withScheme(String scheme) {
        String s = checkedScheme(scheme);
        if (NEVER.contains(s)) {
            throw new IllegalArgumentException("the scheme \"" + s + "\" runs code or reads local files and can "
                    + "never be a link; allowed schemes are web, mail or an app's own, such as \"pubhub\"");
        }
        Set<String> more = new TreeSet<>(schemes);
        more.add(s);
        return new LinkPolicy(more, relativeLinks);
    }

    /**
     * This policy without a scheme, so that such URLs are written as text.
     *
     * @param scheme the scheme, without the colon
     * @return the changed policy; this one is unchanged
     * @throws IllegalArgumentException if the scheme is not well formed
     * @throws NullPointerException if the scheme is {@code null}
     */
    public LinkPolicy withoutScheme(String scheme) {
        String s = checkedScheme(scheme);
        Set<String> fewer = new TreeSet<>(schemes);
        fewer.remove(s);
        return new LinkPolicy(fewer, relativeLinks);
    }

    /**
     * This policy with relative links allowed or refused, such as {@code /topics/dehydration} on
     * an intranet. A URL starting with {@code //} is never a relative link.
     *
     * @param allowed whether URLs without a scheme may be links; the presets refuse them
     * @return the changed policy; this one is unchanged
     */
    public LinkPolicy withRelativeLinks(boolean allowed) {
        return allowed == relativeLinks ? this : new LinkPolicy(schemes, allowed);
    }

    /**
     * The schemes this policy allows, lower case.
     *
     * @return the schemes, sorted
     */
    public Set<String> schemes() {
        return new TreeSet<>(schemes);
    }

    /**
     * Whether URLs without a scheme may be links.
     *
     * @return {@code true} if they may
     */
    public boolean relativeLinks() {
        return relativeLinks;
    }

    /**
     * The URL to write into an {@code href}, if this policy lets the value be a link.
     *
     * @param url a URL from an article, or {@code null}
     * @return the trimmed URL with the characters that may not appear in a URL percent-encoded,
     *     or {@code null} if it may not be a link
     */
    public @Nullable String href(@Nullable String url) {
        return this == STANDARD ? UrlPolicy.linkTarget(url) : UrlPolicy.linkTarget(url, schemes, relativeLinks);
    }

    /**
     * Whether this policy lets a value be a link.
     *
     * @param url a URL from an article, or {@code null}
     * @return {@code true} if {@link #href(String)} gives a URL for it
     */
    public boolean allows(@Nullable String url) {
        return href(url) != null;
    }

    private static String checkedScheme(String scheme) {
        Objects.requireNonNull(scheme, "scheme must not be null");
        boolean ok = !scheme.isEmpty() && Character.isLetter(scheme.charAt(0)) && scheme.charAt(0) < 0x80;
        for (int i = 1; ok && i < scheme.length(); i++) {
            char c = scheme.charAt(i);
            ok = c < 0x80 && (Character.isLetterOrDigit(c) || c == '+' || c == '-' || c == '.');
        }
        if (!ok) {
            throw new IllegalArgumentException("a scheme is a letter followed by letters, digits, '+', '-' or '.', "
                    + "without the colon, such as \"pubhub\"; was \"" + scheme + "\"");
        }
        return scheme.toLowerCase(Locale.ROOT);
    }

    /**
     * Two policies are equal when they allow the same schemes and agree on relative links.
     *
     * @param o the other object
     * @return whether they are equal
     */
    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof LinkPolicy other && schemes.equals(other.schemes) && relativeLinks == other.relativeLinks;
    }

    @Override
    public int hashCode() {
        return schemes.hashCode() * 31 + Boolean.hashCode(relativeLinks);
    }

    @Override
    public String toString() {
        return "LinkPolicy[schemes=" + schemes() + ", relativeLinks=" + relativeLinks + "]";
    }
}
