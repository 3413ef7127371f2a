package org.conditioncontent.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The entry point of the {@code conditions} command.
 *
 * <pre>{@code
 * conditions validate [--report text|json] [--fail-on error|warning] PATH...
 * conditions render   --format FORMAT [--out FILE] FILE
 * conditions export   --out DIR [--format FORMAT[,FORMAT...]] PATH...
 * conditions formats
 * conditions rules
 * conditions --help | --version
 * }</pre>
 *
 * <p>Exit codes: {@code 0} nothing at or above {@code --fail-on} (default {@code error}); {@code 1}
 * content problems at or above it; {@code 2} the command could not do its job (a bad option, a
 * missing path, unwritable output). A stack trace is printed only with {@code --debug}.
 */
public final class Main {

    /**
     * Hibernate Validator announces its version at INFO level when the loader starts; that line
     * must not mix with reports. The logger is held in a field because java.util.logging keeps
     * loggers only weakly: a logger configured and then dropped can be collected, level and all.
     */
    private static final Logger VALIDATOR_LOG = Logger.getLogger("org.hibernate.validator");

    static {
        VALIDATOR_LOG.setLevel(Level.WARNING);
    }

    private Main() {}

    /**
     * Runs the command with the process's standard output and error, both UTF-8, and exits with
     * its exit code.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        // UTF-8 whatever the platform's default, because reports quote article text and documents
        // rendered to standard output declare UTF-8. Output is buffered: run() flushes it.
        PrintStream out = new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16), false, UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, UTF_8);
        System.exit(run(args, out, err));
    }

    /**
     * Runs the command in this process, without exiting: reports and documents go to {@code out},
     * messages and diagnostics of failed renders and exports to {@code err}. Both are flushed
     * before this returns; neither is closed.
     *
     * <p>Text is written in each stream's own charset, help and usage text in UTF-8, and documents
     * rendered to {@code out} as UTF-8 bytes; give UTF-8 streams to keep it all one encoding.
     *
     * @param args the command line, such as {@code {"validate", "examples/conditions"}}
     * @param out standard output
     * @param err standard error
     * @return the exit code: 0, 1 or 2 as the class documentation describes
     * @throws NullPointerException if an argument is {@code null}
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        Objects.requireNonNull(args, "args must not be null");
        Streams streams = new Streams(Objects.requireNonNull(out, "out must not be null"),
                Objects.requireNonNull(err, "err must not be null"));
        CommandLine cli = new CommandLine(new ConditionsCommand())
                .addSubcommand(new ValidateCommand(streams))
                .addSubcommand(new RenderCommand(streams))
                .addSubcommand(new ExportCommand(streams))
                .addSubcommand(new FormatsCommand(streams))
                .addSubcommand(new RulesCommand(streams));
        // Set after the subcommands are added, so that they apply to them too.
        cli.setOut(new PrintWriter(new OutputStreamWriter(out, UTF_8), true));
        cli.setErr(new PrintWriter(new OutputStreamWriter(err, UTF_8), true));
        cli.setColorScheme(Help.defaultColorScheme(Help.Ansi.OFF));
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setParameterExceptionHandler((e, arguments) -> badUsage(e, streams));
        cli.setExecutionExceptionHandler((e, command, parsed) -> failed(e, parsed, streams));
        try {
            return cli.execute(args);
        } catch (VirtualMachineError e) {
            // picocli hands exceptions to the handler above but lets errors through; running out
            // of memory on a huge folder still deserves one line rather than a stack trace.
            return failed(e, cli.getParseResult(), streams);
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** A wrong command line: one line saying what is wrong, the synopsis, and where to find help. */
    private static int badUsage(ParameterException e, Streams streams) {
        CommandLine command = e.getCommandLine();
        Help help = command.getHelp();
        PrintStream err = streams.err();
        String message = firstLine(e.getMessage());
        err.println("conditions: " + (message.isEmpty() ? "invalid command line" : lowerFirst(message)));
        err.print(help.synopsisHeading() + help.synopsis(help.synopsisHeadingLength()));
        err.println("Try '" + command.getCommandSpec().qualifiedName() + " --help' for more information.");
        return Exit.FAILED;
    }

    /**
     * Reports that the command could not do its job. A {@link CommandFailure} says why in words
     * for the user; anything else is a bug, reported in one line with a hint, and in full (with
     * its stack trace) only with {@code --debug}.
     *
     * @param e what went wrong
     * @param parsed the command line as parsed, to find --debug; {@code null} if it was not parsed
     * @param streams where the message goes ({@code err})
     * @return {@link Exit#FAILED}
     */
    static int failed(Throwable e, @Nullable ParseResult parsed, Streams streams) {
        PrintStream err = streams.err();
        boolean debug = debug(parsed);
        if (e instanceof CommandFailure) {
            err.println("conditions: " + e.getMessage());
        } else {
            // An error such as OutOfMemoryError is named, since its message alone ("Java heap
            // space") does not say what happened; an exception's message usually does.
            String detail = firstLine(e.getMessage());
            String message = e instanceof Error || detail.isEmpty()
                    ? e.getClass().getSimpleName() + (detail.isEmpty() ? "" : ": " + detail)
                    : lowerFirst(detail);
            err.println("conditions: " + message + (debug ? "" : " (run again with --debug to see the stack trace)"));
        }
        if (debug) {
            e.printStackTrace(err);
        }
        return Exit.FAILED;
    }

    /** Whether --debug was given, before the subcommand or after it. */
    private static boolean debug(@Nullable ParseResult parsed) {
        for (ParseResult p = parsed; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption(ConditionsCommand.DEBUG)) {
                return true;
            }
        }
        return false;
    }

    /** The first line of a message, or "" when there is none. */
    private static String firstLine(@Nullable String message) {
        return message == null ? "" : message.strip().lines().findFirst().orElse("").strip();
    }

    /** The text starting in lower case, to follow "conditions: ", unless it starts with an acronym. */
    private static String lowerFirst(String text) {
        boolean acronym = text.length() > 1 && Character.isUpperCase(text.charAt(1));
        return text.isEmpty() || acronym ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
