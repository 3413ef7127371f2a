package org.conditioncontent.lsp.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.conditioncontent.json.Property;
import org.conditioncontent.json.RecordShape;
import org.conditioncontent.json.WireFormat;
import org.conditioncontent.model.Aside;
import org.conditioncontent.model.Block;
import org.conditioncontent.model.Item;
import org.conditioncontent.model.ItemKind;
import org.conditioncontent.model.ItemList;
import org.conditioncontent.model.Media;
import org.conditioncontent.model.Section;
import org.junit.jupiter.api.Test;

/** Paths of format 2 mean the model's parts: through sections, the variants of a block, and items. */
class ModelPathsTest {

    @Test
    void aPathThroughABlockTakesTheVariantThatHasTheField() {
        assertThat(ModelPaths.typeAt(List.of("body", "0", "blocks", "2"))).isEqualTo(Block.class);
        assertThat(ModelPaths.fieldAt(List.of("body", "0", "blocks", "2", "items")))
                .isEqualTo(new ModelPaths.Field(ItemList.class, RecordShape.of(ItemList.class).property("items")));
        assertThat(ModelPaths.fieldAt(List.of("body", "0", "blocks", "1", "title")).owner()).isEqualTo(Aside.class);
        assertThat(ModelPaths.fieldAt(List.of("body", "0", "blocks", "1", "credit")).owner()).isEqualTo(Media.class);
        // An aside's own blocks, then a nested section's list, its item and the item's nested item.
        assertThat(ModelPaths.fieldAt(List.of("body", "3", "sections", "1", "blocks", "0", "blocks", "2", "items", "0", "items", "4", "kind")))
                .isEqualTo(new ModelPaths.Field(Item.class, RecordShape.of(Item.class).property("kind")));
        assertThat(ModelPaths.typeAt(List.of("body", "3", "sections", "1", "blocks", "0", "blocks", "2", "items", "0", "items", "4", "kind")))
                .isEqualTo(ItemKind.class);
    }

    @Test
    void anItemWrittenAsTextIsStillAnItem() {
        // "- Pregnancy" in a list: the value is a text, its place an item.
        assertThat(ModelPaths.typeAt(List.of("body", "2", "blocks", "2", "items", "0"))).isEqualTo(Item.class);
        assertThat(ModelPaths.fieldAt(List.of("body", "2", "blocks", "2", "items", "0")).owner()).isEqualTo(ItemList.class);
        assertThat(ModelPaths.describe(Item.class)).isEqualTo("text, or an object (item)");
    }

    @Test
    void pathsThatLeaveTheModelHaveNoType() {
        assertThat(ModelPaths.typeAt(List.of("body", "0", "noSuchField"))).isNull();
        assertThat(ModelPaths.typeAt(List.of("body", "kind"))).as("a field name on a list").isNull();
        assertThat(ModelPaths.typeAt(List.of("body", "0", "blocks", "0", "nothing"))).as("no variant has the field").isNull();
        assertThat(ModelPaths.typeAt(List.of("title", "0"))).isNull();
        assertThat(ModelPaths.fieldAt(List.of("0"))).isNull();
    }

    /**
     * An object written where a list belongs (the list's "- " forgotten, as while typing): a name on
     * the list names no field, and a bare {@code List} has no records or values, where both used to
     * throw and fail the hover.
     */
    @Test
    void aNameOnAListNamesNoField() {
        assertThat(ModelPaths.fieldAt(List.of("body", "kind"))).isNull();
        assertThat(ModelPaths.fieldAt(List.of("alsoCalled", "foo"))).isNull();
        assertThat(ModelPaths.fieldAt(List.of("body", "0", "blocks", "items"))).isNull();
        assertThat(ModelPaths.records(List.class)).isEmpty();
        assertThat(ModelPaths.values(List.class)).isEmpty();
        assertThat(ModelPaths.describe(List.class)).isEqualTo("a list");
    }

    @Test
    void theFieldsAnObjectMayHave() {
        assertThat(ModelPaths.records(Section.class)).containsExactly(Section.class);
        assertThat(ModelPaths.records(ModelPaths.typeAt(List.of("body")))).containsExactly(Section.class);
        assertThat(ModelPaths.records(Block.class)).containsExactlyElementsOf(WireFormat.variants(Block.class));
        assertThat(ModelPaths.records(ModelPaths.typeAt(List.of("published")))).as("a date is written as text").isEmpty();
        assertThat(ModelPaths.records(String.class)).isEmpty();
        assertThat(ModelPaths.records(null)).isEmpty();
    }

    @Test
    void typesInWords() {
        assertThat(ModelPaths.describe(ModelPaths.typeAt(List.of("published")))).isEqualTo("a date: YYYY, YYYY-MM or YYYY-MM-DD");
        assertThat(ModelPaths.describe(ModelPaths.typeAt(List.of("body")))).isEqualTo("a list of sections");
        assertThat(ModelPaths.describe(ModelPaths.typeAt(List.of("body", "0", "blocks")))).isEqualTo("a list of blocks");
        assertThat(ModelPaths.describe(Block.class)).isEqualTo("a block: text (paragraph), or an object with items (item list), "
                + "or an object with title (aside), or an object with credit (media)");
        assertThat(ModelPaths.describe(null)).isEqualTo("a value");
        Property ordered = RecordShape.of(ItemList.class).property("ordered");
        assertThat(ModelPaths.describe(ordered.type())).isEqualTo("true or false");
        assertThat(ModelPaths.values(ordered.type())).containsExactly("true", "false");
    }
}
