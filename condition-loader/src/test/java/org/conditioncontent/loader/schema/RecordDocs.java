package org.conditioncontent.loader.schema;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.conditioncontent.json.WireFormat;

/**
 * Reads the documentation of the model's records from their sources: each record's (and sealed
 * interface's) first sentence and each component's {@code @param} text, with inline tags turned
 * into plain words, as editors read them in a schema's descriptions.
 */
final class RecordDocs {

    /** The model's sources, from the loader module's folder (where Maven runs its tests). */
    static final Path MODEL_SOURCES = Path.of("../condition-model/src/main/java/org/conditioncontent/model");

    /** The sources of the format-1 records the loader still reads, from the loader module's folder. */
    static final Path FORMAT1_SOURCES = Path.of("src/main/java/org/conditioncontent/loader/format1");

    private static final String MODEL_PACKAGE = "org.conditioncontent.model.";

    /** A Javadoc comment right before a record or a sealed interface, annotations allowed between. */
    private static final Pattern DOCUMENTED_TYPE = Pattern.compile(
            "/\\*\\*(.*?)\\*/\\s*(?:@[\\w.]+(?:\\([^)]*\\))?\\s*)*public\\s+(?:sealed\\s+interface|record)\\s+(\\w+)", Pattern.DOTALL);

    private static final Pattern INLINE_TAG = Pattern.compile("\\{@(code|link|linkplain|value|literal)\\s+([^}]*)}");

    private RecordDocs() {}

    /**
     * The descriptions of every record and sealed interface of every article format: the model's,
     * and the format-1 records'.
     *
     * @return by type name ({@link Descriptions#key(Class)}): the first sentence under
     *     {@link Descriptions#TYPE_KEY}, and each component's {@code @param} text under its name
     */
    static Map<String, Map<String, String>> read() {
        Map<String, Map<String, String>> byType = new TreeMap<>();
        read(MODEL_SOURCES, "", byType);
        read(FORMAT1_SOURCES, "format1.", byType);
        return byType;
    }

    /** Reads one package's sources, keeping each type's texts under the prefix and its simple name. */
    private static void read(Path sources, String prefix, Map<String, Map<String, String>> byType) {
        try (Stream<Path> files = Files.list(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String source = Files.readString(file, StandardCharsets.UTF_8);
                Matcher m = DOCUMENTED_TYPE.matcher(source);
                if (m.find()) {
                    byType.put(prefix + m.group(2), describe(m.group(2), m.group(1)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> describe(String type, String comment) {
        List<String> lines = comment.lines().map(l -> l.replaceFirst("^\\s*\\*? ?", "")).toList();
        StringBuilder body = new StringBuilder();
        Map<String, String> params = new LinkedHashMap<>();
        String param = null;
        StringBuilder text = null;
        for (String line : lines) {
            if (line.startsWith("@")) {
                if (param != null) {
                    params.put(param, plain(type, text.toString()));
                }
                Matcher tag = Pattern.compile("@param\\s+(\\w+)\\s*(.*)").matcher(line);
                param = tag.matches() ? tag.group(1) : null;
                text = new StringBuilder(tag.matches() ? tag.group(2) : "");
            } else if (param != null) {
                text.append(' ').append(line);
            } else if (text == null) {
                body.append(line).append('\n');
            }
        }
        if (param != null) {
            params.put(param, plain(type, text.toString()));
        }
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put(Descriptions.TYPE_KEY, firstSentence(plain(type, body.toString().split("\n\\s*\n")[0])));
        texts.putAll(params);
        return texts;
    }

    private static String firstSentence(String text) {
        // A period that ends a sentence: not part of an ellipsis, and followed by a capital or the end.
        Matcher end = Pattern.compile("(?<!\\.)\\.(?=\\s+\\p{Lu}|\\s*$)").matcher(text);
        return end.find() ? text.substring(0, end.start() + 1) : text;
    }

    /** Inline tags as words, HTML tags dropped, white space collapsed. */
    private static String plain(String type, String javadoc) {
        Matcher m = INLINE_TAG.matcher(javadoc);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(inline(type, m.group(1), m.group(2).strip())));
        }
        m.appendTail(out);
        return out.toString().replaceAll("<[^>]+>", "").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
                .replaceAll("\\s+", " ").strip();
    }

    private static String inline(String type, String tag, String content) {
        switch (tag) {
            case "value":
                return String.valueOf(constant(type, content));
            case "link":
            case "linkplain":
                String[] parts = content.split("\\s+", 2);
                if (parts.length == 2) {
                    return parts[1];
                }
                return linkTarget(type, parts[0]);
            default:
                return content;
        }
    }

    /** A link's words: an enum constant as the wire writes it, a member by its name, a type by its name. */
    private static String linkTarget(String type, String target) {
        int hash = target.indexOf('#');
        if (hash < 0) {
            return target;
        }
        String owner = hash == 0 ? type : target.substring(0, hash);
        String member = target.substring(hash + 1).replaceAll("\\(.*", "");
        try {
            Class<?> c = Class.forName(MODEL_PACKAGE + owner);
            if (c.isEnum()) {
                for (Object constant : c.getEnumConstants()) {
                    if (((Enum<?>) constant).name().equals(member)) {
                        return WireFormat.enumName((Enum<?>) constant);
                    }
                }
            }
        } catch (ClassNotFoundException e) {
            // Not a model type: its member's name is the best words for it.
        }
        return member;
    }

    private static Object constant(String type, String reference) {
        String owner = reference.startsWith("#") ? type : reference.substring(0, reference.indexOf('#'));
        String field = reference.substring(reference.indexOf('#') + 1);
        try {
            return Class.forName(MODEL_PACKAGE + owner).getField(field).get(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("{@value " + reference + "} in " + type + " names no constant", e);
        }
    }
}
