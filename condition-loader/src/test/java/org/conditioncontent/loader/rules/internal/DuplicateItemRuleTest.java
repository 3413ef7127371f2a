package org.conditioncontent.loader.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.conditioncontent.loader.ConditionLoader;
import org.conditioncontent.loader.LoadResult;
import org.conditioncontent.loader.rules.RuleSet;
import org.conditioncontent.model.Condition;
import org.conditioncontent.model.Item;
import org.conditioncontent.model.ItemList;
import org.conditioncontent.model.Section;
import org.conditioncontent.model.SectionKind;
import org.junit.jupiter.api.Test;

/**
 * The duplicate-item rule compares only items whose content hashes match: items that differ but
 * share a hash must not be reported, equal items must be, at every level of nested lists, and the
 * findings must be those of the map of items it replaced.
 */
class DuplicateItemRuleTest {

    private static List<String> reported(Condition c) {
        return RuleRun.findings(new DuplicateItemRule(), c);
    }

    /** The rule as it was: every item in a map from its key to its first index. */
    private static List<String> byMap(Condition c) {
        List<String> found = new ArrayList<>();
        for (Fields.Items list : Fields.lists(c)) {
            Map<Object, Integer> seen = new HashMap<>();
            List<?> items = list.items();
            for (int i = 0; i < items.size(); i++) {
                Object key = items.get(i) instanceof String s ? Fields.comparable(s) : items.get(i);
                Integer first = seen.putIfAbsent(key, i);
                if (first != null) {
                    found.add(list.pointer() + "/" + i + " Item " + (i + 1) + " repeats item " + (first + 1)
                            + " of this list; remove one of them");
                }
            }
        }
        return found;
    }

    private static Condition withList(Item... items) {
        return Condition.builder("a", "Title").body(Section.of(SectionKind.SYMPTOMS, ItemList.bullets(items))).build();
    }

    @Test
    void itemsThatShareAHashButDifferAreNotDuplicates() {
        // "Aa" and "BB" have the same String hash, so the two items' content hashes are equal too.
        assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
        Item aa = Item.builder("Aa").note("a note").build();
        Item bb = Item.builder("BB").note("a note").build();
        Condition c = withList(aa, bb, Item.builder("Aa").note("a note").build());
        Fields.Items list = Fields.lists(c).stream().filter(l -> l.items().size() == 3).findFirst().orElseThrow();
        assertThat(list.hash(0)).isEqualTo(list.hash(1)).isEqualTo(list.hash(2));
        assertThat(reported(c)).containsExactly("/body/0/blocks/0/items/2 Item 3 repeats item 1 of this list; remove one of them");
    }

    @Test
    void equalItemsInNestedListsAreFoundAtEveryLevel() {
        Item inner = Item.builder("Stretch").items(Item.of("calf"), Item.of("Calf "), Item.of("calf")).build();
        Item same = Item.builder("Stretch").items(Item.of("calf"), Item.of("Calf "), Item.of("calf")).build();
        Condition c = withList(inner, Item.of("Rest"), same);
        assertThat(reported(c)).containsExactly(
                "/body/0/blocks/0/items/2 Item 3 repeats item 1 of this list; remove one of them",
                "/body/0/blocks/0/items/0/items/2 Item 3 repeats item 1 of this list; remove one of them",
                "/body/0/blocks/0/items/2/items/2 Item 3 repeats item 1 of this list; remove one of them")
                .isEqualTo(byMap(c));
        // Items given as text compare by their text as written; "calf" and "Calf " are different items.
        Condition texts = withList(Item.of("calf"), Item.of("calf"));
        assertThat(reported(texts)).containsExactly("/body/0/blocks/0/items/1 Item 2 repeats item 1 of this list; remove one of them");
    }

    @Test
    void aLongListIsComparedByHashAsAShortOneIs() {
        // Longer than the lists compared item by item: sorted by hash, then compared in index order.
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            items.add(Item.builder("step " + i).note("n").build());
        }
        items.add(Item.builder("Aa").note("n").build());
        items.add(Item.builder("BB").note("n").build()); // same hash as the one before, not equal
        items.add(Item.builder("step 7").note("n").build()); // repeats item 8
        items.add(Item.builder("BB").note("n").build()); // repeats item 42, not item 41
        items.add(Item.builder("step 7").note("n").build()); // repeats item 8 again
        Condition c = withList(items.toArray(Item[]::new));
        String at = "/body/0/blocks/0/items/";
        assertThat(reported(c)).containsExactly(
                at + "42 Item 43 repeats item 8 of this list; remove one of them",
                at + "43 Item 44 repeats item 42 of this list; remove one of them",
                at + "44 Item 45 repeats item 8 of this list; remove one of them")
                .isEqualTo(byMap(c));
    }

    @Test
    void equalItemsHaveEqualHashesInEveryListOfTheExamples() throws IOException {
        for (Condition c : examples()) {
            for (Fields.Items list : Fields.lists(c)) {
                for (int i = 0; i < list.items().size(); i++) {
                    for (int j = 0; j < i; j++) {
                        if (list.items().get(i).equals(list.items().get(j))) {
                            assertThat(list.hash(i)).as(list.pointer() + "/" + i).isEqualTo(list.hash(j));
                        }
                    }
                }
            }
        }
    }

    @Test
    void findsWhatTheMapOfItemsFoundInTheExamples() throws IOException {
        List<String> all = new ArrayList<>();
        for (Condition c : examples()) {
            assertThat(reported(c)).isEqualTo(byMap(c));
            all.addAll(reported(c));
        }
        assertThat(all).as("the examples include duplicates").isNotEmpty();
    }

    private static List<Condition> examples() throws IOException {
        return Articles.examples();
    }
}
