package org.conditioncontent.render.html;

import java.util.List;
import java.util.function.IntUnaryOperator;

/**
 * Strings an attacker or a careless import would put into an article, for tests that fill every
 * text and URL field with them: markup, script end tags, event-handler attributes that try to
 * break out of a quoted value, {@code javascript:} URLs in several spellings, URLs that are
 * almost web URLs, JSON breakers, bidirectional overrides and invisible characters.
 */
final class HostileStrings {

    /** Each on its own, and the pieces that {@link #compose(IntUnaryOperator)} joins. */
    static final List<String> ALL = List.of(
            "<script>alert(1)</script>",
            "</script><script>alert(1)</script>",
            "</SCRIPT ><!--<script>",
            "<img src=x onerror=alert(1)>",
            "\" onmouseover=\"alert(1)",
            "' onfocus='alert(1)' autofocus x='",
            "javascript:alert(1)",
            " JaVaScRiPt:alert(document.cookie)",
            "java\tscript:alert(1)",
            "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
            "https://example.org/\"><script>alert(1)</script>",
            "https://example.org/a b?c=<d>#e#f%zz",
            "https://trusted.example@evil.example/",
            "https://exa<mple.org/",
            "mailto:a@example.org?subject=<script>&body=\"x\"",
            "\"}]}</script><script>alert(1)</script>",
            "\\u003c/script\\u003e \\\" \\\\",
            "&amp; &lt;b&gt; &#x3C;script&#x3E;",
            "\u202Egnp.exe\u202C and \u2066isolate\u2069",
            "zero\u200Bwidth\u200C\u200D\uFEFF",
            "line\u2028separator\u2029paragraph",
            "{{7*7}} ${7*7} <%= 7*7 %>",
            "]]> <!-- --> <![CDATA[x]]>",
            "Cr\u00e8me br\u00fbl\u00e9e \u6f22\u5b57 \ud83d\ude00");

    private HostileStrings() {}

    /**
     * One to three of the strings, joined, so that generated articles mix them.
     *
     * @param below the source of choices: given a bound, a number from 0 to the bound, exclusive
     * @return the string
     */
    static String compose(IntUnaryOperator below) {
        int n = 1 + below.applyAsInt(3);
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            s.append(ALL.get(below.applyAsInt(ALL.size())));
        }
        return s.toString();
    }
}
