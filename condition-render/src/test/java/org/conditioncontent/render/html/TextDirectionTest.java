package org.conditioncontent.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.conditioncontent.model.Condition;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class TextDirectionTest {

    @Test
    void languagesWrittenRightToLeftAreRtlByTheirScriptFirst() {
        for (String rtl : List.of("ar", "ar-EG", "he", "fa-IR", "ur", "yi", "ps", "ckb", "AR", "az-Arab", "pa-Arab-PK")) {
            assertThat(TextDirection.of(rtl)).as(rtl).isEqualTo("rtl");
        }
        for (String ltr : List.of("en", "en-US", "es-419", "de", "az", "ur-Latn", "sd-Deva", "ku", "zh-Hant-TW")) {
            assertThat(TextDirection.of(ltr)).as(ltr).isNull();
        }
        assertThat(TextDirection.of(null)).isNull();
        assertThat(TextDirection.of("")).isNull();
    }

    @Test
    void aPageInArabicIsLaidOutFromTheRightAndItsIndexEntryIsIsolated() {
        Condition arabic = Condition.builder("cramps-ar", "\u062a\u0634\u0646\u062c \u0627\u0644\u0639\u0636\u0644\u0627\u062a")
                .language("ar").alsoCalled("\u0634\u062f \u0639\u0636\u0644\u064a").build();
        Condition english = Condition.builder("cramps", "Leg Cramps").language("en").build();

        assertThat(Jsoup.parse(new HtmlRenderer().render(arabic)).select("html").attr("dir")).isEqualTo("rtl");
        assertThat(Jsoup.parse(new HtmlRenderer().render(english)).select("html").hasAttr("dir")).isFalse();
        Document index = Jsoup.parse(AzIndexPage.render(List.of(arabic, english), null));
        assertThat(index.select("a[lang=ar]").eachAttr("dir")).containsExactly("rtl", "rtl");
        assertThat(index.select("span[lang=ar]").eachAttr("dir")).containsExactly("rtl");
        assertThat(index.select("a[href=cramps.html]").hasAttr("dir")).isFalse();
    }
}
