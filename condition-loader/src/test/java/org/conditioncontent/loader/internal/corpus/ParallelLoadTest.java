package org.conditioncontent.loader.internal.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.function.BiConsumer;
import java.util.stream.IntStream;
import org.conditioncontent.loader.ArticleFiles;
import org.conditioncontent.loader.Diagnostic;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.RepeatedTest;
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

    /** A search that hands on {@link #FILES} in order, the eighth refused. */
    private static void search(BiConsumer<Path, @Nullable String> found) {
        for (int i = 0; i < FILES.size(); i++) {
            found.accept(FILES.get(i), i == 7 ? "is a symbolic link that leads nowhere" : null);
        }
    }

    @ParameterizedTest(name = "parallelism {0}")
    @ValueSource(ints = {1, 2, 3, 8})
    void whileSearchingKeepsTheResultsInFileOrderAndHandsOnTheFilesFound(int parallelism) {
        Loaded[] kept = new Loaded[FILES.size()];
        List<ArticleFiles> found = new ArrayList<>();
        ArticleFiles files = ParallelLoad.whileSearching(ParallelLoadTest::search, found::add, parallelism, 10, file -> {
            assertThat(file).isNotEqualTo(FILES.get(7));
            return loaded(file);
        }, (l, i) -> kept[i] = l);

        assertThat(files.files()).containsExactlyElementsOf(FILES);
        assertThat(files.refused()).containsOnlyKeys(FILES.get(7));
        assertThat(found).containsExactly(files);
        assertThat(kept).extracting(l -> l.result().source()).containsExactlyElementsOf(FILES.stream().map(Path::toString).toList());
        assertThat(kept[7].result().diagnostics()).extracting(Diagnostic::message)
                .containsExactly("The file is a symbolic link that leads nowhere");
    }

    // Repeated: the thread that took the first files may wake only after the other thread's later
    // failure, and the first file's failure must still win (a CI run once saw file-300's).
    @RepeatedTest(25)
    void aLoadThatFailsOnTheFirstFileFailsTheWholeLoadOnceTheSearchHasEnded() {
        List<ArticleFiles> found = new ArrayList<>();
        assertThatThrownBy(() -> ParallelLoad.whileSearching(ParallelLoadTest::search, found::add, 2, 10, file -> {
            if (file.equals(FILES.get(0)) || file.equals(FILES.get(300))) {
                throw new IllegalStateException("cannot load " + file);
            }
            return loaded(file);
        }, (l, i) -> { })).isInstanceOf(IllegalStateException.class).hasMessage("cannot load " + FILES.get(0));
        assertThat(found).as("the search went on to its end").hasSize(1);
        assertThat(found.get(0).files()).hasSize(FILES.size());
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().startsWith("conditions-load"));
    }

    @Test
    void whatTheCallerThrowsOnceTheFilesAreFoundStopsTheLoading() {
        // Which threads loaded, not how many files: the other thread may load all 500 before the
        // caller's exception stops it, on a machine that runs the caller late.
        Set<Thread> loaders = ConcurrentHashMap.newKeySet();
        assertThatThrownBy(() -> ParallelLoad.whileSearching(ParallelLoadTest::search, files -> {
            throw new IllegalArgumentException("no, thanks: " + files.files().size());
        }, 2, 10, file -> {
            loaders.add(Thread.currentThread());
            return loaded(file);
        }, (l, i) -> { })).isInstanceOf(IllegalArgumentException.class).hasMessage("no, thanks: 500");
        assertThat(loaders).as("the calling thread loaded none").doesNotContain(Thread.currentThread());
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().startsWith("conditions-load"));
    }

    @Test
    void anInterruptDuringTheSearchStopsItAndTheLoadingAndSaysSo() {
        List<ArticleFiles> found = new ArrayList<>();
        int[] handedOn = {0};
        assertThatThrownBy(() -> ParallelLoad.whileSearching(sink -> {
            for (int i = 0; i < FILES.size(); i++) {
                if (i == 50) {
                    Thread.currentThread().interrupt();
                }
                sink.accept(FILES.get(i), null);
                handedOn[0]++;
            }
        }, found::add, 2, 10, ParallelLoadTest::loaded, (l, i) -> { }))
                .isInstanceOf(IllegalStateException.class).hasMessage("Interrupted while loading articles");
        assertThat(Thread.interrupted()).as("the interrupt status is set again").isTrue();
        assertThat(handedOn[0]).as("the search stopped at the interrupt").isEqualTo(50);
        assertThat(found).isEmpty();
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().startsWith("conditions-load"));
    }
}
