package org.conditioncontent.lsp.internal;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.conditioncontent.loader.LoadResult;
import org.conditioncontent.loader.rules.ReadingLevel;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Position;
import org.jspecify.annotations.Nullable;

/**
 * Hover on a field: its type and documentation from the model, and for a prose field its reading
 * level, as the reading-level rule scores it. The score needs the article as the loader builds
 * it, so it is shown while the article has no errors; it is asked for only on a prose field, and
 * the caller gives the check of the document's version it has.
 */
final class Hovers {

    private Hovers() {}

    /** What a hover says in a format-1 article, whose fields are not the model's. */
    static final String FORMAT_1 = "This article is in format 1. Hover and completion know format 2's fields: "
            + "`conditions migrate FILE` rewrites the article in format 2 (docs/migration.md).";

    /**
     * The fields whose text the reading-level rule scores (decision 42): a section's or an aside's
     * {@code blocks}, an item's own {@code paragraphs}, and each of their paragraphs.
     */
    private static final Set<String> PROSE = Set.of("blocks", "paragraphs");

    /**
     * The hover at a position.
     *
     * @param checked the loader's result for the document's text, asked for only on a prose field
     */
    static @Nullable Hover hover(OpenDocument doc, Position position, Supplier<LoadResult> checked) {
        if (doc.isFormat1()) {
            return new Hover(new MarkupContent(MarkupKind.MARKDOWN, FORMAT_1));
        }
        LineMap lines = new LineMap(doc.text());
        List<String> path = Place.field(doc.text(), lines.offset(position), doc.kind().isJson());
        if (path == null) {
            return null;
        }
        ModelPaths.Field field = ModelPaths.fieldAt(path);
        if (field == null) {
            return null;
        }
        String name = field.property().name();
        StringBuilder text = new StringBuilder("**").append(name).append("**: ")
                .append(ModelPaths.describe(field.property().type()));
        String docs = FieldDocs.field(field.owner(), name);
        if (docs != null) {
            text.append("\n\n").append(capitalise(docs));
        }
        ReadingLevel level = PROSE.contains(name) ? readingLevel(checked.get(), pointer(path)) : null;
        if (level != null && level.words() > 0) {
            text.append(String.format(Locale.ROOT,
                    "%n%nReading level: grade %.1f (Flesch-Kincaid); %d words, %d sentences, %d syllables.%n%nHardest sentence: %s",
                    level.grade(), level.words(), level.sentences(), level.syllables(), level.hardestSentence()));
        }
        return new Hover(new MarkupContent(MarkupKind.MARKDOWN, text.toString()));
    }

    /** The reading level of the prose field at a pointer (its list of paragraphs, or one of them), or {@code null}. */
    private static @Nullable ReadingLevel readingLevel(LoadResult result, String pointer) {
        if (result.condition() == null) {
            return null;
        }
        for (ReadingLevel level : ReadingLevel.of(result.condition())) {
            if (level.covers(pointer)) {
                return level;
            }
        }
        return null;
    }

    static String pointer(List<String> path) {
        StringBuilder out = new StringBuilder();
        for (String segment : path) {
            out.append('/').append(segment.replace("~", "~0").replace("/", "~1"));
        }
        return out.toString();
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
