package org.conditioncontent.render.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UrlPolicyTest {

    @ParameterizedTest
    @CsvSource({
        "https://example.org,https://example.org",
        "'  HTTP://Example.org/a?b=c#d  ',HTTP://Example.org/a?b=c#d",
        "http://example.org:8080/,http://example.org:8080/",
        "mailto:someone@example.org,mailto:someone@example.org",
        "MailTo:someone@example.org,MailTo:someone@example.org"
    })
    void allowsHttpHttpsAndMailto(String value, String expected) {
        assertThat(UrlPolicy.linkTarget(value)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "javascript:alert(1)", " JavaScript:alert(1)", "JAVASCRIPT:alert(1)", "java\tscript:alert(1)",
        "java\nscript:alert(1)", "\u0000javascript:alert(1)", "data:text/html,<script>alert(1)</script>",
        "vbscript:msgbox(1)", "file:///etc/passwd", "ftp://example.org", "//example.org/a", "/relative/path",
        "relative.html", "#fragment", "https:example.org", "https:///path", "http://", "mailto:", "",
        "   ", "https://exa mple.org", "https://example.org/\u0085", "1http://example.org", "ht tp://example.org"
    })
    void refusesEverythingElse(String value) {
        assertThat(UrlPolicy.linkTarget(value)).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", quoteCharacter = '\u00a7', value = {
        "https://example.org/a\"b => https://example.org/a%22b",
        "https://example.org/<script>alert(1)</script> => https://example.org/%3Cscript%3Ealert(1)%3C/script%3E",
        "https://example.org/a#b#c => https://example.org/a#b%23c",
        "https://example.org/100% => https://example.org/100%25",
        "https://example.org/%zz%4 => https://example.org/%25zz%254",
        "https://example.org/%C3%A9 => https://example.org/%C3%A9",
        "https://example.org/caf\u00e9 => https://example.org/caf%C3%A9",
        "https://example.org/\u202egnp\u200b => https://example.org/%E2%80%AEgnp%E2%80%8B",
        "https://example.org/x|y{z}^`[]\\ => https://example.org/x%7Cy%7Bz%7D%5E%60%5B%5D%5C",
        "https://example.org?q=a'b(c)*d!e$f&g=h;i,j+k~l@m:n => https://example.org?q=a'b(c)*d!e$f&g=h;i,j+k~l@m:n",
        "http://[2001:db8::1]:8080/a => http://[2001:db8::1]:8080/a",
        "https://example.org. => https://example.org.",
        "https://127.0.0.1:65535 => https://127.0.0.1:65535",
        "mailto:a\"b@example.org?subject=<x> => mailto:a%22b@example.org?subject=%3Cx%3E"
    })
    void percentEncodesWhatMayNotAppearInAUrl(String value, String expected) {
        assertThat(UrlPolicy.linkTarget(value)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "https://trusted.example@evil.example/", "https://user:pass@example.org/", "https://exa<mple.org/",
        "https://exa\"mple.org/", "https://caf\u00e9.example/", "https://-example.org/", "https://example-.org/",
        "https://example..org/", "https://.example.org/", "https://example.org:/", "https://example.org:99999/",
        "https://example.org:8o/", "https://[::1/", "https://[zz]/", "https://aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.org/",
        "https://example.org/\ud800", "https://example.org/\ufdd0", "https://example.org/\uffff"
    })
    void refusesAWebUrlWithoutAPlainHost(String value) {
        assertThat(UrlPolicy.linkTarget(value)).isNull();
    }

    @ParameterizedTest
    @CsvSource({"https://example.org/a.png,true", "mailto:a@example.org,false", "javascript:alert(1),false"})
    void allowsOnlyWebUrlsAsImageSources(String value, boolean allowed) {
        assertThat(UrlPolicy.imageSource(value) != null).isEqualTo(allowed);
    }

    @ParameterizedTest
    @CsvSource({
        "healthlibrarysupport@ebsco.com,mailto:healthlibrarysupport@ebsco.com",
        "' a.b+c@example.org ',mailto:a.b+c@example.org"
    })
    void makesAMailtoUrlForAPlainAddress(String address, String expected) {
        assertThat(UrlPolicy.mailto(address)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "no-at-sign", "@example.org", "a@", "a@b@c", "a@example.org?cc=b@example.org", "a@example.org&x",
        "\"a\"@example.org", "<a>@example.org", "a b@example.org", "javascript:alert(1)@x", "a@example.org#x"
    })
    void refusesAnAddressThatIsNotPlain(String address) {
        assertThat(UrlPolicy.mailto(address)).isNull();
    }

    @ParameterizedTest
    @CsvSource({
        "10.1038/s41598-020-59538-7,10.1038/s41598-020-59538-7",
        "10.1000/a b,10.1000/a%20b",
        "10.1000/<x>#?%,10.1000/%3Cx%3E%23%3F%25",
        "10.1000/caf\u00e9,10.1000/caf%C3%A9"
    })
    void percentEncodesAPathSegment(String value, String expected) {
        assertThat(UrlPolicy.encodePath(value)).isEqualTo(expected);
    }

    /**
     * The web-url rule and the renderers agree: every URL the rule accepts is rendered as a link,
     * over hosts, ports, user names and paths in every combination.
     */
    @org.junit.jupiter.api.Test
    void everyUrlTheWebUrlRuleAcceptsIsALink() {
        String[] schemes = {"http", "https", "HTTPS"};
        String[] users = {"", "user@", "user:pass@", ":@", "@"};
        String[] hosts = {"example.org", "a.example", "localhost", "127.0.0.1", "[::1]", "xn--bcher-kva.example", "a-b.example.",
            "a".repeat(63) + ".example", "a".repeat(64) + ".example", "x_y.example", "-a.example", "a..example", "\u00fc.example"};
        String[] ports = {"", ":", ":0", ":80", ":8080", ":65535", ":65536", ":99999", ":080", ":x"};
        String[] rests = {"", "/", "/a b", "/caf\u00e9?q=1#f", "?q", "#f", "/%zz", "/\ud800", "/\ufffe", "/a#b#c"};
        int links = 0;
        for (String scheme : schemes) {
            for (String user : users) {
                for (String host : hosts) {
                    for (String port : ports) {
                        for (String rest : rests) {
                            String url = scheme + "://" + user + host + port + rest;
                            if (org.conditioncontent.model.constraints.WebUrlValidator.isWebUrl(url)) {
                                assertThat(UrlPolicy.linkTarget(url)).as(url).isNotNull();
                                links++;
                            }
                        }
                    }
                }
            }
        }
        assertThat(links).as("the rule accepts many of them").isGreaterThan(500);
    }

    @Test
    void checksAHostLabelAsTheDnsLabelPatternDoes() {
        // The hand-written check replaced a regular expression; this holds it to that expression,
        // over labels around every edge of it: lengths 0 to 65, hyphens at either end, other characters.
        Pattern label = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?");
        char[] alphabet = {'a', 'Z', '0', '9', '-', '_', '.', ' ', '\u00e9', '/', '@', '`', '{', '[', ':'};
        Random random = new Random(63);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(66);
            for (int i = 0; i < length; i++) {
                // Mostly letters and digits, so that long valid labels come up often.
                text.append(random.nextInt(4) == 0 ? alphabet[random.nextInt(alphabet.length)] : alphabet[random.nextInt(4)]);
            }
            String s = "x." + text + ".y";
            assertThat(UrlPolicy.isLabel(s, 2, 2 + length)).as("%s", text).isEqualTo(label.matcher(text).matches());
        }
        assertThat(UrlPolicy.isLabel("a".repeat(63), 0, 63)).isTrue();
        assertThat(UrlPolicy.isLabel("a".repeat(64), 0, 64)).isFalse();
        assertThat(UrlPolicy.isLabel("a-b", 0, 3)).isTrue();
        assertThat(UrlPolicy.isLabel("-ab", 0, 3)).isFalse();
        assertThat(UrlPolicy.isLabel("ab-", 0, 3)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://a..b/", "https://.a/", "https://a.b../", "https://-a.b/", "https://a-.b/",
        "https://a_b.c/", "https://" + "a.b.c.d"})
    void linksOnlyHostsWhoseEveryLabelIsOne(String url) {
        boolean valid = url.equals("https://a.b.c.d");
        assertThat(UrlPolicy.linkTarget(url) != null).as(url).isEqualTo(valid);
    }
}
