package org.conditioncontent.render.internal;

import static org.assertj.core.api.Assertions.assertThat;

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
}
