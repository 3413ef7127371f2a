package org.conditioncontent.loader.rules.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.conditioncontent.json.Property;
import org.conditioncontent.json.RecordShape;
import org.conditioncontent.model.Condition;
import org.conditioncontent.model.Section;
import org.jspecify.annotations.Nullable;

/**
 * The values of an article that editorial rules look at, each with its JSON Pointer: every text,
 * every list, and the prose fields (lists of paragraphs). Walks the records by their components,
 * as the wire format does, so new fields are covered without changes here.
 */
public final class Fields {

    private Fields() {}

    /**
     * The last article walked on this thread, with what was found. The rules of one check ask for
     * the same article's texts and lists in turn (five rules walk its texts, one its lists): walking
     * it once instead of six times was a fifth of the time the editorial rules took (see
     * docs/performance.md). Articles are immutable records, so what was found for an instance stays
     * true; holding one article per thread costs a few kilobytes.
     */
    private static final ThreadLocal<Walk> LAST_WALK = new ThreadLocal<>();

    /** An article and its texts and lists, in document order; both lists are unmodifiable. */
    private record Walk(Condition condition, List<Text> texts, List<Items> lists) {}

    /**
     * A text value and where it is.
     *
     * @param pointer its JSON Pointer
     * @param text the text
     */
    public record Text(String pointer, String text) {}

    /**
     * A list and where it is.
     *
     * @param pointer its JSON Pointer
     * @param items its items
     */
    public record Items(String pointer, List<?> items) {}

    /**
     * Paragraphs of prose and where they are.
     *
     * @param pointer the JSON Pointer of the list of paragraphs
     * @param paragraphs the paragraphs
     */
    public record Prose(String pointer, List<String> paragraphs) {}

    /**
     * Every text value of an article, including list items, in document order.
     *
     * @param condition the article
     * @return the texts
     */
    public static List<Text> texts(Condition condition) {
        return walked(condition).texts();
    }

    /**
     * Every list of an article, in document order.
     *
     * @param condition the article
     * @return the lists
     */
    public static List<Items> lists(Condition condition) {
        return walked(condition).lists();
    }

    /** The texts and lists of an article, from one walk shared by the rules that ask on this thread. */
    private static Walk walked(Condition condition) {
        Walk last = LAST_WALK.get();
        if (last != null && last.condition() == condition) {
            return last;
        }
        List<Text> texts = new ArrayList<>(256);
        List<Items> lists = new ArrayList<>(64);
        walk(condition, "", texts, lists);
        Walk walk = new Walk(condition, Collections.unmodifiableList(texts), Collections.unmodifiableList(lists));
        LAST_WALK.set(walk);
        return walk;
    }

    /**
     * The prose of an article: the paragraph lists of the typed sections, the summaries before
     * their lists, and the paragraphs of further sections.
     *
     * @param condition the article
     * @return the non-empty prose fields, in document order
     */
    public static List<Prose> prose(Condition condition) {
        List<Prose> out = new ArrayList<>();
        add(out, "/definition", condition.definition());
        add(out, "/causes", condition.causes());
        if (condition.riskFactors() != null) {
            add(out, "/riskFactors/summary", condition.riskFactors().summary());
        }
        add(out, "/symptoms", condition.symptoms());
        add(out, "/diagnosis", condition.diagnosis());
        if (condition.treatment() != null) {
            add(out, "/treatment/summary", condition.treatment().summary());
        }
        if (condition.prevention() != null) {
            add(out, "/prevention/summary", condition.prevention().summary());
        }
        if (condition.medications() != null) {
            add(out, "/medications/summary", condition.medications().summary());
        }
        List<Section> sections = condition.sections();
        for (int i = 0; i < sections.size(); i++) {
            add(out, "/sections/" + i + "/paragraphs", sections.get(i).paragraphs());
        }
        return out;
    }

    private static void add(List<Prose> out, String pointer, List<String> paragraphs) {
        if (!paragraphs.isEmpty()) {
            out.add(new Prose(pointer, paragraphs));
        }
    }

    private static void walk(@Nullable Object value, String pointer, @Nullable List<Text> texts, @Nullable List<Items> lists) {
        if (value instanceof String s) {
            if (texts != null) {
                texts.add(new Text(pointer, s));
            }
        } else if (value instanceof List<?> list) {
            if (lists != null) {
                lists.add(new Items(pointer, list));
            }
            for (int i = 0; i < list.size(); i++) {
                walk(list.get(i), pointer + "/" + i, texts, lists);
            }
        } else if (value instanceof Record record) {
            for (Property p : RecordShape.of(record.getClass()).properties()) {
                walk(p.read(record), pointer + "/" + p.name(), texts, lists);
            }
        }
    }
}
