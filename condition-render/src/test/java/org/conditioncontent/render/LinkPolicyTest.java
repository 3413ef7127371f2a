package org.conditioncontent.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LinkPolicyTest {

    @Test
    void theStandardPolicyLinksWebAndMailOnly() {
        LinkPolicy standard = LinkPolicy.standard();
        assertThat(standard.schemes()).containsExactly("http", "https", "mailto");
        assertThat(standard.href(" https://example.org/a b")).isNull();
        assertThat(standard.href(" https://example.org/a?q=\"x\" ")).isEqualTo("https://example.org/a?q=%22x%22");
        assertThat(standard.href("mailto:help@example.org")).isEqualTo("mailto:help@example.org");
        assertThat(standard.href("/topics/dehydration")).isNull();
        assertThat(standard.href("pubhub:article/1")).isNull();
    }

    @Test
    void theWebPresetRefusesMail() {
        assertThat(LinkPolicy.web().allows("mailto:help@example.org")).isFalse();
        assertThat(LinkPolicy.web().allows("https://example.org/")).isTrue();
    }

    @Test
    void aPublisherSchemeCanBeAddedWithoutChangingThePreset() {
        LinkPolicy app = LinkPolicy.standard().withScheme("PubHub");
        assertThat(app.href("pubhub:article/12")).isEqualTo("pubhub:article/12");
        assertThat(app.href("PUBHUB:article/<12>")).isEqualTo("PUBHUB:article/%3C12%3E");
        assertThat(app.href("pubhub:")).isNull();
        assertThat(LinkPolicy.standard().allows("pubhub:article/12")).isFalse();
        assertThat(app.withoutScheme("pubhub")).isEqualTo(LinkPolicy.standard());
        assertThat(app.withoutScheme("mailto").allows("mailto:a@example.org")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript", "JavaScript", "vbscript", "data", "file", "blob"})
    void schemesThatRunCodeCanNeverBeAdded(String scheme) {
        assertThatThrownBy(() -> LinkPolicy.standard().withScheme(scheme))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("can never be a link");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "pub hub", "1pub", "pub:", "пуб"})
    void malformedSchemesAreRefused(String scheme) {
        assertThatThrownBy(() -> LinkPolicy.standard().withScheme(scheme))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("a scheme is a letter");
    }

    @Test
    void relativeLinksAreForOneHostOnly() {
        LinkPolicy intranet = LinkPolicy.standard().withRelativeLinks(true);
        assertThat(intranet.relativeLinks()).isTrue();
        assertThat(intranet.href("/topics/dehydration")).isEqualTo("/topics/dehydration");
        assertThat(intranet.href("../a b")).isNull();
        assertThat(intranet.href("../a\"b")).isEqualTo("../a%22b");
        assertThat(intranet.href("?page=2#top")).isEqualTo("?page=2#top");
        assertThat(intranet.href("//evil.example/x")).isNull();
        assertThat(intranet.href("/\\evil.example/x")).isNull();
        assertThat(intranet.href("\\\\evil.example")).isNull();
        assertThat(intranet.href("javascript:alert(1)")).isNull();
        assertThat(intranet.href("java\tscript:alert(1)")).isNull();
        assertThat(intranet.href("1x:alert(1)")).isNull();
        assertThat(intranet.href("a/b\\c")).isEqualTo("a/b%5Cc");
        assertThat(LinkPolicy.standard().withRelativeLinks(false)).isSameAs(LinkPolicy.standard());
    }

    @Test
    void equalPoliciesAreEqual() {
        assertThat(LinkPolicy.web().withScheme("mailto")).isEqualTo(LinkPolicy.standard())
                .hasSameHashCodeAs(LinkPolicy.standard());
        assertThat(LinkPolicy.standard().toString()).isEqualTo("LinkPolicy[schemes=[http, https, mailto], relativeLinks=false]");
    }
}
