package org.conditioncontent.lsp.internal;

import java.nio.file.Path;
import java.util.Locale;
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

    boolean isArticle() {
        return this == YAML_ARTICLE || this == JSON_ARTICLE;
    }

    boolean isJson() {
        return this == JSON_ARTICLE;
    }
}
