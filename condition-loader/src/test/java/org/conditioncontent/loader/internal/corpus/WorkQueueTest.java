package org.conditioncontent.loader.internal.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The loading threads' shared queue: each task once, balance, failures, interruption, no thread left. */
class WorkQueueTest {

    private static final String NAME = "work-queue-test";

    @AfterEach
    void noThreadIsLeft() {
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().startsWith(NAME));
        assertThat(Thread.interrupted()).as("the test thread's interrupt status, cleared").isFalse();
    }

    @ParameterizedTest(name = "{0} tasks on {1} threads")
    @CsvSource({"0, 2", "1, 2", "3, 8", "1000, 1", "1000, 2", "1001, 3", "997, 16"})
    void runsEveryTaskExactlyOnce(int count, int parallelism) {
        AtomicIntegerArray runs = new AtomicIntegerArray(count);
        WorkQueue.run(count, parallelism, NAME, runs::incrementAndGet);
        assertThat(IntStream.range(0, count).map(runs::get)).hasSize(count).allMatch(n -> n == 1);
    }

    @Test
    void aSlowTaskDoesNotHoldUpTheOthers() throws InterruptedException {
        // Task 0 waits until another thread has done the last task: with the work split up front,
        // the thread of task 0 would own part of the rest and the wait would time out.
        CountDownLatch lastDone = new CountDownLatch(1);
        List<Boolean> waited = new ArrayList<>();
        int count = 400;
        WorkQueue.run(count, 2, NAME, i -> {
            if (i == 0) {
                try {
                    waited.add(lastDone.await(30, TimeUnit.SECONDS));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            } else if (i == count - 1) {
                lastDone.countDown();
            }
        });
        assertThat(waited).containsExactly(true);
    }

    @Test
    void theFailureOfTheLowestIndexIsThrownWhateverTheTiming() {
        for (int round = 0; round < 20; round++) {
            assertThatThrownBy(() -> WorkQueue.run(2000, 4, NAME, i -> {
                if (i == 1500 || i == 41 || i == 900) {
                    throw new IllegalArgumentException("task " + i);
                }
            })).isInstanceOf(IllegalArgumentException.class).hasMessage("task 41");
        }
    }

    @Test
    void aThreadStopsTakingTasksOnceOneHasFailed() {
        Map<String, List<Integer>> byThread = new ConcurrentHashMap<>();
        assertThatThrownBy(() -> WorkQueue.run(100_000, 2, NAME, i -> {
            byThread.computeIfAbsent(Thread.currentThread().getName(), k -> new ArrayList<>()).add(i);
            if (i == 0) {
                throw new IllegalStateException("broken");
            }
        })).hasMessage("broken");
        List<Integer> failedThread = byThread.values().stream().filter(l -> l.contains(0)).findFirst().orElseThrow();
        assertThat(failedThread).as("the thread that failed took nothing more").containsExactly(0);
        assertThat(byThread.values().stream().mapToInt(List::size).sum()).isLessThan(100_000);
    }

    @Test
    void anErrorIsThrownAsItIs() {
        StackOverflowError deep = new StackOverflowError("deep");
        assertThatThrownBy(() -> WorkQueue.run(10, 2, NAME, i -> {
            if (i == 7) {
                throw deep;
            }
        })).isSameAs(deep);
    }

    @Test
    void anInterruptedCallerStopsTheThreadsAndSaysSo() {
        Thread caller = Thread.currentThread();
        assertThatThrownBy(() -> WorkQueue.run(100_000, 2, NAME, i -> {
            if (i == 10) {
                caller.interrupt();
            }
        })).isInstanceOf(IllegalStateException.class).hasMessage("Interrupted while loading articles");
        assertThat(Thread.interrupted()).as("the interrupt status is set again").isTrue();
    }

    @ParameterizedTest(name = "{0} tasks fed to {1} threads")
    @CsvSource({"0, 2", "1, 2", "5, 3", "1000, 1", "1000, 2", "997, 8"})
    void aFedQueueRunsEveryTaskOnceAndOnlyOnceItIsAvailable(int count, int parallelism) {
        AtomicIntegerArray runs = new AtomicIntegerArray(count);
        int[] published = {0};
        List<Integer> tooEarly = java.util.Collections.synchronizedList(new ArrayList<>());
        WorkQueue.run(parallelism, NAME, i -> {
            // The feed publishes in order: a task's index is below the count published so far.
            synchronized (published) {
                if (i >= published[0]) {
                    tooEarly.add(i);
                }
            }
            runs.incrementAndGet(i);
        }, feed -> {
            for (int n = 1; n <= count; n++) {
                synchronized (published) {
                    published[0] = n;
                }
                feed.available(n);
            }
        });
        assertThat(tooEarly).isEmpty();
        assertThat(IntStream.range(0, count).map(runs::get)).hasSize(count).allMatch(n -> n == 1);
    }

    @Test
    void theOtherThreadsRunTasksWhileTheFeedIsStillFeeding() throws InterruptedException {
        // The feed waits, before its last task, until another thread has run the first one: were
        // the tasks run only once the feed had ended, the wait would time out.
        CountDownLatch firstDone = new CountDownLatch(1);
        List<Boolean> waited = new ArrayList<>();
        List<String> firstRunBy = new ArrayList<>();
        WorkQueue.run(2, NAME, i -> {
            if (i == 0) {
                firstRunBy.add(Thread.currentThread().getName());
                firstDone.countDown();
            }
        }, feed -> {
            for (int n = 1; n < 100; n++) {
                feed.available(n);
            }
            try {
                waited.add(firstDone.await(30, TimeUnit.SECONDS));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            feed.available(100);
        });
        assertThat(waited).containsExactly(true);
        assertThat(firstRunBy).containsExactly(NAME + "-1");
    }

    @Test
    void aFeedThatFailsIsThrownOnceTheThreadsHaveEndedAndBeforeATasksFailure() {
        for (int round = 0; round < 10; round++) {
            assertThatThrownBy(() -> WorkQueue.run(3, NAME, i -> {
                if (i == 3) {
                    throw new IllegalArgumentException("task " + i);
                }
            }, feed -> {
                feed.available(50);
                throw new java.io.UncheckedIOException("the walk failed", new java.io.IOException("gone"));
            })).isInstanceOf(java.io.UncheckedIOException.class).hasMessage("the walk failed");
        }
    }

    @Test
    void aFailedTaskDoesNotStopTheFeedAndTheLowestIndexIsThrown() {
        int[] fed = {0};
        assertThatThrownBy(() -> WorkQueue.run(2, NAME, i -> {
            if (i == 0 || i == 500) {
                throw new IllegalStateException("task " + i);
            }
        }, feed -> {
            for (int n = 1; n <= 1000; n++) {
                feed.available(n);
                fed[0] = n;
            }
        })).isInstanceOf(IllegalStateException.class).hasMessage("task 0");
        assertThat(fed[0]).as("the feed ran to its end").isEqualTo(1000);
    }

    @Test
    void aCallerInterruptedWhileFeedingStopsTheThreadsAndSaysSo() {
        assertThatThrownBy(() -> WorkQueue.run(2, NAME, i -> { }, feed -> {
            feed.available(10);
            Thread.currentThread().interrupt();
            // A feed stops once its thread is interrupted, as the search for files does.
            throw new IllegalStateException("stopped feeding");
        })).isInstanceOf(IllegalStateException.class).hasMessage("Interrupted while loading articles");
        assertThat(Thread.interrupted()).as("the interrupt status is set again").isTrue();
    }
}
