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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** What every subcommand shares: help, version, usage errors and --debug. */
class CommandLineTest {

    /** A subcommand's line in the help's list: its name, then the start of its summary. */
    private static final Pattern SUMMARY_START = Pattern.compile("^  (\\S+)\\s+(.*)$");

    @Test
    void helpListsTheSubcommandsAndExitCodes() {
        CommandRun run = CommandRun.of("--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Usage: conditions")
                .contains("validate", "render", "export", "formats", "rules")
                .contains("Exit codes:")
                .contains("--debug", "--version");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void helpListsEverySubcommandEvenWhenOneIsNamed() {
        for (CommandRun run : new CommandRun[] {CommandRun.of("--help", "validate"), CommandRun.of("--debug", "--help", "rules")}) {
            assertThat(run.exitCode()).isZero();
            assertThat(run.out()).startsWith("Usage: conditions ")
                    .containsPattern("\\n +validate ").containsPattern("\\n +render ").containsPattern("\\n +export ")
                    .containsPattern("\\n +formats ").containsPattern("\\n +rules ");
        }
    }

    @Test
    void theHelpsListOfSubcommandsGivesEachAWholeSentence() {
        // picocli lists a subcommand with the first line of its description only: a line that
        // ends mid-sentence reads as cut off ("for editors that speak").
        String out = CommandRun.of("--help").out().replace(System.lineSeparator(), "\n");
        String list = out.substring(out.indexOf("Commands:\n") + "Commands:\n".length(), out.indexOf("\n\n", out.indexOf("Commands:\n")));
        Map<String, String> summaries = new LinkedHashMap<>();
        String current = null;
        for (String line : list.split("\n")) {
            Matcher named = SUMMARY_START.matcher(line);
            if (named.matches()) {
                current = named.group(1);
                summaries.put(current, named.group(2).strip());
            } else {
                summaries.merge(current, line.strip(), (a, b) -> a + " " + b);
            }
        }

        assertThat(summaries).containsKeys("validate", "render", "export", "migrate", "new", "formats", "rules", "lsp", "schema", "preview");
        assertThat(summaries.values()).allSatisfy(summary -> assertThat(summary).endsWith("."));
    }

    @Test
    void theSubcommandMayFollowDebug() {
        CommandRun run = CommandRun.of("--debug", "validate", SEED);

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("1 files, 0 errors, 0 warnings" + System.lineSeparator());
    }

    @ParameterizedTest
    @ValueSource(strings = {"validate", "render", "export", "formats", "rules"})
    void everySubcommandsHelpShowsAnExample(String subcommand) {
        CommandRun run = CommandRun.of(subcommand, "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Usage: conditions " + subcommand)
                .containsOnlyOnce("Example:")
                .contains("  conditions " + subcommand);
    }

    @Test
    void validateHelpShowsTheChoicesOfItsOptions() {
        String help = CommandRun.of("validate", "--help").out();

        assertThat(help).contains("--report=FORMAT").contains("text, json, sarif, github, junit").contains("(default: text)");
        assertThat(help).contains("--fail-on=SEVERITY").contains("error, warning (default: error)");
        assertThat(help).contains("--max-warnings=N").contains("--config=FILE").contains("conditions.yaml");
    }

    @ParameterizedTest
    @ValueSource(strings = {"validate", "render", "export", "rules"})
    void everyCommandThatChecksArticlesTakesAConfiguration(String subcommand) {
        assertThat(CommandRun.of(subcommand, "--help").out()).contains("--config=FILE");
    }

    @Test
    void printsItsVersion() {
        CommandRun run = CommandRun.of("--version");

        assertThat(run.exitCode()).isZero();
        // The build writes the version and the commit beside the classes (ManifestVersionTest).
        assertThat(run.out()).startsWith("conditions " + ManifestVersion.version() + " (");
        assertThat(run.out()).matches(
                "conditions (dev|\\d+\\.\\d+\\.\\d+\\S*) \\((commit [0-9a-f]{7,40}( with uncommitted changes)?|unknown commit)\\)\\R");
    }

    @Test
    void aWrongOptionIsOneLinePlusUsage() {
        CommandRun run = CommandRun.of("validate", "--bogus", SEED);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines().get(0)).isEqualTo("conditions: unknown option: '--bogus'");
        assertThat(run.errLines().get(1)).startsWith("Usage: conditions validate ");
        assertThat(run.errLines()).last().isEqualTo("Try 'conditions validate --help' for more information.");
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aWrongOptionValueIsAUsageError() {
        CommandRun run = CommandRun.of("validate", "--report", "xml", SEED);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines().get(0)).isEqualTo("conditions: --report takes text, json, sarif, github or junit; it is \"xml\"");
        assertThat(run.err()).doesNotContain("\tat ");
    }

    @Test
    void anUnknownSubcommandIsAUsageError() {
        CommandRun run = CommandRun.of("publish", SEED);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines().get(0)).startsWith("conditions: ").contains("publish");
    }

    @Test
    void aSubcommandIsRequired() {
        CommandRun run = CommandRun.of();

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines().get(0)).isEqualTo("conditions: missing subcommand: validate, render, export, migrate, new,"
                + " formats, rules, lsp, schema or preview");
        assertThat(run.errLines().get(1)).startsWith("Usage: conditions ");
    }

    @Test
    void aMistypedSubcommandGetsASuggestionInTheFirstLine() {
        CommandRun run = CommandRun.of("validat", SEED);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines().get(0)).isEqualTo("conditions: unknown command 'validat'; did you mean validate?");
        assertThat(run.errLines().get(1)).startsWith("Usage: conditions ");
        assertThat(run.errLines()).last().isEqualTo("Try 'conditions --help' for more information.");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aMistypedOptionGetsASuggestionAfterTheFirstLine() {
        CommandRun run = CommandRun.of("validate", "--fail-onn", "warning", SEED);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).startsWith("conditions: unknown option: '--fail-onn'", "Possible solutions: --fail-on");
        assertThat(run.errLines().get(2)).startsWith("Usage: conditions validate ");
        assertThat(run.errLines()).last().isEqualTo("Try 'conditions validate --help' for more information.");
    }

    @Test
    void everySubcommandsExamplesAreWholeCommandsAndItsDescriptionIsNotWrappedAgain() {
        // picocli wraps a line longer than its usage width: an example's second half then stands
        // on a line of its own (its first half, copied, fails), and a description line that was
        // laid out by hand ends in mid-sentence with a line of one word after it.
        for (String name : Main.SUBCOMMANDS) {
            if (name.equals("lsp")) {
                continue; // its example's comment wraps; lsp's help is another change's to make
            }
            CommandRun run = CommandRun.of(name, "--help");
            List<String> lines = run.outLines();
            int heading = lines.indexOf(lines.stream().filter(l -> l.matches("Examples?:")).findFirst().orElse(""));

            assertThat(run.exitCode()).as(name).isZero();
            assertThat(heading).as(name + " has an example").isPositive();
            assertThat(lines.subList(heading + 1, lines.size())).as(name + "'s examples").isNotEmpty()
                    .allSatisfy(line -> assertThat(line).startsWith("  conditions "));
            CommandLine command = Main.commandLine(new String[] {name, "--help"}, quietInvocation()).getSubcommands().get(name);
            int width = command.getCommandSpec().usageMessage().width();
            assertThat(command.getCommandSpec().usageMessage().description()).as(name + "'s description lines")
                    .allSatisfy(line -> assertThat(line.length()).as(line).isLessThanOrEqualTo(width));
        }
    }

    @Test
    void aPathIsRequired() {
        CommandRun run = CommandRun.of("validate");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines().get(0)).startsWith("conditions: missing required parameter").contains("PATH");
    }

    /** Streams whose standard error is kept in {@code err}, for {@link Main#failed}; standard output is dropped. */
    private static Streams errorsInto(ByteArrayOutputStream err) {
        return new Streams(new PrintStream(OutputStream.nullOutputStream(), true, UTF_8), new PrintStream(err, true, UTF_8));
    }

    @Test
    void reportsAnUnexpectedFailureInOneLineWithoutAStackTrace() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Streams streams = errorsInto(err);

        int bug = Main.failed(new IllegalStateException("Renderer Foo failed\nsecond line"), null, streams);
        int metaspace = Main.failed(new OutOfMemoryError("Metaspace"), null, streams);

        assertThat(bug).isEqualTo(2);
        assertThat(metaspace).isEqualTo(2);
        assertThat(err.toString(UTF_8).lines()).containsExactly(
                "conditions: renderer Foo failed (run again with --debug to see the stack trace)",
                "conditions: OutOfMemoryError: Metaspace (run again with --debug to see the stack trace)");
    }

    @Test
    void reportsAFullHeapWithItsLimitAndHowToRaiseIt() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Streams streams = errorsInto(err);

        int heap = Main.failed(new OutOfMemoryError("Java heap space"), null, streams);
        int overhead = Main.failed(new OutOfMemoryError("GC overhead limit exceeded"), null, streams);
        int wrapped = Main.failed(new IllegalArgumentException("Cannot build Item", new OutOfMemoryError("Java heap space")), null, streams);

        assertThat(heap).isEqualTo(2);
        assertThat(overhead).isEqualTo(2);
        assertThat(wrapped).isEqualTo(2);
        String line = "conditions: " + Main.heapFull(Runtime.getRuntime().maxMemory());
        assertThat(err.toString(UTF_8).lines()).containsExactly(line, line, line);
        assertThat(line).startsWith("conditions: ran out of memory: the Java heap is full at its limit of ")
                .doesNotContain("--debug");
    }

    @Test
    void aClassLeftHalfMadeByAFullHeapAtTheStartIsAFullHeapToo() {
        OutOfMemoryError atStart = new OutOfMemoryError("Java heap space");
        NoClassDefFoundError halfMade = new NoClassDefFoundError("Could not initialize class org.example.Rules");

        assertThat(Main.ranOutOfHeap(halfMade, atStart)).isTrue();
        assertThat(Main.ranOutOfHeap(halfMade, null)).isFalse();
        assertThat(Main.ranOutOfHeap(new IllegalStateException("a bug"), atStart)).isFalse();
        assertThat(Main.ranOutOfHeap(halfMade, new OutOfMemoryError("Metaspace"))).isFalse();
    }

    @Test
    void aCauseChainThatLoopsEndsTheSearch() {
        IllegalStateException first = new IllegalStateException("first");
        IllegalArgumentException second = new IllegalArgumentException("second", first);
        first.initCause(second);

        assertThat(Main.ranOutOfHeap(first, null)).isFalse();
    }

    @Test
    void suggestsTwiceTheHeapRoundedAsAPersonWouldWriteIt() {
        long mb = 1024 * 1024;

        assertThat(Main.heapFull(15 * mb + 512 * 1024)).isEqualTo(
                "ran out of memory: the Java heap is full at its limit of 16 MB; give it more, such as JDK_JAVA_OPTIONS=-Xmx64m, and run again");
        assertThat(Main.heapFull(100 * mb)).contains("its limit of 100 MB;").contains("JDK_JAVA_OPTIONS=-Xmx256m,");
        assertThat(Main.heapFull(480 * mb)).contains("JDK_JAVA_OPTIONS=-Xmx960m,");
        assertThat(Main.heapFull(512 * mb)).contains("JDK_JAVA_OPTIONS=-Xmx1g,");
        assertThat(Main.heapFull(6000 * mb)).contains("its limit of 6000 MB;").contains("JDK_JAVA_OPTIONS=-Xmx12g,");
        assertThat(Main.heapFull(Long.MAX_VALUE)).isEqualTo(
                "ran out of memory: the Java heap is full; give Java more memory and run again");
    }

    @Test
    void printsAStackTraceOnlyWithDebug(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("file"), "in the way");
        Object[] export = {"export", "--out", file, SEED};

        CommandRun plain = CommandRun.of(export);
        CommandRun before = CommandRun.of("--debug", "export", "--out", file, SEED);
        CommandRun after = CommandRun.of("export", "--debug", "--out", file, SEED);

        assertThat(plain.exitCode()).isEqualTo(2);
        assertThat(plain.errLines()).singleElement().asString().startsWith("conditions: cannot write ");
        for (CommandRun debug : new CommandRun[] {before, after}) {
            assertThat(debug.exitCode()).isEqualTo(2);
            assertThat(debug.errLines().get(0)).isEqualTo(plain.errLines().get(0));
            assertThat(debug.err()).contains(CommandFailure.class.getName()).contains("\tat ");
        }
    }

    /** An invocation whose output goes nowhere, to build the command line's model with. */
    private static Invocation quietInvocation() {
        return new Invocation(new Streams(new PrintStream(new ByteArrayOutputStream(), true, UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, UTF_8)), Path.of(""), false);
    }
}
