package org.conditioncontent.loader.internal.corpus;

import java.nio.file.Path;
import java.util.List;
import org.conditioncontent.loader.Diagnostic;
import org.conditioncontent.loader.LoadResult;
import org.conditioncontent.loader.Rules;
import org.conditioncontent.loader.internal.Findings;
import org.conditioncontent.loader.internal.Node;
import org.conditioncontent.loader.internal.binding.FormatVersion;
import org.conditioncontent.model.Condition;
import org.jspecify.annotations.Nullable;

/**
 * A file's result, and what the checks across files need: a valid file's id and related ids,
 * and the positions they report at. Only these positions are taken, not the tree: holding every
 * valid file's tree until the last file was loaded cost tens of kilobytes per file, most of the
 * memory of a large corpus and much of its garbage-collection time (see docs/performance.md).
 * The id is {@code null} for a file with errors. The positions are packed in one array (line
 * and column of the id, then of each related id). A corpus hands each of these to
 * {@link CrossFileChecks#record} as soon as the file is loaded, and keeps what it needs there.
 *
 * @param result the file's result
 * @param id the article's id when the file is valid, else {@code null}
 * @param related the article's related ids when the file is valid, else empty
 * @param positions the packed positions of the id and the related ids
 */
public record Loaded(LoadResult result, @Nullable String id, List<String> related, int[] positions) {

    private static final int[] NONE = new int[0];

    /**
     * A file without an article: it could not be read, parsed or bound, or has errors.
     *
     * @param source the file's name
     * @param findings its findings
     * @param declaredVersion the format version it declares, {@link FormatVersion#NONE} for none
     * @return its result
     */
    public static Loaded failed(String source, Findings findings, int declaredVersion) {
        return new Loaded(new LoadResult(source, null, findings.sorted(Diagnostic.ORDER), declaredVersion), null, List.of(), NONE);
    }

    /**
     * A file refused before reading, such as a symbolic link out of the folders being loaded.
     *
     * @param file the file
     * @param why why, as words to follow "The file "
     * @param maxDiagnostics the cap on a file's diagnostics
     * @return its result, with one {@code file-unreadable} error
     */
    public static Loaded refused(Path file, String why, int maxDiagnostics) {
        Findings findings = new Findings(file.toString(), maxDiagnostics);
        findings.add(Rules.FILE_UNREADABLE, 1, 1, "", "The file " + why);
        return failed(file.toString(), findings, FormatVersion.NONE);
    }

    /**
     * A checked file: its result, and when it is valid, what the checks across files need of it.
     *
     * @param source the file's name
     * @param article the article, {@code null} when it could not be built
     * @param findings every finding of the file
     * @param root its document, where the positions of the ids are found
     * @param declaredVersion the format version it declares, {@link FormatVersion#NONE} for none
     * @return what is kept of it
     */
    public static Loaded checked(String source, @Nullable Condition article, Findings findings, Node root, int declaredVersion) {
        if (article == null || findings.hasErrors()) {
            return failed(source, findings, declaredVersion);
        }
        LoadResult result = new LoadResult(source, article, findings.sorted(Diagnostic.ORDER), declaredVersion);
        int[] positions = new int[2 + 2 * article.related().size()];
        keep(positions, 0, root, "/id");
        for (int i = 0; i < article.related().size(); i++) {
            keep(positions, 2 + 2 * i, root, "/related/" + i);
        }
        return new Loaded(result, article.id(), article.related(), positions);
    }

    private static void keep(int[] positions, int at, Node root, String pointer) {
        Node n = Node.locate(root, pointer);
        positions[at] = n == null ? 1 : n.line();
        positions[at + 1] = n == null ? 1 : n.column();
    }
}
