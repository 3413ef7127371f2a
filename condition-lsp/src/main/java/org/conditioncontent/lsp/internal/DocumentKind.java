package org.conditioncontent.lsp.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.conditioncontent.loader.ArticleFiles;
import org.jspecify.annotations.Nullable;

/** What a document is, from its file name: an article in YAML or JSON, the rules configuration, or neither. */
enum DocumentKind {
    YAML_ARTICLE,
    JSON_ARTICLE,
    RULES_CONFIG,
    OTHER;

    /** The name of the rules configuration, as {@code conditions validate} finds it. */
    static final String CONFIG_FILE = ArticleFiles.CONFIGURATION;

    /** The other name it may have, read where there is no {@link #CONFIG_FILE}, as the command does. */
    static final String CONFIG_FILE_YML = ArticleFiles.CONFIGURATION_YML;

    static DocumentKind of(@Nullable Path file, String uri) {
        String name = file != null && file.getFileName() != null ? file.getFileName().toString()
                : uri.substring(uri.lastIndexOf('/') + 1);
        String lower = name.toLowerCase(Locale.ROOT);
        if (name.equals(CONFIG_FILE) || name.equals(CONFIG_FILE_YML)) {
            return RULES_CONFIG;
        }
        if (lower.endsWith(".json")) {
            return JSON_ARTICLE;
        }
        if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
            return YAML_ARTICLE;
        }
        return OTHER;
    }

    /**
     * What a document is, as {@link #of(Path, String)} says from its name, except that a file
     * {@code conditions validate} would pass over when it searches the workspace folder is no
     * article: a hidden file, or one in a hidden folder
     * ({@code .github/workflows/ci.yml}) or in {@code node_modules}. A file outside every workspace
     * folder is taken by its name alone, as a file named on the command line is read.
     *
     * @param root the workspace folder that holds the file, or {@code null}
     */
    static DocumentKind of(@Nullable Path file, String uri, @Nullable Path root) {
        DocumentKind byName = of(file, uri);
        if (byName.isArticle() && file != null && root != null && file.startsWith(root) && passedOver(root.relativize(file))) {
            return OTHER;
        }
        return byName;
    }

    private static boolean passedOver(Path relative) {
        if (ArticleFiles.isPassedOver(relative)) {
            return true;
        }
        for (Path folder = relative.getParent(); folder != null; folder = folder.getParent()) {
            if (ArticleFiles.isPassedOverFolder(folder)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A top-level key of a YAML document: at the start of a line, plain or quoted, before a colon
     * that ends the line or is followed by a space or tab.
     */
    private static final Pattern YAML_KEY = Pattern.compile("^(?:\"([^\"\\\\]*)\"|'([^']*)'|([^\\s#'\"{\\[\\-?:,][^:#]*?))[ \\t]*:(?:[ \\t]|$)");
    /** The end of a YAML document: {@code ---} or {@code ...} at the start of a line. */
    private static final Pattern YAML_DOCUMENT_END = Pattern.compile("^(?:---|\\.\\.\\.)(?:[ \\t].*)?$");

    /**
     * Whether a document's text says it is an article wherever it is: it has a top-level
     * {@code formatVersion}, or both a top-level {@code id} and {@code title} (an article that
     * lacks its {@code formatVersion}, as a format-1 file may). Other YAML and JSON files
     * ({@code package.json}, {@code docker-compose.yml}) have neither. A YAML file written as JSON
     * (its text starts with <code>{</code>) is read as JSON.
     *
     * @param json whether the text is JSON rather than YAML
     */
    static boolean declaresArticle(String text, boolean json) {
        return declaresArticle(topLevelKeys(text, json));
    }

    /** Whether top-level keys say the document is an article, as {@link #declaresArticle(String, boolean)}. */
    static boolean declaresArticle(List<String> keys) {
        return keys.contains("formatVersion") || keys.contains("id") && keys.contains("title");
    }

    /**
     * The keys of a document's top-level object, as far as its text can be read (it may be
     * half-typed): for YAML, the keys at the start of a line in its first document (a later
     * document of the stream is no part of it); for JSON, and YAML written as JSON, each string at
     * depth one that a colon follows.
     *
     * @param json whether the text is JSON rather than YAML
     */
    static List<String> topLevelKeys(String text, boolean json) {
        if (json || text.stripLeading().startsWith("{")) {
            return topLevelJsonKeys(text);
        }
        List<String> keys = new ArrayList<>();
        for (String line : text.split("\\R")) {
            if (YAML_DOCUMENT_END.matcher(line).matches()) {
                if (!keys.isEmpty()) {
                    break;
                }
                continue;
            }
            Matcher key = YAML_KEY.matcher(line);
            if (key.find()) {
                String name = key.group(1) != null ? key.group(1) : key.group(2) != null ? key.group(2) : key.group(3);
                keys.add(name.strip());
            }
        }
        return keys;
    }

    /**
     * The keys of a JSON text's top-level object, as far as the text can be read (it may be
     * half-typed): each string at depth one that a colon follows. Escapes are kept as written.
     */
    private static List<String> topLevelJsonKeys(String text) {
        List<String> keys = new ArrayList<>();
        int depth = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '"') {
                int start = ++i;
                while (i < n && text.charAt(i) != '"') {
                    i += text.charAt(i) == '\\' ? 2 : 1;
                }
                int end = Math.min(i, n);
                i++;
                if (depth == 1) {
                    int j = i;
                    while (j < n && Character.isWhitespace(text.charAt(j))) {
                        j++;
                    }
                    if (j < n && text.charAt(j) == ':') {
                        keys.add(text.substring(start, end));
                    }
                }
                continue;
            }
            if (c == '{' || c == '[') {
                if (depth == 0 && c == '[') {
                    return keys; // a top-level array: no article
                }
                depth++;
            } else if (c == '}' || c == ']') {
                depth--;
                if (depth <= 0) {
                    return keys;
                }
            }
            i++;
        }
        return keys;
    }

    boolean isArticle() {
        return this == YAML_ARTICLE || this == JSON_ARTICLE;
    }

    boolean isJson() {
        return this == JSON_ARTICLE;
    }
}
