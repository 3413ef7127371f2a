package org.conditioncontent.lsp.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.conditioncontent.loader.ConditionLoader;
import org.conditioncontent.loader.CorpusResult;
import org.conditioncontent.loader.Diagnostic;
import org.conditioncontent.loader.Rules;

/**
 * The findings across the articles of a workspace folder (two articles with one id, related ids
 * that name no article), from the loader's own checks over the folder's files as saved. They are
 * found again when a file is saved, not on each keystroke: loading every article of a folder
 * takes far longer than checking one, and the files on disk are what {@code conditions validate}
 * sees in CI.
 */
final class CrossFile {

    private static final Set<String> RULES = Set.of(Rules.DUPLICATE_ID.id(), Rules.UNKNOWN_RELATED.id());

    /** Folders that hold build output, tools' state or dependencies, not articles. */
    private static final Set<String> SKIPPED = Set.of("target", "build", "node_modules");

    private final Map<Path, List<Diagnostic>> byFile = new ConcurrentHashMap<>();

    /** Checks the articles of a folder again; the findings of files that are no longer found are dropped. */
    void refresh(Path root, ConditionLoader loader) {
        List<Path> files = new ArrayList<>();
        for (Path file : ConditionLoader.articleFiles(List.of(root))) {
            if (isArticle(root, file)) {
                files.add(file);
            }
        }
        CorpusResult result = loader.loadAll(files);
        Map<Path, List<Diagnostic>> found = new HashMap<>();
        for (Diagnostic d : result.diagnostics()) {
            if (RULES.contains(d.rule())) {
                found.computeIfAbsent(Path.of(d.source()).toAbsolutePath().normalize(), k -> new ArrayList<>()).add(d);
            }
        }
        byFile.keySet().removeIf(file -> file.startsWith(root) && !found.containsKey(file));
        byFile.putAll(found);
    }

    /** The findings across files that concern one file, from the last refresh of its folder. */
    List<Diagnostic> of(Path file) {
        return byFile.getOrDefault(file, List.of());
    }

    private static boolean isArticle(Path root, Path file) {
        if (file.getFileName().toString().equals(DocumentKind.CONFIG_FILE)) {
            return false;
        }
        Path relative = root.relativize(file);
        for (int i = 0; i < relative.getNameCount() - 1; i++) {
            String name = relative.getName(i).toString();
            if (name.startsWith(".") || SKIPPED.contains(name)) {
                return false;
            }
        }
        return true;
    }
}
