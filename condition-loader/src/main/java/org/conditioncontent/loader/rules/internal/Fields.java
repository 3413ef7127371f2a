package org.conditioncontent.loader.rules.internal;

import java.util.ArrayList;
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
        List<Text> out = new ArrayList<>();
        walk(condition, "", out, null);
        return out;
    }

    /**
     * Every list of an article, in document order.
     *
     * @param condition the article
     * @return the lists
     */
    public static List<Items> lists(Condition condition) {
        List<Items> out = new ArrayList<>();
        walk(condition, "", null, out);
        return out;
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
