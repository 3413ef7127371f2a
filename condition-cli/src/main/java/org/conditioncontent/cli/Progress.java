package org.conditioncontent.cli;

import java.io.OutputStream;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A progress line on a terminal while a long check runs: {@code conditions: checking 1000 files
 * | 2.4 s}, redrawn in place with a carriage return by a daemon thread, and erased when the check
 * ends, so that nothing of it stays on the screen or reaches a log.
 *
 * <p>It shows elapsed time rather than a count of files done, because the loader checks a whole
 * corpus in one call (it needs every file for the checks across files, such as duplicate ids) and
 * reports nothing until the end; a spinner that keeps turning still tells a person that the
 * command is working.
 */
final class Progress implements AutoCloseable {

    /** Above this many files a check takes long enough for a progress line to be worth it. */
    static final int MIN_FILES = 200;

    /** How often the line is redrawn. */
    static final Duration INTERVAL = Duration.ofMillis(125);

    private static final String FRAMES = "|/-\\";

    private static final Progress NONE = new Progress(new PrintStream(OutputStream.nullOutputStream()), "", INTERVAL, false);

    private final Object lock = new Object();
    private final PrintStream err;
    private final String label;
    private final long start = System.nanoTime();
    private final @Nullable Thread ticker;
    private int frame;
    private int drawnLength;
    private boolean closed;

    private Progress(PrintStream err, String label, Duration interval, boolean active) {
        this.err = err;
        this.label = label;
        if (!active) {
            this.ticker = null;
            this.closed = true;
            return;
        }
        draw(); // at once, so that even a short wait shows something
        Thread thread = new Thread(() -> tick(interval.toMillis()), "conditions-progress");
        thread.setDaemon(true); // never keeps the JVM alive
        thread.start();
        this.ticker = thread;
    }

    /**
     * Starts a progress line if a person watches and the work is long.
     *
     * @param invocation whether standard error is a terminal, and the stream
     * @param files how many files will be checked
     * @return the progress line, or one that shows nothing
     */
    static Progress start(Invocation invocation, int files) {
        return invocation.terminal() && files > MIN_FILES
                ? show(invocation.streams().err(), "checking " + files + " files", INTERVAL)
                : NONE;
    }

    /**
     * Starts a progress line unconditionally.
     *
     * @param err the terminal
     * @param label what is being done, such as {@code checking 300 files}
     * @param interval how often to redraw
     * @return the progress line
     */
    static Progress show(PrintStream err, String label, Duration interval) {
        return new Progress(err, label, interval, true);
    }

    private void tick(long millis) {
        try {
            while (true) {
                Thread.sleep(millis);
                synchronized (lock) {
                    if (closed) {
                        return;
                    }
                    draw();
                }
            }
        } catch (InterruptedException e) {
            // close() wakes it to stop.
            Thread.currentThread().interrupt();
        } catch (OutOfMemoryError e) {
            // A redraw that cannot allocate gives the line up: the command's own thread meets
            // the full heap too and reports it, where this thread would print a stack trace.
        }
    }

    /** Draws the line over the previous one; the caller holds the lock (or is the constructor). */
    private void draw() {
        double seconds = (System.nanoTime() - start) / 1e9;
        String line = "conditions: " + label + " " + FRAMES.charAt(frame++ % FRAMES.length())
                + String.format(Locale.ROOT, " %.1f s", seconds);
        // Pad over a longer previous line, which a growing counter never leaves, but be safe.
        err.print("\r" + line + " ".repeat(Math.max(0, drawnLength - line.length())));
        err.flush();
        drawnLength = Math.max(drawnLength, line.length());
    }

    /** Stops redrawing and erases the line, leaving the cursor at the start of an empty line. */
    @Override
    public void close() {
        Thread thread = ticker;
        if (thread == null) {
            return;
        }
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
            err.print("\r" + " ".repeat(drawnLength) + "\r");
            err.flush();
        }
        thread.interrupt();
        try {
            thread.join(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
