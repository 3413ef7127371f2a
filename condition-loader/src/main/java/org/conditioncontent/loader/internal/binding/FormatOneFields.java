package org.conditioncontent.loader.internal.binding;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.conditioncontent.json.Property;
import org.conditioncontent.json.RecordShape;
import org.conditioncontent.loader.internal.Node;
import org.conditioncontent.model.Condition;

/**
 * The top-level fields of format 1 that format 2 does not have ({@code definition},
 * {@code riskFactors}, {@code medications}, ...): a format-2 article, or one without a
 * {@code formatVersion}, that has them is most likely a format-1 article, and the binder says so
 * instead of only calling each field unknown.
 */
final class FormatOneFields {

    private FormatOneFields() {}

    /**
     * Whether a field of a format-2 article is one of format 1's own.
     *
     * @param name the field's name
     * @return {@code true} for a top-level field of format 1 that format 2 does not have
     */
    static boolean isFormatOneOnly(String name) {
        return Lazy.ONLY_IN_FORMAT_1.contains(name);
    }

    /**
     * The fields of an article that are format 1's own, in the article's order.
     *
     * @param article the article's object
     * @return their names, empty when it has none
     */
    static List<String> in(Node.ObjectNode article) {
        Set<String> found = new LinkedHashSet<>();
        for (Node.Field field : article.fields()) {
            if (isFormatOneOnly(field.name())) {
                found.add(field.name());
            }
        }
        return List.copyOf(found);
    }

    /**
     * Names for a message: {@code "definition", "symptoms" and "treatment"}.
     *
     * @param names field names, at least one
     * @return each quoted, the last two joined by "and"
     */
    static String quoted(List<String> names) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            out.append(i == 0 ? "" : i == names.size() - 1 ? " and " : ", ").append('"').append(names.get(i)).append('"');
        }
        return out.toString();
    }

    /**
     * Read the first time a hint is needed: reading record components costs start-up time that a
     * run of valid articles should not pay (docs/performance.md).
     */
    private static final class Lazy {
        static final Set<String> ONLY_IN_FORMAT_1 = only();

        private static Set<String> only() {
            Set<String> current = RecordShape.of(Condition.class).properties().stream().map(Property::name)
                    .collect(Collectors.toSet());
            return RecordShape.of(org.conditioncontent.loader.format1.Condition.class).properties().stream()
                    .map(Property::name).filter(name -> !current.contains(name)).collect(Collectors.toUnmodifiableSet());
        }
    }
}
