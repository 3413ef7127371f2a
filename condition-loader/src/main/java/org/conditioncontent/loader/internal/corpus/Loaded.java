package org.conditioncontent.loader.internal.corpus;

import java.util.List;
import java.util.Objects;
import org.conditioncontent.loader.Diagnostic;
import org.conditioncontent.loader.LoadResult;
import org.conditioncontent.loader.internal.Findings;
import org.conditioncontent.loader.internal.checking.ViolationMapper;
import org.conditioncontent.loader.internal.reading.Node;
import org.conditioncontent.model.Condition;
import org.jspecify.annotations.Nullable;

/**
 * A file's result, and what the checks across files need: a valid file's id and related ids,
 * and the positions they report at. Only these positions are kept, not the tree: holding every
 * valid file's tree until the last file was loaded cost tens of kilobytes per file, most of the
 * memory of a large corpus and much of its garbage-collection time (see docs/performance.md).
 * The id is {@code null} for a file with errors. The positions are packed in one array (line
 * and column of the id, then of each related id), as a corpus of 100,000 files keeps 100,000 of
 * them until its last file is checked.
 *
 * @param result the file's result
 * @param id the article's id when the file is valid, else {@code null}
 * @param related the article's related ids when the file is valid
 * @param positions the packed positions of the id and the related ids
 */
public record Loaded(LoadResult result, @Nullable String id, List<String> related, int[] positions) {

    private static final int[] NONE = new int[0];

    /**
     * A file that could not be read or parsed.
     *
     * @param source the file's name
     * @param findings its findings
     * @return its result, without an article
     */
    public static Loaded failed(String source, Findings findings) {
        return new Loaded(new LoadResult(source, null, findings.sorted(Diagnostic.ORDER)), null, List.of(), NONE);
    }

    /**
     * A checked file: what the checks across files need of it when it is valid.
     *
     * @param result its result
     * @param root its document, where the positions of its ids are found
     * @return what is kept of it
     */
    public static Loaded of(LoadResult result, Node root) {
        return result.condition() != null ? valid(result, root) : new Loaded(result, null, List.of(), NONE);
    }

    private static Loaded valid(LoadResult result, Node root) {
        Condition condition = Objects.requireNonNull(result.condition());
        int[] positions = new int[2 + 2 * condition.related().size()];
        keep(positions, 0, root, "/id");
        for (int i = 0; i < condition.related().size(); i++) {
            keep(positions, 2 + 2 * i, root, "/related/" + i);
        }
        return new Loaded(result, condition.id(), condition.related(), positions);
    }

    private static void keep(int[] positions, int at, Node root, String pointer) {
        Node n = ViolationMapper.locate(root, pointer);
        positions[at] = n == null ? 1 : n.line();
        positions[at + 1] = n == null ? 1 : n.column();
    }

    /**
     * The same, without the article: for {@code ConditionLoader.checkAll}, which keeps only what
     * the checks across files read.
     *
     * @return the file without its article
     */
    public Loaded withoutArticle() {
        return result.condition() == null ? this
                : new Loaded(new LoadResult(result.source(), null, result.diagnostics()), id, related, positions);
    }

    /** The 1-based line and column of the id of a valid file. */
    int[] idAt() {
        return new int[] {positions[0], positions[1]};
    }

    /** The 1-based line and column of a related id of a valid file. */
    int[] relatedAt(int i) {
        return new int[] {positions[2 + 2 * i], positions[3 + 2 * i]};
    }
}
