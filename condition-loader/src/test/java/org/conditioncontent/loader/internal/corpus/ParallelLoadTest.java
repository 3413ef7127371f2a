package org.conditioncontent.loader.internal.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.stream.IntStream;
import org.conditioncontent.loader.ArticleFiles;
import org.conditioncontent.loader.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Loading a corpus's files on several threads: file order kept, refused files, a load that throws. */
class ParallelLoadTest {

    private static final List<Path> FILES = IntStream.range(0, 500).mapToObj(i -> Path.of("corpus", "file-" + i + ".json")).toList();

    /** Stands for a load: one finding naming the file, so that each result says which file it is. */
    private static Loaded loaded(Path file) {
        return Loaded.refused(file, "was loaded", 10);
    }

    @ParameterizedTest(name = "parallelism {0}")
    @ValueSource(ints = {1, 2, 3, 8})
    void keepsTheResultsInFileOrderAndReportsRefusedFilesWithoutLoadingThem(int parallelism) {
        ArticleFiles files = new ArticleFiles(FILES, Map.of(FILES.get(7), "is a symbolic link that leads nowhere"));
        Loaded[] kept = new Loaded[FILES.size()];
        ParallelLoad.each(files, parallelism, 10, file -> {
            assertThat(file).isNotEqualTo(FILES.get(7));
            return loaded(file);
        }, (l, i) -> kept[i] = l);

        assertThat(kept).extracting(l -> l.result().source()).containsExactlyElementsOf(FILES.stream().map(Path::toString).toList());
        assertThat(kept[7].result().diagnostics()).extracting(Diagnostic::message)
                .containsExactly("The file is a symbolic link that leads nowhere");
        assertThat(kept[8].result().diagnostics()).extracting(Diagnostic::message)
                .containsExactly("The file was loaded");
    }

    @Test
    void handsOnEachFileOnceWithItsIndex() {
        AtomicIntegerArray calls = new AtomicIntegerArray(FILES.size());
        ParallelLoad.each(new ArticleFiles(FILES, Map.of()), 3, 10, ParallelLoadTest::loaded, (l, i) -> {
            assertThat(l.result().source()).isEqualTo(FILES.get(i).toString());
            calls.incrementAndGet(i);
        });
        assertThat(IntStream.range(0, FILES.size()).map(calls::get)).containsOnly(1);
    }

    @Test
    void aLoadThatThrowsFailsTheWholeLoadWithTheFirstFilesException() {
        ArticleFiles files = new ArticleFiles(FILES, Map.of());
        assertThatThrownBy(() -> ParallelLoad.each(files, 2, 10, file -> {
            if (file.equals(FILES.get(123)) || file.equals(FILES.get(321))) {
                throw new IllegalStateException("cannot load " + file);
            }
            return loaded(file);
        }, (l, i) -> { })).isInstanceOf(IllegalStateException.class).hasMessage("cannot load " + FILES.get(123));
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().startsWith("conditions-load"));
    }
}
