package org.conditioncontent.loader.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.conditioncontent.loader.internal.Pointer;
import org.conditioncontent.model.Condition;
import org.junit.jupiter.api.Test;

/**
 * The rules' walk ({@link Fields#walk}) reads the model's records through their accessors, one
 * method per record class. These tests compare it with a walk made by reflection over every
 * record component, so a component the walk skips, a nested list it does not enter, a pointer it
 * spells otherwise, a text out of document order or an item hashed otherwise fails here.
 */
class FieldsWalkTest {

    /** Seeds 1 to this: enough generated articles that every component of every record class holds a value in some. */
    private static final int GENERATED = 300;

    @Test
    void theWalkFindsWhatAWalkOverEveryComponentFinds() throws IOException {
        for (Condition condition : Articles.examplesAndGenerated(GENERATED)) {
            Reflective expected = new Reflective();
            expected.record(condition, "", false);
            assertThat(found(condition)).as(condition.id()).isEqualTo(expected.found);
        }
    }

    @Test
    void theGeneratedArticlesGiveEveryComponentAValue() throws IOException {
        // Else the comparison above could not see the walk miss a component that the generator leaves empty.
        Reflective walked = new Reflective();
        List<String> found = new ArrayList<>();
        for (Condition condition : Articles.examplesAndGenerated(GENERATED)) {
            walked.record(condition, "", false);
            found.addAll(walked.found);
        }
        assertThat(walked.withValue).containsAll(walked.declared);
        assertThat(walked.declared).contains("Item.items", "Item.paragraphs", "Section.sections", "Aside.blocks", "Reference.authors");
        // Items nested in items, in sections nested in sections, and in asides.
        assertThat(found).anyMatch(line -> line.startsWith("text /body/") && line.contains("/sections/0/blocks/")
                && line.contains("/items/0/items/0/text "));
        assertThat(found).anyMatch(line -> line.matches("(?s)text /body/\\d+/blocks/\\d+/blocks/\\d+/items/.*"));
    }

    @Test
    void aListsItemsAreTheListItself() throws IOException {
        for (Condition condition : Articles.examples()) {
            Fields.Walk walk = Fields.walk(condition);
            assertThat(walk.listCount()).isPositive();
            for (int i = 0; i < walk.listCount(); i++) {
                Fields.Items list = walk.list(i);
                Object held = at(condition, list.pointer());
                assertThat(list.items()).as(list.pointer()).isSameAs(held);
            }
        }
    }

    @Test
    void aTextOfARecordInAListIsHeldByTheListWithTheRecordsIndex() throws IOException {
        // The walk makes no pointer object for a record in a list: a paragraph's text keeps the
        // pointer of its blocks and its index there, and its own pointer is spelled from them.
        int paragraphs = 0;
        for (Condition condition : Articles.examples()) {
            Fields.Walk walk = Fields.walk(condition);
            for (int t = 0; t < walk.size(); t++) {
                Fields.Text text = walk.text(t);
                if (text.pointer().matches("/body/\\d+/blocks/\\d+/text")) {
                    assertThat(text.holder().toString()).as(text.pointer()).matches("/body/\\d+/blocks");
                    assertThat(text.holder() + "/" + text.index() + "/" + text.name()).isEqualTo(text.pointer());
                    paragraphs++;
                }
            }
        }
        assertThat(paragraphs).isPositive();
    }

    @Test
    void aPlaceIsAComponentAnItemOrAComponentOfAnItem() {
        Pointer blocks = Pointer.ROOT.field("body").item(2).field("blocks");
        assertThat(Fields.pointer(Pointer.ROOT.field("review"), -1, "by")).hasToString("/review/by");
        assertThat(Fields.pointer(blocks, 3, null)).hasToString("/body/2/blocks/3");
        assertThat(Fields.pointer(blocks, 3, "text")).hasToString("/body/2/blocks/3/text");
        assertThat(Fields.pointer(blocks, -1, null)).isSameAs(blocks);
    }

    /** What the rules' walk found, one line per text and per list, in its order. */
    private static List<String> found(Condition condition) {
        Fields.Walk walk = Fields.walk(condition);
        List<String> texts = new ArrayList<>();
        for (int t = 0; t < walk.size(); t++) {
            Fields.Text text = walk.text(t);
            texts.add("text " + text.pointer() + " " + text.marks() + " " + text.text());
        }
        List<String> lists = new ArrayList<>();
        for (int l = 0; l < walk.listCount(); l++) {
            Fields.Items list = walk.list(l);
            StringBuilder line = new StringBuilder("list " + list.pointer() + " " + list.items().size());
            for (int i = 0; i < list.items().size(); i++) {
                line.append(' ').append(list.hash(i));
            }
            lists.add(line.toString());
        }
        List<String> out = new ArrayList<>(texts);
        out.addAll(lists);
        return out;
    }

    /** The value at a JSON Pointer of an article, read by reflection. */
    private static Object at(Object value, String pointer) {
        Object at = value;
        for (String segment : pointer.substring(1).split("/")) {
            if (at instanceof List<?> list) {
                at = list.get(Integer.parseInt(segment));
            } else {
                at = component(at, segment);
            }
        }
        return at;
    }

    private static Object component(Object record, String name) {
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            if (component.getName().equals(name)) {
                return read(component, record);
            }
        }
        throw new AssertionError(record.getClass() + " has no component " + name);
    }

    private static Object read(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new AssertionError(e);
        }
    }

    /**
     * The walk as it was made before it read each class through its accessors: every component of
     * every record, in declaration order, by reflection; texts, then lists, each in document order.
     */
    private static final class Reflective {
        final List<String> texts = new ArrayList<>();
        final List<String> lists = new ArrayList<>();
        /** What the last walk of a whole article found: its texts, then its lists. */
        final List<String> found = new ArrayList<>();
        final Set<String> declared = new TreeSet<>();
        final Set<String> withValue = new TreeSet<>();

        int record(Record record, String at, boolean hashed) {
            boolean top = at.isEmpty() && !hashed;
            int hash = 0;
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                Class<?> type = component.getType();
                if (type.isEnum() || type.isPrimitive() || Number.class.isAssignableFrom(type) || type == Boolean.class) {
                    Object value = read(component, record);
                    hash = 31 * hash + (hashed && value != null ? value.hashCode() : 0);
                    continue;
                }
                String name = record.getClass().getSimpleName() + "." + component.getName();
                declared.add(name);
                Object value = read(component, record);
                int h;
                if (value == null) {
                    h = 0;
                } else {
                    withValue.add(name);
                    String pointer = at + "/" + component.getName();
                    if (value instanceof String s) {
                        h = text(s, pointer);
                        h = hashed ? h : 0;
                    } else if (value instanceof Record r) {
                        h = record(r, pointer, hashed);
                    } else if (value instanceof List<?> list) {
                        h = list(list, pointer);
                    } else {
                        h = hashed ? value.hashCode() : 0;
                    }
                }
                hash = 31 * hash + h;
            }
            if (top) {
                found.clear();
                found.addAll(texts);
                found.addAll(lists);
                texts.clear();
                lists.clear();
            }
            return hash;
        }

        int list(List<?> list, String at) {
            int index = lists.size();
            lists.add(null); // before the items: document order
            int[] hashes = new int[list.size()];
            int hash = 1;
            for (int i = 0; i < list.size(); i++) {
                Object item = list.get(i);
                String pointer = at + "/" + i;
                int h;
                if (item instanceof String s) {
                    h = text(s, pointer);
                } else if (item instanceof Record r) {
                    h = record(r, pointer, true);
                } else if (item instanceof List<?> inner) {
                    h = list(inner, pointer);
                } else {
                    h = item == null ? 0 : item.hashCode();
                }
                hashes[i] = h;
                hash = 31 * hash + h;
            }
            StringBuilder line = new StringBuilder("list " + at + " " + list.size());
            for (int h : hashes) {
                line.append(' ').append(h);
            }
            lists.set(index, line.toString());
            return hash;
        }

        int text(String s, String at) {
            texts.add("text " + at + " " + Fields.marksOf(s) + " " + s);
            return s.hashCode();
        }
    }
}
