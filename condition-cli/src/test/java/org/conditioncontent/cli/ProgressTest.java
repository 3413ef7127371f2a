package org.conditioncontent.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.conditioncontent.cli.CommandRun.SEED;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The progress line of long checks on a terminal. */
class ProgressTest {

    /** What a progress line leaves on the screen: every frame overwritten, then erased. */
    private static final Pattern ERASED = Pattern.compile("(\\rconditions: checking \\d+ files [|/\\\\-] \\d+\\.\\d s *)+\\r +\\r");

    private static Path articles(Path dir, int count) throws IOException {
        String seed = Files.readString(SEED, UTF_8);
        for (int i = 0; i < count; i++) {
            Files.writeString(dir.resolve("article-" + i + ".yaml"), seed.replace("id: nocturnal-leg-cramps", "id: article-" + i), UTF_8);
        }
        return dir;
    }

    @Test
    void drawsAtOnceAndErasesItselfWhenClosed() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream err = new PrintStream(bytes, true, UTF_8);

        Progress progress = Progress.show(err, "checking 300 files", Duration.ofMillis(5));
        String first = bytes.toString(UTF_8);
        progress.close();
        progress.close();

        // Drawn before show returns; a redraw 5 ms later may follow it on a busy machine.
        assertThat(first).startsWith("\rconditions: checking 300 files | ")
                .matches("(\\rconditions: checking 300 files [|/\\\\-] \\d+\\.\\d s *)+");
        assertThat(bytes.toString(UTF_8)).matches(ERASED).doesNotContain("\n");
    }

    @Test
    void aRedrawThatCannotAllocateEndsTheLineWithoutAStackTrace() throws InterruptedException {
        CountDownLatch failed = new CountDownLatch(1);
        PrintStream full = new PrintStream(OutputStream.nullOutputStream(), true, UTF_8) {
            @Override
            public void print(String s) {
                if (Thread.currentThread().getName().equals("conditions-progress")) {
                    failed.countDown();
                    throw new OutOfMemoryError("Java heap space");
                }
            }
        };
        List<Throwable> uncaught = new CopyOnWriteArrayList<>();
        Thread.UncaughtExceptionHandler handler = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> uncaught.add(e));
        try {
            Set<Thread> before = Thread.getAllStackTraces().keySet();
            Progress progress = Progress.show(full, "checking 300 files", Duration.ofMillis(1));
            assertThat(failed.await(1, TimeUnit.MINUTES)).isTrue();
            // This line's redrawing thread ends on the error; an uncaught one reaches the handler first.
            for (Thread thread : Thread.getAllStackTraces().keySet()) {
                if (thread.getName().equals("conditions-progress") && !before.contains(thread)) {
                    thread.join();
                }
            }
            progress.close();
        } finally {
            Thread.setDefaultUncaughtExceptionHandler(handler);
        }

        assertThat(uncaught).isEmpty();
    }

    @Test
    void showsOnATerminalForMoreThan200Files(@TempDir Path dir) throws IOException {
        articles(dir, Progress.MIN_FILES + 1);

        CommandRun run = CommandRun.onTerminal("validate", dir);

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).startsWith("\rconditions: checking 201 files ").matches(ERASED);
        assertThat(run.out()).isEqualTo("201 files, 0 errors, 0 warnings" + System.lineSeparator());
    }

    @Test
    void staysSilentWhenNotOnATerminalOrForFewFiles(@TempDir Path dir) throws IOException {
        articles(dir, Progress.MIN_FILES);
        CommandRun few = CommandRun.onTerminal("validate", dir);
        articles(dir, Progress.MIN_FILES + 1);
        CommandRun piped = CommandRun.of("validate", dir);

        assertThat(few.err()).isEmpty();
        assertThat(piped.err()).isEmpty();
        assertThat(piped.out()).isEqualTo("201 files, 0 errors, 0 warnings" + System.lineSeparator());
    }
}
