package org.conditioncontent.render.internal;

import java.util.HashMap;
import java.util.Map;
import org.conditioncontent.model.Condition;
import org.conditioncontent.render.Labels;

/**
 * The label sets a renderer chooses from, built once per renderer: the built-in English and
 * Spanish sets with the ones its builder was given in their place or beside them. Choosing reads
 * the article's primary language subtag; an article in a language without a set gets English.
 */
public final class LabelChoice {

    private static final LabelChoice BUILT_IN = new LabelChoice(Map.of());

    private final Map<String, Labels> byLanguage;
    private final Labels english;

    private LabelChoice(Map<String, Labels> replaced) {
        Map<String, Labels> all = new HashMap<>();
        all.put("en", Labels.english());
        all.put("es", Labels.spanish());
        all.putAll(replaced);
        this.english = all.get("en") == null ? Labels.english() : all.get("en");
        this.byLanguage = Map.copyOf(all);
    }

    /**
     * The built-in label sets alone.
     *
     * @return the choice
     */
    public static LabelChoice builtIn() {
        return BUILT_IN;
    }

    /**
     * The built-in sets with some replaced or added, by their language.
     *
     * @param labels the sets, by primary language subtag
     * @return the choice
     */
    public static LabelChoice of(Map<String, Labels> labels) {
        return labels.isEmpty() ? BUILT_IN : new LabelChoice(labels);
    }

    /**
     * The label set for an article.
     *
     * @param condition the article
     * @return the set of its language, else the English one
     */
    public Labels forArticle(Condition condition) {
        String language = condition.language();
        if (language == null || language.equals("en") || language.startsWith("en-")) {
            return english;
        }
        return byLanguage.getOrDefault(Labels.primaryLanguage(language), english);
    }
}
