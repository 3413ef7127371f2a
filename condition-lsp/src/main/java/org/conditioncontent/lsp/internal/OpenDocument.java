package org.conditioncontent.lsp.internal;

import java.net.URI;
import java.nio.file.Path;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A document the editor has open, at one version.
 *
 * @param uri the editor's URI for it
 * @param file the file it is, when the URI is a {@code file:} URI
 * @param kind what it is
 * @param text its text at this version
 * @param version the editor's version number
 */
record OpenDocument(String uri, @Nullable Path file, DocumentKind kind, String text, int version) {

    /** A YAML or JSON article that says it is in format 1, as its own line or field. */
    private static final Pattern FORMAT_1 = Pattern.compile("(?m)^formatVersion:[ \\t]*1[ \\t]*(#.*)?$|\"formatVersion\"\\s*:\\s*1(?![0-9.eE])");

    static OpenDocument of(String uri, String text, int version) {
        return of(uri, text, version, file -> null);
    }

    /**
     * A document as the editor opened it.
     *
     * @param rootOf the workspace folder that holds a file, or {@code null}: a file the command's
     *     search of that folder passes over is no article ({@link DocumentKind#of(Path, String, Path)})
     */
    static OpenDocument of(String uri, String text, int version, Function<Path, @Nullable Path> rootOf) {
        Path file = fileOf(uri);
        return new OpenDocument(uri, file, DocumentKind.of(file, uri, file == null ? null : rootOf.apply(file)), text, version);
    }

    OpenDocument withText(String newText, int newVersion) {
        return new OpenDocument(uri, file, kind, newText, newVersion);
    }

    /**
     * Whether the article says it is in format 1: the loader reads it (and upgrades it), but its
     * fields are not format 2's, which hover and completion know.
     */
    boolean isFormat1() {
        return kind.isArticle() && FORMAT_1.matcher(text).find();
    }

    /** The name diagnostics give for the document: its file, else its URI. */
    String source() {
        return file != null ? file.toString() : uri;
    }

    static @Nullable Path fileOf(String uri) {
        try {
            URI parsed = new URI(uri);
            if ("file".equals(parsed.getScheme())) {
                return Path.of(parsed).toAbsolutePath().normalize();
            }
        } catch (RuntimeException | java.net.URISyntaxException e) {
            // Not a file URI the platform understands: the document is checked by its text alone.
        }
        return null;
    }
}
