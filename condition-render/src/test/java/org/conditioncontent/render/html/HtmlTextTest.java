package org.conditioncontent.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.conditioncontent.model.Condition;
import org.junit.jupiter.api.Test;

/** {@link HtmlText} escapes as the HTML renderer escapes article text. */
class HtmlTextTest {

    @Test
    void escapesMarkupQuotesAndDropsWhatMakesHtmlIllFormed() {
        assertThat(HtmlText.escape("Unknown field \"<script>\" & 'x'\u0000\u0007 ok"))
                .isEqualTo("Unknown field &quot;&lt;script&gt;&quot; &amp; &#39;x&#39; ok");
        assertThat(HtmlText.escape("plain")).isEqualTo("plain");
    }

    @Test
    void isTheRenderersOwnEscaping() {
        String title = "Cramps <b>\"bold\"</b> & 'more'\u0001";
        String page = new HtmlRenderer().render(Condition.builder("x", title).build());
        assertThat(page).contains("<h1>" + HtmlText.escape(title) + "</h1>");
    }
}
