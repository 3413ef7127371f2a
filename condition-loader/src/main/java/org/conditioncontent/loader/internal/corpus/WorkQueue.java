package org.conditioncontent.loader.internal.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.jspecify.annotations.Nullable;

/**
 * Runs a task for each index of {@code 0..count-1} on a few threads that take the indexes from one
 * shared counter, a few at a time, so that every thread stays busy until the last task is taken:
 * a thread slowed down by class loading or compilation at the start, or by a long file, simply
 * takes fewer. (A parallel stream splits the list into large parts up front instead; on two
 * cores, the thread that finished its part first then sat idle while the other worked through
 * the rest of its part.) The calling thread is one of the threads, so a parallelism of 1 starts
 * none.
 *
 * <p>A task that throws stops the others from taking more; once every thread has ended, the
 * failure of the lowest index is thrown, so that the same input fails the same way whatever the
 * threads' timing. Every thread started has ended when {@link #run} returns or throws.
 */
final class WorkQueue {

    /**
     * How many indexes a thread takes at once. A task is a file's load, 0.05 to a few milliseconds;
     * taking a few at a time keeps the shared counter quiet while leaving at most a few files of
     * work on one thread when the other has none left.
     */
    static final int BATCH = 4;

    private final int count;
    private final IntConsumer task;
    private final AtomicInteger next = new AtomicInteger();
    private volatile boolean stopped;
    private int failedAt = Integer.MAX_VALUE;
    private @Nullable Throwable failure;

    private WorkQueue(int count, IntConsumer task) {
        this.count = count;
        this.task = task;
    }

    /**
     * Runs {@code task} for every index from 0 to {@code count - 1}, each once.
     *
     * @param count how many tasks
     * @param parallelism how many threads, the calling thread included
     * @param threadName the name of the threads started, followed by a number
     * @param task the task; it must be safe to call from several threads at once
     * @throws RuntimeException the failure of the lowest index whose task threw one, or an
     *     {@link IllegalStateException} if the calling thread was interrupted (its interrupt status
     *     is set again)
     * @throws Error the error of the lowest index whose task threw one, such as an
     *     {@link OutOfMemoryError}
     */
    static void run(int count, int parallelism, String threadName, IntConsumer task) {
        WorkQueue queue = new WorkQueue(count, task);
        int threads = Math.max(1, Math.min(parallelism, (count + BATCH - 1) / BATCH));
        List<Thread> started = new ArrayList<>(threads - 1);
        try {
            for (int i = 1; i < threads; i++) {
                Thread thread = new Thread(queue::work, threadName + "-" + i);
                // A daemon never keeps the JVM alive, even if a task hangs; run() joins it anyway.
                thread.setDaemon(true);
                thread.start();
                started.add(thread);
            }
            queue.work();
        } catch (RuntimeException | Error e) {
            queue.stopped = true; // a thread that could not be started: the others stop too
            throw e;
        } finally {
            queue.join(started);
        }
        queue.rethrow();
    }

    /** Takes batches of indexes until none is left or a task has failed. */
    private void work() {
        while (!stopped) {
            if (Thread.currentThread().isInterrupted()) {
                stopped = true;
                return;
            }
            int from = next.getAndAdd(BATCH);
            if (from >= count) {
                return;
            }
            int to = Math.min(count, from + BATCH);
            for (int i = from; i < to; i++) {
                try {
                    task.accept(i);
                } catch (RuntimeException | Error e) {
                    failed(i, e);
                    return;
                }
            }
        }
    }

    private synchronized void failed(int index, Throwable e) {
        stopped = true;
        if (index < failedAt) {
            failedAt = index;
            failure = e;
        }
    }

    /**
     * Waits for every thread started. If the calling thread is interrupted meanwhile, the others
     * are stopped and interrupted, waited for all the same, and the interruption is reported.
     */
    private void join(List<Thread> started) {
        boolean interrupted = Thread.interrupted();
        if (interrupted) {
            stopped = true;
            started.forEach(Thread::interrupt);
        }
        for (Thread thread : started) {
            while (true) {
                try {
                    thread.join();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                    stopped = true;
                    started.forEach(Thread::interrupt);
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
            synchronized (this) {
                if (failure == null) {
                    failure = new InterruptedException("Interrupted while loading articles");
                    failedAt = -1;
                }
            }
        }
    }

    private synchronized void rethrow() {
        Throwable e = failure;
        if (e == null) {
            return;
        }
        if (e instanceof RuntimeException re) {
            throw re;
        }
        if (e instanceof Error error) {
            throw error; // such as OutOfMemoryError, which the command reports in one line
        }
        throw new IllegalStateException(e.getMessage(), e);
    }
}
