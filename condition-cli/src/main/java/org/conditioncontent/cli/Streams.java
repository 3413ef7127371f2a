package org.conditioncontent.cli;

import java.io.PrintStream;

/**
 * Where a command writes: reports and documents to {@code out}, messages to {@code err}. Passed
 * in rather than taken from {@link System}, so that tests run the command in-process.
 *
 * @param out standard output
 * @param err standard error
 */
record Streams(PrintStream out, PrintStream err) {}
