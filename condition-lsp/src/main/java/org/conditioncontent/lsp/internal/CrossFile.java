package org.conditioncontent.lsp.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.conditioncontent.loader.ArticleFiles;
import org.conditioncontent.loader.ConditionLoader;
import org.conditioncontent.loader.CorpusResult;
import org.conditioncontent.loader.Diagnostic;
import org.conditioncontent.loader.Rules;
import org.jspecify.annotations.Nullable;

/**
 * The findings across the articles of a workspace folder (two articles with one id, related ids
 * that name no article), from the loader's own checks over the folder's files as saved. They are
 * found again when a file is saved, not on each keystroke: loading every article of a folder
 * takes far longer than checking one, and the files on disk are what {@code conditions validate}
 * sees in CI.
 *
 * <p>Their lines and columns are the saved file's, and their cause may be gone from the text being
 * typed (the id renamed, the related id removed). So they are given for a document only while its
 * text is the saved file's, as it was read when they were found: after an unsaved change they are
 * not shown, and the save that follows finds them again where they then are. Texts are compared
 * with CRLF line ends read as LF.
 */
final class CrossFile {

    private static final Set<String> RULES = Set.of(Rules.DUPLICATE_ID.id(), Rules.UNKNOWN_RELATED.id());

    /** Folders of build output (Maven's, Gradle's), which hold copies of articles. */
    private static final Set<String> BUILD_OUTPUT = Set.of("target", "build");

    /** A file's findings across files, and its text when they were found. */
    private record Found(String saved, List<Diagnostic> findings) {}

    private final Map<Path, Found> byFile = new ConcurrentHashMap<>();

    /**
     * Checks the articles of a folder again; the findings of files that are no longer found are
     * dropped. The folder is searched once, with the loader's link policy, as {@code conditions
     * validate} searches it: a link that leads nowhere or out of the folder is refused (not read,
     * and in no check across files) rather than failing the whole folder's checks.
     */
    void refresh(Path root, ConditionLoader loader) {
        List<ArticleFiles> searched = new ArrayList<>(1);
        CorpusResult result = loader.loadAll(List.of(root), file -> inBuildOutput(root, file, false), searched::add);
        List<Path> files = searched.get(0).files();
        // Each finding's file is the one searched whose result bears the finding's name, not a
        // path made again from the name: a name beyond ASCII, read by a JVM in the C locale,
        // cannot be made a path again. (Two such names that read alike share their findings.)
        Map<String, Path> fileOf = new HashMap<>();
        for (int i = 0; i < files.size(); i++) {
            fileOf.put(result.files().get(i).source(), files.get(i).toAbsolutePath().normalize());
        }
        Map<Path, List<Diagnostic>> found = new HashMap<>();
        for (Diagnostic d : result.diagnostics()) {
            Path file = fileOf.get(d.source());
            if (RULES.contains(d.rule()) && file != null) {
                found.computeIfAbsent(file, k -> new ArrayList<>()).add(d);
            }
        }
        Map<Path, Found> kept = new HashMap<>();
        found.forEach((file, findings) -> {
            String saved = saved(file);
            if (saved != null) {
                kept.put(file, new Found(saved, List.copyOf(findings)));
            }
        });
        byFile.keySet().removeIf(file -> file.startsWith(root) && !kept.containsKey(file));
        byFile.putAll(kept);
    }

    /**
     * The findings across files that concern one file, from the last refresh of its folder, when
     * a text is the file's as it was then; none for any other text, where their positions and
     * their cause may no longer hold.
     *
     * @param text the document's text as the editor has it
     */
    List<Diagnostic> of(Path file, String text) {
        Found found = byFile.get(file);
        return found != null && found.saved().equals(lineEndsAsLf(text)) ? found.findings() : List.of();
    }

    /**
     * A text with CRLF line ends as LF: an editor may show a file's CRLF lines as LF lines (Emacs
     * does), and a finding's line and column are the same either way, since the CR ends its line.
     */
    private static String lineEndsAsLf(String text) {
        return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n");
    }

    /**
     * A file's text as the loader read it (UTF-8, without a byte order mark, which editors do not
     * show in the text), or {@code null} when it cannot be read so: its findings cannot then be
     * matched to an editor's text.
     */
    private static @Nullable String saved(Path file) {
        try {
            String text = lineEndsAsLf(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * Whether a file, or a folder, is in a folder of build output or is one: its articles are
     * copies, whose ids would clash with the sources', so the search passes over it and a change
     * there changes no finding across files. (The search itself also passes over the
     * configuration, hidden folders and {@code node_modules}.)
     *
     * @param root the workspace folder that holds the path
     * @param path the file or folder
     * @param folder whether {@code path} is a folder, so that its own name counts too
     */
    static boolean inBuildOutput(Path root, Path path, boolean folder) {
        Path relative = root.relativize(path);
        int folders = folder ? relative.getNameCount() : relative.getNameCount() - 1;
        for (int i = 0; i < folders; i++) {
            if (BUILD_OUTPUT.contains(relative.getName(i).toString())) {
                return true;
            }
        }
        return false;
    }
}
