package org.conditioncontent.loader.internal.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
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
 * <p>The tasks can also be {@linkplain #run(int, String, IntConsumer, Consumer) fed while they run}:
 * the calling thread first finds them (such as the files of a folder being walked), making each
 * one available as soon as it is found, while the other threads already run the first ones; then
 * it takes tasks too. A thread that has caught up with the feed waits for the next task.
 *
 * <p>A task that throws stops the others from taking more; once every thread has ended, the
 * failure of the lowest index is thrown, so that the same input fails the same way whatever the
 * threads' timing. Every thread started has ended when {@code run} returns or throws.
 */
final class WorkQueue {

    /**
     * How many indexes a thread takes at once. A task is a file's load, 0.05 to a few milliseconds;
     * taking a few at a time keeps the shared counter quiet while leaving at most a few files of
     * work on one thread when the other has none left.
     */
    static final int BATCH = 4;

    private final IntConsumer task;
    private final AtomicInteger next = new AtomicInteger();
    /** How many tasks can be taken: all of them, or as many as the feed has found so far. */
    private volatile int available;
    /** Whether {@link #available} is the final count. */
    private volatile boolean complete;
    private volatile boolean stopped;
    /** How many threads wait in {@link #await} for the feed; changed under the lock. */
    private volatile int waiting;
    private final Object lock = new Object();
    private int failedAt = Integer.MAX_VALUE;
    private @Nullable Throwable failure;

    private WorkQueue(int available, boolean complete, IntConsumer task) {
        this.available = available;
        this.complete = complete;
        this.task = task;
    }

    /**
     * Makes the tasks found so far available to the threads, as a feed does (see
     * {@link WorkQueue#run(int, String, IntConsumer, Consumer)}).
     */
    interface Feed {

        /**
         * Makes the tasks of indexes below {@code count} available.
         *
         * @param count how many tasks have been found; never less than before
         */
        void available(int count);
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
        WorkQueue queue = new WorkQueue(count, true, task);
        queue.start(Math.min(parallelism, (count + BATCH - 1) / BATCH), threadName, () -> { });
    }

    /**
     * Runs {@code task} for every index that {@code feed} makes available, each once: the other
     * threads start at once and run the tasks as they become available, while the calling thread
     * runs {@code feed}, which makes them available in order; when it returns, the count is final
     * and the calling thread takes tasks too. A task that fails does not stop the feed, so that
     * what is thrown does not depend on timing: the feed's own failure, else a task's.
     *
     * @param parallelism how many threads, the calling thread included; all of them start, since
     *     the count is not known in advance
     * @param threadName the name of the threads started, followed by a number
     * @param task the task; it must be safe to call from several threads at once
     * @param feed makes the tasks available, on the calling thread; it should return soon once
     *     the calling thread is interrupted
     * @throws RuntimeException what the feed threw; else the failure of the lowest index whose
     *     task threw one; an {@link IllegalStateException} if the calling thread was interrupted
     * @throws Error as the feed or a task threw it
     */
    static void run(int parallelism, String threadName, IntConsumer task, Consumer<Feed> feed) {
        WorkQueue queue = new WorkQueue(0, false, task);
        queue.start(parallelism, threadName, () -> {
            try {
                feed.accept(queue::publish);
            } finally {
                queue.complete();
            }
        });
    }

    /**
     * Starts the other threads, runs {@code first} and then tasks on the calling thread, waits
     * for the others and throws what failed.
     */
    private void start(int parallelism, String threadName, Runnable first) {
        int threads = Math.max(1, parallelism);
        List<Thread> started = new ArrayList<>(threads - 1);
        try {
            for (int i = 1; i < threads; i++) {
                Thread thread = new Thread(this::work, threadName + "-" + i);
                // A daemon never keeps the JVM alive, even if a task hangs; run() joins it anyway.
                thread.setDaemon(true);
                thread.start();
                started.add(thread);
            }
            first.run();
            work();
        } catch (RuntimeException | Error e) {
            // A feed that failed, or a thread that could not be started: the others stop too.
            stopped = true;
            wake();
            join(started);
            if (Thread.currentThread().isInterrupted()) {
                rethrow(); // the feed stopped because the caller was interrupted: say so
            }
            throw e;
        }
        join(started);
        rethrow();
    }

    /** Makes the tasks below {@code count} available, waking the threads that wait for them. */
    private void publish(int count) {
        available = count;
        if (waiting > 0) {
            wake();
        }
    }

    /** Makes the count final. */
    private void complete() {
        complete = true;
        wake();
    }

    private void wake() {
        synchronized (lock) {
            lock.notifyAll();
        }
    }

    /**
     * Waits until the task of {@code index} is available, will never be, or the queue is stopped
     * before it is.
     *
     * @return whether it is available
     */
    private boolean await(int index) {
        if (index < available) {
            return true;
        }
        synchronized (lock) {
            waiting++;
            try {
                // waiting is written before available is read again, and publish() writes
                // available before it reads waiting: one of the two sees the other's write.
                while (index >= available && !complete && !stopped) {
                    lock.wait();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stopped = true;
                return false;
            } finally {
                waiting--;
            }
        }
        // A task made available is run even once another has failed, as the tasks of a batch taken
        // from a fixed count always were: a thread may take a batch, be descheduled before the
        // walk publishes its first task, and wake only after a later task failed. Skipping the
        // task then would lose the failure of the lowest index, which must win whatever the timing.
        return index < available;
    }

    /** Takes batches of indexes until none is left or a task has failed. */
    private void work() {
        while (!stopped) {
            if (Thread.currentThread().isInterrupted()) {
                stopped = true;
                return;
            }
            int from = next.getAndAdd(BATCH);
            for (int i = from; i < from + BATCH; i++) {
                if (!await(i)) {
                    return;
                }
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
