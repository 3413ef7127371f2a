package org.conditioncontent.loader;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The syntax an article file is written in. */
public enum SourceFormat {
    /** JSON (RFC 8259); files ending in {@code .json}. */
    JSON,
    /** YAML 1.2; files ending in {@code .yaml} or {@code .yml}. */
    YAML;

    /**
     * The format of a file, from its name.
     *
     * @param file a file
     * @return the format, or empty if the name does not end in .json, .yaml or .yml (in any case)
     */
    public static Optional<SourceFormat> of(Path file) {
        Path name = file.getFileName();
        if (name == null) {
            return Optional.empty();
        }
        return ofName(name.toString());
    }

    /**
     * The format of a file, from its name as text: for names that may not be paths on this
     * platform, such as a jar entry's beyond ASCII in a JVM whose locale is C.
     */
    static Optional<SourceFormat> ofName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".json")) {
            return Optional.of(JSON);
        }
        if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
            return Optional.of(YAML);
        }
        return Optional.empty();
    }
}
