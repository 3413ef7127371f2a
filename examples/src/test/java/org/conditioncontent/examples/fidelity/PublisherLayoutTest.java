package org.conditioncontent.examples.fidelity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading the publisher layout format of {@code examples/conditions/README.md}. */
class PublisherLayoutTest {

    @Test
    void readsEveryKindOfLine() {
        PublisherLayout layout = PublisherLayout.parse("guide.layout.txt", FidelityTest.resource("guide.layout.txt"));
        assertThat(layout.parts()).extracting(Part::describe).containsExactly(
                "line 2: heading (level 1) \"Shin Splints\"",
                "line 3: detail \"Medial Tibial Stress Syndrome\"",
                "line 5: sentence \"Shin splints are pain along the inner edge of the shin bone.\"",
                "line 5: sentence \"They often start when you run more than before.\"",
                "line 7: heading (level 2) \"Treatment\"",
                "line 8: heading (level 3) \"Immediate relief\"",
                "line 9: item (depth 0, bulleted) \"Dehydration: losing more fluid than you take in\"",
                "line 10: item (depth 0, bulleted) \"Rest—for two weeks\"",
                "line 12: aside title in an aside \"Runner's stretch\"",
                "line 13: sentence in an aside \"Do this after every run.\"",
                "line 14: item (depth 0, bulleted) in an aside \"Stand tall\"",
                "line 17: heading (level 2) \"Steps\"",
                "line 18: item (depth 0, numbered) \"Warm up.\"",
                "line 19: item (depth 1, bulleted) \"Walk for 5 minutes.\"",
                "line 20: item (depth 1, bulleted) \"Swing your legs.\"",
                "line 21: item (depth 0, numbered) \"Run slowly.\"",
                "line 23: heading (level 2) \"References\"",
                "line 24: detail \"Smith, J. Shin pain. 2020.\"");
    }

    @Test
    void aLineIndentedUnderAnItemIsThatItemsParagraph() {
        PublisherLayout layout = PublisherLayout.parse("t", "1. Stretch.\n  Hold it. Then let go.\n  - Ten times.\n");
        assertThat(layout.parts()).extracting(Part::kind, Part::text, Part::level).containsExactly(
                tuple(Part.Kind.ITEM, "Stretch.", 0),
                tuple(Part.Kind.PARAGRAPH, "Hold it.", 0),
                tuple(Part.Kind.PARAGRAPH, "Then let go.", 0),
                tuple(Part.Kind.ITEM, "Ten times.", 1));
    }

    @Test
    void comparesTextsWithoutSpacingOrQuoteStyle() {
        PublisherLayout layout = PublisherLayout.parse("t", "The  “calf”\u00a0muscle’s cramp.   It  hurts!\n");
        assertThat(layout.parts()).extracting(Part::text).isEqualTo(List.of("The \"calf\" muscle's cramp.", "It hurts!"));
    }

    @Test
    void rejectsLinesThatBreakTheFormat() {
        assertThatThrownBy(() -> PublisherLayout.parse("a.layout.txt", "- One\n   - Odd\n"))
                .hasMessage("a.layout.txt:2: list items are indented by two spaces a level");
        assertThatThrownBy(() -> PublisherLayout.parse("a.layout.txt", "- One\n    - Two levels down\n"))
                .hasMessage("a.layout.txt:2: a list item is indented more than one level below the item above it");
        assertThatThrownBy(() -> PublisherLayout.parse("a.layout.txt", "Text.\n  Indented, under no item.\n"))
                .hasMessage("a.layout.txt:2: an indented line that is not a list item must stand under one (a paragraph of that item)");
        assertThatThrownBy(() -> PublisherLayout.parse("a.layout.txt", "[aside] Box\nText.\n"))
                .hasMessage("a.layout.txt:3: an aside is never ended with [/aside]");
        assertThatThrownBy(() -> PublisherLayout.parse("a.layout.txt", "[/aside]\n"))
                .hasMessage("a.layout.txt:1: [/aside] without an aside to end");
    }
}
