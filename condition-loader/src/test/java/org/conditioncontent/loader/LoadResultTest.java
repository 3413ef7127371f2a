package org.conditioncontent.loader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.conditioncontent.model.Condition;
import org.junit.jupiter.api.Test;

/** Results and load exceptions made by hand keep the promise the loader's own keep. */
class LoadResultTest {

    private static final Condition ARTICLE = Condition.builder("a", "A").build();
    private static final Diagnostic ERROR = new Diagnostic("a.yaml", 1, 1, "/title", Severity.ERROR, "required", "The article has no title");
    private static final Diagnostic WARNING = new Diagnostic("a.yaml", 1, 1, "/title", Severity.WARNING, "unknown-related", "A warning");

    @Test
    void anArticleComesOnlyWithoutErrors() {
        assertThatIllegalArgumentException().isThrownBy(() -> new LoadResult("a.yaml", ARTICLE, List.of(WARNING, ERROR)))
                .withMessage("A result with an error holds no article; give null for the condition of a.yaml");
        LoadResult warned = new LoadResult("a.yaml", ARTICLE, List.of(WARNING));
        assertThat(warned.isValid()).isTrue();
        assertThat(warned.orThrow()).isSameAs(ARTICLE);
    }

    @Test
    void aResultWithoutAnArticleOrErrorsSaysThatItHoldsNone() {
        LoadResult none = new LoadResult("notes.yaml", null, List.of());
        assertThat(none.value()).isEmpty();
        assertThatThrownBy(none::orThrow).isInstanceOf(ConditionLoadException.class).hasMessage("notes.yaml holds no article");
    }

    @Test
    void anExceptionWithoutErrorsDoesNotCountZeroErrors() {
        assertThat(new ConditionLoadException("a.yaml", List.of(WARNING))).hasMessage("a.yaml holds no article");
        assertThat(new ConditionLoadException("a.yaml", List.of(ERROR)))
                .hasMessage("a.yaml is not a valid article (1 error):\n" + ERROR);
    }
}
