package org.conditioncontent.render.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.conditioncontent.model.Condition;
import org.conditioncontent.model.Item;
import org.conditioncontent.model.ItemList;
import org.conditioncontent.model.Paragraph;
import org.conditioncontent.model.Section;
import org.conditioncontent.model.SectionKind;
import org.junit.jupiter.api.Test;

/** The JSON renderer on articles built in code, which nothing has validated. */
class JsonRendererTest {

    @Test
    void aParagraphOrItemWithNullTextIsWrittenWithoutIt() {
        // A renderer never fails on content; these threw NullPointerException from the wire
        // format (audit-api #5). The text is absent, as in HTML, and what is left is written.
        Condition c = Condition.builder("a", "A title")
                .body(Section.of(SectionKind.CAUSES, Paragraph.of(null),
                        ItemList.bullets(Item.of(null), Item.builder(null).note("a note").build(), Item.of("Kept"))))
                .build();
        assertThat(new JsonRenderer().render(c)).isEqualTo("""
                {
                  "formatVersion": 2,
                  "id": "a",
                  "title": "A title",
                  "body": [
                    {
                      "kind": "causes",
                      "blocks": [
                        {},
                        {
                          "items": [
                            {},
                            {
                              "note": "a note"
                            },
                            "Kept"
                          ]
                        }
                      ]
                    }
                  ]
                }
                """);
    }
}
