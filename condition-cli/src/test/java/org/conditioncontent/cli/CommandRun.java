package org.conditioncontent.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One in-process run of the command, with what it printed.
 *
 * @param exitCode the exit code
 * @param outBytes standard output, as written
 * @param err standard error, decoded as UTF-8
 */
record CommandRun(int exitCode, byte[] outBytes, String err) {

    /** The seed article, from the examples module beside this one (tests run in the module folder). */
    static final Path SEED = Path.of("../examples/conditions/nocturnal-leg-cramps.yaml");

    /** The test fixtures' folder. */
    static final Path FIXTURES = Path.of("src/test/resources");

    /** The repository's root, the folder users run the command from. */
    static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();

    /** The built command's jar, for tests that start it in a JVM of its own: {@code -Dconditions.jar}, else the module's target. */
    static final Path BUILT_JAR = Path.of(System.getProperty("conditions.jar", REPOSITORY.resolve("condition-cli/target/conditions.jar").toString()));

    /** The {@code java} launcher of the JDK running the tests, for child JVMs. */
    static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");

    /**
     * Runs {@code conditions} with arguments.
     *
     * @param args the command line
     * @return what happened
     */
    static CommandRun of(Object... args) {
        return run(Path.of(""), false, args);
    }

    /**
     * Runs {@code conditions} as if started in another folder.
     *
     * @param workingDirectory the folder relative paths are taken from
     * @param args the command line
     * @return what happened
     */
    static CommandRun in(Path workingDirectory, Object... args) {
        return run(workingDirectory, false, args);
    }

    /**
     * Runs {@code conditions} as if standard error were a terminal.
     *
     * @param args the command line
     * @return what happened
     */
    static CommandRun onTerminal(Object... args) {
        return run(Path.of(""), true, args);
    }

    /**
     * Runs {@code conditions} with a standard output on which every write fails, as on a full
     * disk or a closed pipe.
     *
     * @param args the command line
     * @return what happened; nothing was written to standard output
     */
    static CommandRun toFullDisk(Object... args) {
        String[] strings = strings(args);
        OutputStream full = new java.io.OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }
        };
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(strings, new PrintStream(full, false, UTF_8), new PrintStream(err, true, UTF_8));
        return new CommandRun(code, new byte[0], err.toString(UTF_8));
    }

    private static String[] strings(Object... args) {
        String[] strings = new String[args.length];
        for (int i = 0; i < args.length; i++) {
            strings[i] = String.valueOf(args[i]);
        }
        return strings;
    }

    /**
     * Runs {@code conditions} with environment variables.
     *
     * @param environment the variables, such as {@code CONDITIONS_PLUGINS}
     * @param args the command line
     * @return what happened
     */
    static CommandRun withEnvironment(Map<String, String> environment, Object... args) {
        return run(Path.of(""), false, environment, args);
    }

    private static CommandRun run(Path workingDirectory, boolean terminal, Object... args) {
        return run(workingDirectory, terminal, Map.of(), args);
    }

    private static CommandRun run(Path workingDirectory, boolean terminal, Map<String, String> environment, Object... args) {
        String[] strings = strings(args);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(strings, new PrintStream(out, true, UTF_8), new PrintStream(err, true, UTF_8), workingDirectory, terminal,
                environment);
        return new CommandRun(code, out.toByteArray(), err.toString(UTF_8));
    }

    /**
     * Standard output, decoded as UTF-8.
     *
     * @return the text
     */
    String out() {
        return new String(outBytes, UTF_8);
    }

    /**
     * Standard output's lines.
     *
     * @return the lines
     */
    List<String> outLines() {
        return out().lines().toList();
    }

    /**
     * Standard error's lines.
     *
     * @return the lines
     */
    List<String> errLines() {
        return err.lines().toList();
    }
}
