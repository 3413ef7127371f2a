package org.conditioncontent.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.conditioncontent.model.Condition;
import org.conditioncontent.model.Paragraph;
import org.conditioncontent.model.PartialDate;
import org.conditioncontent.model.Section;
import org.conditioncontent.model.SectionKind;
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

    @Test
    void givesAnElementItsDirectionOnlyWhereItRunsAgainstThePage() {
        assertThat(TextDirection.within("en", "ar")).isEqualTo("ltr");
        assertThat(TextDirection.within("es", "he-IL")).isEqualTo("ltr");
        assertThat(TextDirection.within("ar", "en-US")).isEqualTo("rtl");
        assertThat(TextDirection.within("en", "fr")).isNull();
        assertThat(TextDirection.within("ar", "fa")).isNull();
    }

    /** An English label inside an Arabic page runs left to right, so that its colon or full stop stays at its end. */
    @Test
    void englishLabelsOnAnArabicPageRunLeftToRight() {
        Condition arabic = Condition.builder("common-cold-ar", "\u0627\u0644\u0632\u0643\u0627\u0645").language("ar-EG")
                .alsoCalled("\u0627\u0644\u0631\u0634\u062d")
                .body(Section.of(SectionKind.DEFINITION, Paragraph.of(
                        "\u0627\u0644\u0632\u0643\u0627\u0645 \u0639\u062f\u0648\u0649 \u062e\u0641\u064a\u0641\u0629.")))
                .published(PartialDate.ofMonth(2024, 11))
                .build();

        Document doc = Jsoup.parse(new HtmlRenderer().render(arabic));

        assertThat(doc.select("html").attr("dir")).isEqualTo("rtl");
        assertThat(doc.select("body [lang]").eachText()).containsExactly("Also called", "Definition", "Published", "November 2024");
        assertThat(doc.select("body [lang]")).allSatisfy(e -> {
            assertThat(e.attr("lang")).isEqualTo("en");
            assertThat(e.attr("dir")).isEqualTo("ltr");
        });
        assertThat(doc.selectFirst("p.also-called").html())
                .isEqualTo("<span lang=\"en\" dir=\"ltr\">Also called</span>: \u0627\u0644\u0631\u0634\u062d");
    }
}
