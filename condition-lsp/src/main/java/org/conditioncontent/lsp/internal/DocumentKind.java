package org.conditioncontent.lsp.internal;

import java.nio.file.Path;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** What a document is, from its file name: an article in YAML or JSON, the rules configuration, or neither. */
enum DocumentKind {
    YAML_ARTICLE,
    JSON_ARTICLE,
    RULES_CONFIG,
    OTHER;

    /** The name of the rules configuration, as {@code conditions validate} finds it. */
    static final String CONFIG_FILE = "conditions.yaml";

    static DocumentKind of(@Nullable Path file, String uri) {
        String name = file != null && file.getFileName() != null ? file.getFileName().toString()
                : uri.substring(uri.lastIndexOf('/') + 1);
        String lower = name.toLowerCase(Locale.ROOT);
        if (name.equals(CONFIG_FILE)) {
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

    boolean isArticle() {
        return this == YAML_ARTICLE || this == JSON_ARTICLE;
    }

    boolean isJson() {
        return this == JSON_ARTICLE;
    }
}
