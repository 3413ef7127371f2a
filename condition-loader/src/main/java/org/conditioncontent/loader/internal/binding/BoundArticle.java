package org.conditioncontent.loader.internal.binding;

import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.conditioncontent.loader.format1.PointerMap;
import org.conditioncontent.loader.format1.Upgrade;
import org.conditioncontent.loader.internal.Findings;
import org.conditioncontent.loader.internal.Node;
import org.conditioncontent.model.Condition;
import org.jspecify.annotations.Nullable;

/**
 * What binding one document gave: the record as the document has it (a format-1 article or a
 * format-2 one), the article in the current format (the same record, or format 1's upgraded),
 * and for each a function from a pointer into it to the pointer of the same value in the
 * document. Format 1 is bound and validated as format 1, so that its structural findings keep
 * their fields and positions; the editorial rules then read the upgraded article (decision 20).
 * One per document; read-only once bound.
 */
public final class BoundArticle {

    private final Node root;
    private final Binder binder;
    private final @Nullable Record bound;
    private final UnaryOperator<String> boundToSource;
    private final @Nullable Condition article;
    private final UnaryOperator<String> articleToSource;

    private BoundArticle(Node root, Binder binder, @Nullable Record bound, UnaryOperator<String> boundToSource,
            @Nullable Condition article, UnaryOperator<String> articleToSource) {
        this.root = root;
        this.binder = binder;
        this.bound = bound;
        this.boundToSource = boundToSource;
        this.article = article;
        this.articleToSource = articleToSource;
    }

    /**
     * Binds a document as the format it declares: format 1 to format 1's records, then upgraded;
     * anything else to the model's.
     *
     * @param root the document
     * @param declaredVersion the version it declares ({@link FormatVersion#declared}), one this
     *     library reads
     * @param findings where binding problems go
     * @return what bound
     */
    public static BoundArticle bind(Node root, int declaredVersion, Findings findings) {
        Binder binder = new Binder(findings);
        SourceMap sources = binder.sourceMap();
        if (declaredVersion == 1) {
            Object value = binder.bind(root, org.conditioncontent.loader.format1.Condition.class);
            if (!(value instanceof org.conditioncontent.loader.format1.Condition v1)) {
                return new BoundArticle(root, binder, null, UnaryOperator.identity(), null, UnaryOperator.identity());
            }
            UnaryOperator<String> toV1Source = pointer -> sources.toSource(v1, pointer);
            Upgrade upgrade = Upgrade.of(v1);
            PointerMap upgraded = upgrade == null ? new PointerMap() : upgrade.pointers();
            return new BoundArticle(root, binder, v1, toV1Source, upgrade == null ? null : upgrade.article(),
                    pointer -> SourceMap.sourcePointer(root, toV1Source.apply(upgraded.toSource(pointer))));
        }
        Object value = binder.bind(root, Condition.class);
        Condition condition = value instanceof Condition c ? c : null;
        UnaryOperator<String> toSource = pointer -> condition == null ? pointer
                : SourceMap.sourcePointer(root, sources.toSource(condition, pointer));
        return new BoundArticle(root, binder, condition, toSource, condition, toSource);
    }

    /** @return the document */
    public Node root() {
        return root;
    }

    /**
     * The record as the document has it, to be validated in its own format.
     *
     * @return the format-1 or format-2 article; {@code null} when it could not be built
     */
    public @Nullable Record bound() {
        return bound;
    }

    /** @return the pointer into the document of a value given by its pointer into {@link #bound()} */
    public UnaryOperator<String> boundToSource() {
        return boundToSource;
    }

    /**
     * The article in the current format, which the editorial rules read.
     *
     * @return the article; {@code null} when it could not be built or upgraded
     */
    public @Nullable Condition article() {
        return article;
    }

    /** @return the pointer into the document of a value given by its pointer into {@link #article()} */
    public UnaryOperator<String> articleToSource() {
        return articleToSource;
    }

    /**
     * The pointers of values that could not be bound; findings at or below them would only repeat
     * what was said.
     *
     * @return the pointers
     */
    public Set<String> failedPointers() {
        return binder.failedPointers();
    }

    /**
     * The pointers of the unknown fields, among {@link #failedPointers()}.
     *
     * @return the pointers
     */
    public Set<String> unknownFieldPointers() {
        return binder.unknownFieldPointers();
    }

    /**
     * The records that could not be built, whose bound values are still validated.
     *
     * @return the records, inner ones first
     */
    public List<Binder.Unbuilt> unbuilt() {
        return binder.unbuilt();
    }

    /** @return where the elements of the bound lists came from */
    public SourceMap sourceMap() {
        return binder.sourceMap();
    }
}
