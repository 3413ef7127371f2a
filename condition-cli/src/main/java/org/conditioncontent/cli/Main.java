package org.conditioncontent.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedOutputStream;
import java.io.Console;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.net.URL;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.conditioncontent.loader.Diagnostic;
import org.conditioncontent.loader.report.ValidationReport;
import org.conditioncontent.loader.report.VisibleText;
import org.conditioncontent.loader.rules.RuleSet;
import org.conditioncontent.loader.rules.RulesConfigException;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The entry point of the {@code conditions} command.
 *
 * <pre>{@code
 * conditions validate [--report text|json|sarif|github|junit] [--fail-on error|warning]
 *                     [--max-warnings N] [--config FILE] PATH...
 * conditions render   --format FORMAT [--out FILE] [--config FILE] FILE
 * conditions export   --out DIR [--format FORMAT[,FORMAT...]] [--config FILE] PATH...
 * conditions formats  [--plugins JAR[,JAR...]]
 * conditions rules    [--config FILE] [--plugins JAR[,JAR...]]
 * conditions --help | --version
 * }</pre>
 *
 * <p>validate, render and export take {@code --plugins JAR[,JAR...]} too: jars of house rules and
 * renderers, added to those the environment variable {@code CONDITIONS_PLUGINS} names.
 *
 * <p>Exit codes: {@code 0} nothing at or above {@code --fail-on} (default {@code error}); {@code 1}
 * content problems at or above it; {@code 2} the command could not do its job (a bad option, a
 * missing path, a bad rules configuration, unwritable output). A stack trace is printed only with
 * {@code --debug}.
 */
public final class Main {

    /** The subcommands that build a rule set and a loader (see {@link #openClassPath}). */
    private static final Set<String> LOADING = Set.of("validate", "render", "export", "preview");

    /**
     * Every subcommand's name, in the order the help lists them: the one list that the command
     * line is built from and that the message for a missing subcommand names.
     */
    static final List<String> SUBCOMMANDS =
            List.of("validate", "render", "export", "migrate", "new", "formats", "rules", "lsp", "schema", "preview");

    /** The subcommand that prints the help of the command or of one of its subcommands. */
    static final String HELP = "help";

    /**
     * The system property with which picocli leaves out built-in type converters, a list of
     * regular expressions matched against a type's name.
     */
    static final String CONVERTER_EXCLUDES = "picocli.converters.excludes";

    /**
     * The types whose converters picocli would register by reflection and no option takes:
     * {@code java.time} and {@code java.sql}. Registering them loads and initialises those
     * classes (java.time.MonthDay builds a date formatter) for every command line built, about
     * 5 % of the CPU of a one-article validate; the converters for the types the options use are
     * kept ({@link PathArgument} then takes {@code Path}'s place).
     */
    static final String UNUSED_CONVERTERS = "java\\.(time|sql)\\..*";

    /**
     * The list of house rules a jar provides, which the commands look for in every jar: a name
     * that asks each jar of the class path for one entry. Written out rather than from
     * {@code EditorialRule.class}, which would load the loader's classes before they are needed.
     */
    static final String SERVICE_LIST = "META-INF/services/org.conditioncontent.loader.rules.EditorialRule";

    /**
     * The regular expressions picocli compiles for every command's model, those of its default
     * transformer of negatable options ({@code RegexTransformer.createDefault()}), which the
     * thread {@link #openClassPath} starts compiles first (docs/performance.md, "Issue 20:
     * validate's warm-up, round 11"). Were picocli to change them, only the head start would be
     * lost; {@code MainTest} compares them with picocli's.
     */
    static final List<String> PICOCLI_PATTERNS = List.of("^--no-(\\w(-|\\w)*)$", "^--(\\w(-|\\w)*)$",
            "^(-|--)(\\w*:)\\+(\\w(-|\\w)*)$", "^(-|--)(\\w*:)\\-(\\w(-|\\w)*)$");

    private Main() {}

    /**
     * A subcommand, made only when used. A switch rather than a map of constructor references: a
     * reference loads its class and spins a lambda class when the map is built, ten of each on
     * every start, while a branch of a switch loads nothing until it runs.
     */
    private static CommandSpec subcommand(String name, Invocation invocation) {
        return switch (name) {
            case "validate" -> new ValidateCommand(invocation).spec();
            case "render" -> new RenderCommand(invocation).spec();
            case "export" -> new ExportCommand(invocation).spec();
            case "migrate" -> new MigrateCommand(invocation).spec();
            case "new" -> new NewCommand(invocation).spec();
            case "formats" -> new FormatsCommand(invocation).spec();
            case "rules" -> new RulesCommand(invocation).spec();
            case "lsp" -> new LspCommand(invocation).spec();
            case "schema" -> new SchemaCommand(invocation).spec();
            case "preview" -> new PreviewCommand(invocation).spec();
            default -> throw new IllegalArgumentException("no subcommand " + name);
        };
    }

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
        // Read by picocli as each command line is built; one set by whoever started the JVM wins.
        // Set here, where the process is the command's own, not in run(): an application that
        // runs the command in its JVM keeps every converter for command lines of its own.
        if (System.getProperty(CONVERTER_EXCLUDES) == null) {
            System.setProperty(CONVERTER_EXCLUDES, UNUSED_CONVERTERS);
        }
        openClassPath(readsArticles(args));
        // The JDK has no test for standard error alone; a console means a person at a terminal.
        System.exit(run(args, out, err, Path.of(""), atTerminal(System.console()), System.getenv()));
    }

    /**
     * Whether a console is a person's terminal. Up to JDK 21 there is a console only when standard
     * input and output are terminals; JDK 22 to 24 give a console whatever they are, and tell
     * with {@code isTerminal()}, which JDK 17 does not have, so it is looked up by name: without
     * it, progress frames went into CI logs on those JDKs.
     *
     * @param console {@link System#console()}, or a stand-in in tests
     * @return {@code false} for no console or one that says it is no terminal
     */
    static boolean atTerminal(@Nullable Object console) {
        if (console == null) {
            return false;
        }
        try {
            // Looked up on Console itself: the JDK's console is of a class outside its package's API,
            // whose own methods cannot be called by reflection.
            Class<?> type = console instanceof Console ? Console.class : console.getClass();
            return !Boolean.FALSE.equals(type.getMethod("isTerminal").invoke(console));
        } catch (NoSuchMethodException e) {
            return true; // before JDK 22: a console is a terminal
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false; // cannot tell: no progress is the safe side, for a log
        }
    }

    /**
     * Opens the jars of the class path on a thread of their own while the main thread builds the
     * command line. Every command that reads articles or renders looks for house rules and
     * renderers with {@link java.util.ServiceLoader}, which asks each jar of the class path for
     * its list of services, and the class loader opens each jar the first time it is asked
     * (the command's 20 jars, their zip directories read, on the main thread while the other
     * core had little to do: docs/performance.md, "Issue 20: the serial head, round 9"). Opened
     * here, they are open by then. The class loader's list of opened jars is its own and
     * thread-safe; if the main thread comes first it opens what is left, as it did before. What
     * this thread finds is not used, and a jar that cannot be opened is skipped silently by the
     * class loader, as it was when the main thread opened it.
     *
     * <p>For a command that reads articles, the thread then starts, in the order the command
     * will, what the main thread would start alone once the command line is parsed: the built-in
     * rules' classes, java.util.logging (through {@link Articles}' initialiser, which sets the
     * validator's logger), and a loader's reader and checks (Jackson's factory among them), each
     * made and dropped. About 40 ms of the main thread's work before the first file, in the
     * interpreter, while the other core had only the compiler to run (docs/performance.md,
     * "Issue 20: validate's cold CPU, round 10"). A class's initialisation runs once, on
     * whichever thread comes first, and the other waits for it: nothing made here is used, and
     * nothing is set that the command would not set the same way.
     *
     * @param reading whether the command reads articles, and so builds a rule set and a loader
     */
    private static void openClassPath(boolean reading) {
        Thread opening = new HeadStart(reading);
        opening.setDaemon(true); // it never keeps the JVM from exiting
        opening.start();
    }

    /**
     * The thread {@link #openClassPath} starts: a class of its own rather than a lambda. The
     * program's first lambda on the main thread linked its call site there (the method handles,
     * the lambda's class spun anew on every run, since the launcher's training never runs
     * {@code main}), 8 to 12 profiler samples of 1 ms (median 12) before picocli's model was begun
     * (docs/performance.md, "Issue 20: validate's warm-up, round 11"); a class is loaded like any
     * other and links nothing. The thread compiles picocli's regular expressions first
     * ({@link #PICOCLI_PATTERNS}), then opens the jars and, for a command that reads articles,
     * starts its rules and loader.
     */
    private static final class HeadStart extends Thread {

        private final boolean reading;

        /**
         * A thread, not yet started, named {@code conditions-class-path}.
         *
         * @param reading whether the command reads articles, and so builds a rule set and a loader
         */
        HeadStart(boolean reading) {
            super("conditions-class-path");
            this.reading = reading;
        }

        @Override
        public void run() {
            try {
                // First, since the main thread needs them soonest: picocli compiles these for
                // each command's model, and the regular expressions' first compilation links the
                // call sites of java.util.regex's lambdas (the program's first), about 13 samples
                // of the main thread's model; a site linked here is linked for every thread.
                for (String pattern : PICOCLI_PATTERNS) {
                    Pattern.compile(pattern);
                }
                Enumeration<URL> lists = ClassLoader.getSystemClassLoader().getResources(SERVICE_LIST);
                while (lists.hasMoreElements()) {
                    lists.nextElement();
                }
                if (reading) {
                    startReading();
                }
            } catch (IOException | RuntimeException | LinkageError e) {
                // Only a head start: the command's own look-up reads the same lists and reports,
                // and makes its own rule set and loader. A class that cannot be loaded or
                // initialised fails the command on the main thread, which reports it (a failed
                // initialiser as NoClassDefFoundError there, its cause attached only from JDK 18
                // on): this thread must not print a stack trace of its own.
            } catch (OutOfMemoryError e) {
                // The same, for a full heap; kept, because the class it left uninitialised fails
                // the main thread with a NoClassDefFoundError that, before JDK 18, does not say why.
                ranOutOfMemory = e;
            }
        }
    }

    /** A full heap the head start met, which the main thread's failure may stem from; else null. */
    private static volatile @Nullable OutOfMemoryError ranOutOfMemory;

    /**
     * Whether a command line names a subcommand that reads articles, and so builds a rule set and
     * a loader: {@code validate}, {@code render}, {@code export} or {@code preview}, first or
     * after {@code --debug}.
     *
     * @param args the command line
     * @return {@code true} for those subcommands; {@code false} for any other, help and version
     */
    static boolean readsArticles(String[] args) {
        String named = subcommand(args);
        return named != null && LOADING.contains(named);
    }

    /**
     * Starts, in the order a command that reads articles does, the classes it starts before the
     * first file: the built-in rules, java.util.logging with the validator's logger set (by
     * {@link Articles}' initialiser, which its first call runs) and a loader's reader and checks.
     * What it makes is dropped.
     */
    static void startReading() {
        RuleSet.builder().builtIn();
        Articles.loader(RuleSet.none());
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
        return run(args, out, err, Path.of(""), false);
    }

    /**
     * Runs the command in this process as if started in another folder: relative paths on the
     * command line are taken from it, {@code conditions.yaml} is looked for in it, and reports
     * name files as if the command had run there.
     *
     * @param args the command line
     * @param out standard output
     * @param err standard error
     * @param workingDirectory the folder; the empty path is the process's current folder
     * @param terminal whether {@code err} is a terminal a person watches, for progress lines
     * @return the exit code
     * @throws NullPointerException if an argument is {@code null}
     */
    static int run(String[] args, PrintStream out, PrintStream err, Path workingDirectory, boolean terminal) {
        return run(args, out, err, workingDirectory, terminal, Map.of());
    }

    /**
     * Runs the command in this process as if started in another folder with some environment.
     *
     * @param args the command line
     * @param out standard output
     * @param err standard error
     * @param workingDirectory the folder; the empty path is the process's current folder
     * @param terminal whether {@code err} is a terminal a person watches, for progress lines
     * @param environment the environment variables, such as {@value Plugins#ENVIRONMENT}
     * @return the exit code
     * @throws NullPointerException if an argument is {@code null}
     */
    static int run(String[] args, PrintStream out, PrintStream err, Path workingDirectory, boolean terminal,
            Map<String, String> environment) {
        Objects.requireNonNull(args, "args must not be null");
        Streams streams = new Streams(Objects.requireNonNull(out, "out must not be null"),
                Objects.requireNonNull(err, "err must not be null"));
        Invocation invocation = new Invocation(streams, workingDirectory, terminal, environment);
        CommandLine cli = commandLine(args, invocation);
        int code;
        try {
            code = cli.execute(args);
        } catch (VirtualMachineError e) {
            // picocli hands exceptions to the handler above but lets errors through; running out
            // of memory on a huge folder still deserves one line rather than a stack trace.
            code = failed(e, cli.getParseResult(), streams);
        }
        // A PrintStream never throws; checkError flushes and tells whether any write failed. A
        // report cut short by a full disk or a closed pipe must not pass for a whole one.
        if (out.checkError()) {
            err.println("conditions: cannot write to standard output (the disk may be full, or the reader gone);"
                    + " what was written is incomplete");
            code = Exit.FAILED;
        }
        err.flush();
        return code;
    }

    /**
     * The command line for one run, ready to execute: the top command with the subcommand the
     * arguments name, or with every subcommand when they name none (help, version, a typo to
     * suggest a name for); output and messages go to the invocation's streams.
     *
     * @param args the command line, read only to find the subcommand it names
     * @param invocation where reports and messages go, and what the subcommands run in
     * @return the command line, not yet parsed
     */
    static CommandLine commandLine(String[] args, Invocation invocation) {
        Streams streams = invocation.streams();
        CommandLine cli = new CommandLine(new ConditionsCommand().spec(), DeferredFactory.INSTANCE);
        // Each command's model is made when it is added, with its own objects for the values it
        // parses (CommandModel): a command line that names a subcommand gets only that one. Any
        // other (help, version, a typo to suggest a name for) gets them all.
        String named = subcommand(args);
        for (String name : SUBCOMMANDS) {
            if (named == null || !SUBCOMMANDS.contains(named) || named.equals(name)) {
                cli.addSubcommand(name, subcommand(name, invocation));
            }
        }
        if (named == null || !SUBCOMMANDS.contains(named)) {
            // picocli's own: "conditions help validate". Only on a command line that names no
            // other command, as its model is read by reflection from the class's annotations.
            CommandSpec help = CommandSpec.forAnnotatedObject(new CommandLine.HelpCommand(), DeferredFactory.INSTANCE);
            // In the words of the other commands' help, not the inherited exit codes of validation.
            help.usageMessage()
                    .header("Shows the help of the command, or of one of its commands.")
                    .description("Without COMMAND, the help of conditions itself.")
                    .exitCodeList(CommandModel.exitCodes("0:the help was shown", "2:there is no such command"))
                    .footer("%nExample:%n  conditions help validate");
            cli.addSubcommand(HELP, help);
        }
        // Set after the subcommands are added, so that they apply to them too.
        cli.setOut(new PrintWriter(new OutputStreamWriter(streams.out(), UTF_8), true));
        cli.setErr(new PrintWriter(new OutputStreamWriter(streams.err(), UTF_8), true));
        cli.setColorScheme(Help.defaultColorScheme(Help.Ansi.OFF));
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.registerConverter(Path.class, PathArgument.INSTANCE);
        Failures failures = new Failures(streams);
        cli.setParameterExceptionHandler(failures);
        cli.setExecutionExceptionHandler(failures);
        return cli;
    }

    /**
     * What picocli calls when a command line is wrong or a command throws: {@link #badUsage} and
     * {@link #failed}. A class rather than two lambdas, for the start-up archive's sake: picocli's
     * handler interfaces are compiled for Java 5, and a static archive dump that links them to
     * resolve the lambdas' classes then leaves them out (an old class once linked is not
     * archived), with the lambdas' classes and picocli's own handlers. Every run then loaded
     * them from the jars, opening every jar of the class path on the way to picocli's, the last,
     * and spun the two lambda classes anew. This was the first of three places that opened the
     * jars on the main thread before the first file; with the other two (picocli's default
     * factory, {@link DeferredFactory}, and the house rules' look-up, {@link #openClassPath}) the
     * main thread took about 24 fewer profiler samples of 1 ms before the first file
     * (docs/performance.md, "Issue 20: the serial head, round 9").
     */
    private record Failures(Streams streams) implements IParameterExceptionHandler, IExecutionExceptionHandler {

        @Override
        public int handleParseException(ParameterException e, String[] arguments) {
            return badUsage(e, streams);
        }

        @Override
        public int handleExecutionException(Exception e, CommandLine command, ParseResult parsed) {
            return failed(e, parsed, streams);
        }
    }

    /**
     * The subcommand a command line names: its first argument, or the one after {@code --debug}.
     * Null when another option comes first ({@code --help validate} must list every subcommand).
     */
    private static @Nullable String subcommand(String[] args) {
        for (String arg : args) {
            if (!arg.equals(ConditionsCommand.DEBUG)) {
                return arg.startsWith("-") ? null : arg;
            }
        }
        return null;
    }

    /**
     * A wrong command line: one line saying what is wrong, picocli's suggestions for a mistyped
     * subcommand or option ("Did you mean: conditions validate?", "Possible solutions: --fail-on")
     * when it has any, the synopsis, and where to find help.
     */
    private static int badUsage(ParameterException e, Streams streams) {
        CommandLine command = e.getCommandLine();
        Help help = command.getHelp();
        PrintStream err = streams.err();
        // In the command's words where it has them (UsageMessage, loaded only here), else picocli's.
        @Nullable String own = UsageMessage.of(e);
        String message = own != null ? own : firstLine(e.getMessage());
        err.println("conditions: " + (message.isEmpty() ? "invalid command line" : VisibleText.of(lowerFirst(message))));
        if (!UsageMessage.suggests(e)) {
            // The suggestions are names of the command's own subcommands and options, never the
            // user's text, so they need no VisibleText; the writer is flushed, not closed, as err
            // stays open for the synopsis.
            PrintWriter suggestions = new PrintWriter(new OutputStreamWriter(err, UTF_8));
            UnmatchedArgumentException.printSuggestions(e, suggestions);
            suggestions.flush();
        }
        err.print(help.synopsisHeading() + help.synopsis(help.synopsisHeadingLength()));
        err.println("Try '" + command.getCommandSpec().qualifiedName() + " --help' for more information.");
        return Exit.FAILED;
    }

    /**
     * Reports that the command could not do its job. A {@link CommandFailure} says why in words
     * for the user; a {@link RulesConfigException} is reported as its findings, one line each
     * with the configuration file's line and column; a full Java heap is reported with its limit
     * and the way to raise it; anything else is a bug, reported in one line with a hint. Each is
     * reported in full (with its stack trace) only with {@code --debug}.
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
            err.println("conditions: " + VisibleText.of(String.valueOf(e.getMessage())));
        } else if (e instanceof RulesConfigException config) {
            for (Diagnostic d : config.diagnostics()) {
                err.println(ValidationReport.line(d));
            }
        } else if (ranOutOfHeap(e, ranOutOfMemory)) {
            // Not a bug but a limit, which the user can raise: where the heap ran out tells them
            // nothing, so the way to give it more replaces the hint about the stack trace.
            err.println("conditions: " + heapFull(Runtime.getRuntime().maxMemory()));
        } else {
            // An error such as OutOfMemoryError is named, since its message alone ("Metaspace")
            // does not say what happened; an exception's message usually does.
            String detail = firstLine(e.getMessage());
            String message = e instanceof Error || detail.isEmpty()
                    ? e.getClass().getSimpleName() + (detail.isEmpty() ? "" : ": " + detail)
                    : lowerFirst(detail);
            err.println("conditions: " + VisibleText.of(message) + (debug ? "" : " (run again with --debug to see the stack trace)"));
        }
        if (debug) {
            e.printStackTrace(err);
        }
        return Exit.FAILED;
    }

    /** How many causes of a failure {@link #isHeapFull} looks through. */
    private static final int CAUSES = 16;

    /** A mebibyte, the unit of the heap sizes in {@link #heapFull}. */
    private static final long MB = 1024 * 1024;

    /**
     * Whether the command failed for a full heap: the failure says so itself or through a cause,
     * or it is a class that could not be linked or initialised after the head start met a full
     * heap (the class it left half made).
     *
     * @param e the command's failure
     * @param atStart the full heap the head start met, or {@code null}
     * @return whether to report a full heap
     */
    static boolean ranOutOfHeap(Throwable e, @Nullable OutOfMemoryError atStart) {
        return isHeapFull(e) || (e instanceof LinkageError && atStart != null && isHeapFull(atStart));
    }

    /**
     * Whether a failure is, or was caused by, an {@link OutOfMemoryError} that says the Java heap
     * is full, which a larger heap cures: "Java heap space", or "GC overhead limit exceeded" from
     * the parallel collector when it gives up. Other kinds (metaspace, native threads, direct
     * buffers, an array larger than any heap) are not. The causes are searched because a library
     * may wrap what it caught; the search stops after {@link #CAUSES} of them, should a chain
     * loop.
     */
    private static boolean isHeapFull(Throwable e) {
        Throwable t = e;
        for (int depth = 0; t != null && depth <= CAUSES; depth++, t = t.getCause()) {
            if (t instanceof OutOfMemoryError
                    && ("Java heap space".equals(t.getMessage()) || "GC overhead limit exceeded".equals(t.getMessage()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * What to say when the Java heap is full: that it is, its limit, and how to give the JVM more
     * in the environment variable that every {@code java} of JDK 9 and later reads, so that the
     * advice fits both launchers and a plain {@code java -jar}. (A {@code -Xmx} on java's own
     * command line, or in {@code _JAVA_OPTIONS}, comes later and wins; the launchers give none.)
     * The size suggested is twice the limit, rounded up to 64 MB (to whole gigabytes from 1 GB
     * on), so that the option reads as a person would write it. {@code export} keeps every article
     * until it writes, so it is the command a large corpus runs out in; the README says how much
     * it needs.
     *
     * @param maxHeapBytes the heap's limit, {@link Runtime#maxMemory()} (with the serial collector,
     *     a survivor space less than {@code -Xmx}); {@link Long#MAX_VALUE} when the JVM has none
     * @return the message, without the {@code conditions: } prefix
     */
    static String heapFull(long maxHeapBytes) {
        if (maxHeapBytes == Long.MAX_VALUE) {
            return "ran out of memory: the Java heap is full; give Java more memory and run again";
        }
        long limit = Math.max(1, maxHeapBytes / MB + (maxHeapBytes % MB == 0 ? 0 : 1));
        long twice = (2 * limit + 63) / 64 * 64;
        String option = twice >= 1024 ? "-Xmx" + (twice + 1023) / 1024 + "g" : "-Xmx" + twice + "m";
        return "ran out of memory: the Java heap is full at its limit of " + limit + " MB; give it more, such as"
                + " JDK_JAVA_OPTIONS=" + option + ", and run again";
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
