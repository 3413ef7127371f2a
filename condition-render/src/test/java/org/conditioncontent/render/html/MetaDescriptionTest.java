package org.conditioncontent.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.conditioncontent.model.Condition;
import org.conditioncontent.model.Paragraph;
import org.conditioncontent.model.Section;
import org.conditioncontent.model.SectionKind;
import org.junit.jupiter.api.Test;

class MetaDescriptionTest {

    @Test
    void keepsAShortParagraphWithWhiteSpaceCollapsed() {
        assertThat(MetaDescription.truncate("  Short\n text\there. ", 160)).isEqualTo("Short text here.");
    }

    @Test
    void keepsAParagraphOfExactlyTheMaximumLength() {
        String text = "a".repeat(159) + ".";
        assertThat(MetaDescription.truncate(text, 160)).isEqualTo(text);
    }

    @Test
    void cutsALongParagraphAtAWordBoundaryAndAddsAnEllipsis() {
        String text = "word ".repeat(40).strip(); // 199 characters
        String description = MetaDescription.truncate(text, 160);
        assertThat(description).hasSize(160).endsWith("word\u2026");
        assertThat(description.substring(0, description.length() - 1)).isEqualTo("word ".repeat(32).strip());
    }

    @Test
    void dropsADanglingCommaBeforeTheEllipsis() {
        assertThat(MetaDescription.truncate("one two, three four", 14)).isEqualTo("one two\u2026");
    }

    @Test
    void cutsOneLongWordWithoutSplittingASurrogatePair() {
        String text = "a".repeat(8) + "\ud83d\ude00" + "b".repeat(10);
        assertThat(MetaDescription.truncate(text, 10)).isEqualTo("a".repeat(8) + "\u2026");
    }

    @Test
    void describesAnArticleByItsFirstDefinitionParagraph() {
        Condition c = Condition.builder("x", "X")
                .body(Section.of(SectionKind.CAUSES, Paragraph.of("A cause.")),
                        Section.of(SectionKind.DEFINITION, Paragraph.of("First."), Paragraph.of("Second.")))
                .build();
        assertThat(MetaDescription.of(c)).isEqualTo("First.");
        assertThat(MetaDescription.of(Condition.builder("x", "X").build())).isEmpty();
    }

    @Test
    void describesAnArticleWithoutDefinitionByItsFirstParagraph() {
        Condition c = Condition.builder("x", "X")
                .body(new Section(SectionKind.OTHER, null, true, List.of(Paragraph.of("Leg cramps are common.")), List.of()),
                        Section.of(SectionKind.CAUSES, Paragraph.of("A cause.")))
                .build();
        assertThat(MetaDescription.of(c)).isEqualTo("Leg cramps are common.");
    }

    @Test
    void skipsTheMatcherOnlyForTextsItWouldLeaveAsTheyAre() {
        // The check before the matcher must say "collapsed" exactly when the matcher changes nothing.
        java.util.regex.Pattern whiteSpace = java.util.regex.Pattern.compile("\\s+");
        char[] alphabet = {'a', ' ', ' ', '\t', '\n', '\u000b', '\f', '\r', '\u001c', '\u00a0', '\u2003', '\u0085', '.'};
        java.util.Random random = new java.util.Random(160);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(12);
            for (int i = 0; i < length; i++) {
                text.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String s = text.toString();
            assertThat(MetaDescription.isCollapsed(s)).as("%s", s.chars().boxed().toList())
                    .isEqualTo(whiteSpace.matcher(s).replaceAll(" ").equals(s));
        }
    }
}

