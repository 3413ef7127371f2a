package org.conditioncontent.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The whole command line, pinned: for the top command and every subcommand, its model (each
 * option's names, label, arity, type, default, whether it is required, inherited or help), its
 * full {@code --help} text, the version text, and what a matrix of valid and invalid command
 * lines parse to (every option's value afterwards) or fail with (exit code, standard output and
 * standard error). One golden file per command under {@code src/test/resources/command-line}.
 *
 * <p>Any change to an option, a description, a default, an arity, a message or an exit code
 * shows as a difference here. When one is meant, run {@code mvn -pl condition-cli test
 * -Dtest=CommandLineGoldenTest -Dgolden.update=true} and review the diff of the golden files.
 */
class CommandLineGoldenTest {

    private static final Path FOLDER = Path.of("src/test/resources/command-line");

    /** Every command and the command lines tried on it, valid and not. */
    private static final Map<String, List<List<String>>> MATRIX = Map.ofEntries(
            Map.entry("conditions", List.of(
                    List.of(),
                    List.of("--help"),
                    List.of("-h"),
                    List.of("--version"),
                    List.of("-V"),
                    List.of("--debug"),
                    List.of("--debug", "--help"),
                    List.of("--help", "validate"),
                    List.of("--bogus"),
                    List.of("bogus"),
                    List.of("valdate", "x"),
                    List.of("help"),
                    List.of("help", "validate"),
                    List.of("help", "nosuch"),
                    List.of("-x", "validate"),
                    List.of("--help=true"))),
            Map.entry("validate", List.of(
                    List.of("validate", "--help"),
                    List.of("validate", "-h"),
                    List.of("validate", "--version"),
                    List.of("validate", "a.yaml"),
                    List.of("validate", "a.yaml", "folder", "b.json"),
                    List.of("--debug", "validate", "a.yaml"),
                    List.of("validate", "--debug", "a.yaml"),
                    List.of("validate", "--report", "json", "--fail-on", "warning", "--max-warnings", "3", "--config",
                            "c.yaml", "--plugins", "a.jar,b.jar", "--plugins", "c.jar", "--follow-links", "x", "y"),
                    List.of("validate", "--report=SARIF", "--fail-on=Warning", "x"),
                    List.of("validate", "--report", "github", "--report", "junit", "x"),
                    List.of("validate", "--max-warnings", "-1", "x"),
                    List.of("validate", "--", "--report"),
                    List.of("validate"),
                    List.of("validate", "--report", "xml", "x"),
                    List.of("validate", "--fail-on", "info", "x"),
                    List.of("validate", "--max-warnings", "many", "x"),
                    List.of("validate", "--max-warnings"),
                    List.of("validate", "--config"),
                    List.of("validate", "--bogus", "x"),
                    List.of("validate", "--follow-links=true", "x"),
                    List.of("validate", "--report"))),
            Map.entry("render", List.of(
                    List.of("render", "--help"),
                    List.of("render", "--format", "html", "a.yaml"),
                    List.of("render", "--format", "json", "--out", "out/a.json", "--config", "c.yaml", "--plugins", "p.jar",
                            "a.yaml"),
                    List.of("render", "a.yaml"),
                    List.of("render", "--format", "html"),
                    List.of("render", "--format", "html", "a.yaml", "b.yaml"),
                    List.of("render", "--format"),
                    List.of("render", "--follow-links", "--format", "html", "a.yaml"))),
            Map.entry("export", List.of(
                    List.of("export", "--help"),
                    List.of("export", "--out", "target", "x"),
                    List.of("export", "--out", "target", "--format", "html,json", "--format", "text", "--site-url",
                            "https://example.org/conditions/", "--config", "c.yaml", "--plugins", "p.jar", "--follow-links",
                            "x", "y"),
                    List.of("export", "x"),
                    List.of("export", "--out", "target"),
                    List.of("export", "--out"),
                    List.of("export", "--out", "a", "--out", "b", "x"))),
            Map.entry("migrate", List.of(
                    List.of("migrate", "--help"),
                    List.of("migrate", "x"),
                    List.of("migrate", "--check", "x", "y"),
                    List.of("migrate"),
                    List.of("migrate", "--config", "c.yaml", "x"))),
            Map.entry("new", List.of(
                    List.of("new", "--help"),
                    List.of("new", "leg-cramps"),
                    List.of("new", "--title", "Leg cramps", "--out", "a/b.yaml", "--config", "c.yaml", "--plugins", "p.jar",
                            "leg-cramps"),
                    List.of("new"),
                    List.of("new", "a", "b"),
                    List.of("new", "--title"))),
            Map.entry("formats", List.of(
                    List.of("formats", "--help"),
                    List.of("formats"),
                    List.of("formats", "--plugins", "a.jar,b.jar"),
                    List.of("formats", "x"),
                    List.of("formats", "--config", "c.yaml"))),
            Map.entry("rules", List.of(
                    List.of("rules", "--help"),
                    List.of("rules"),
                    List.of("rules", "--config", "c.yaml", "--plugins", "a.jar"),
                    List.of("rules", "x"),
                    List.of("rules", "--report", "json"))),
            Map.entry("lsp", List.of(
                    List.of("lsp", "--help"),
                    List.of("lsp", "x"),
                    List.of("lsp", "--stdio"))),
            Map.entry("schema", List.of(
                    List.of("schema", "--help"),
                    List.of("schema"),
                    List.of("schema", "--format-version", "1"),
                    List.of("schema", "--rules-config"),
                    List.of("schema", "--format-version", "two"),
                    List.of("schema", "--format-version"),
                    List.of("schema", "x"))),
            Map.entry("preview", List.of(
                    List.of("preview", "--help"),
                    List.of("preview", "x"),
                    List.of("preview", "--port", "0", "--config", "c.yaml", "--plugins", "p.jar", "x", "y"),
                    List.of("preview"),
                    List.of("preview", "--port", "http", "x"),
                    List.of("preview", "--port"))));

    static Stream<Arguments> commands() {
        return MATRIX.keySet().stream().sorted().map(Arguments::of);
    }

    @ParameterizedTest
    @MethodSource("commands")
    void matchesTheGoldenFile(String command) throws IOException {
        StringBuilder text = new StringBuilder();
        text.append("# model\n").append(model(command));
        for (List<String> args : MATRIX.get(command)) {
            text.append("\n# conditions ").append(String.join(" ", args)).append('\n').append(parse(args)).append(run(args));
        }
        String actual = text.toString().replace(System.lineSeparator(), "\n");
        GoldenFile.assertMatches(FOLDER.resolve(command + ".txt"), actual);
    }

    /** The command's options and positional parameters as picocli sees them, sorted by name. */
    private static String model(String command) {
        String[] args = command.equals("conditions") ? new String[0] : new String[] {command};
        CommandSpec top = Main.commandLine(args, invocation()).getCommandSpec();
        CommandSpec spec = command.equals("conditions") ? top : top.subcommands().get(command).getCommandSpec();
        StringBuilder text = new StringBuilder();
        text.append("name=").append(spec.name()).append(" qualified=").append(spec.qualifiedName())
                .append(" subcommands=").append(spec.subcommands().keySet())
                .append(" help-command=").append(spec.helpCommand()).append('\n');
        for (OptionSpec option : sorted(spec.options())) {
            text.append("option ").append(String.join(",", option.names()))
                    .append(" label=").append(option.paramLabel())
                    .append(" arity=").append(option.arity())
                    .append(" type=").append(option.type().getName())
                    .append(" aux=").append(names(option.auxiliaryTypes()))
                    .append(" split=").append(option.splitRegex())
                    .append(" default=").append(option.defaultValue())
                    .append(" initial=").append(option.initialValue())
                    .append(" required=").append(option.required())
                    .append(" scope=").append(option.scopeType())
                    .append(" inherited=").append(option.inherited())
                    .append(" usage-help=").append(option.usageHelp())
                    .append(" version-help=").append(option.versionHelp())
                    .append(" hidden=").append(option.hidden())
                    .append(" negatable=").append(option.negatable())
                    .append('\n');
        }
        for (PositionalParamSpec positional : spec.positionalParameters()) {
            text.append("positional ").append(positional.index())
                    .append(" label=").append(positional.paramLabel())
                    .append(" arity=").append(positional.arity())
                    .append(" type=").append(positional.type().getName())
                    .append(" aux=").append(names(positional.auxiliaryTypes()))
                    .append(" default=").append(positional.defaultValue())
                    .append(" required=").append(positional.required())
                    .append('\n');
        }
        return text.toString();
    }

    /** What a command line parses to: each command's options and parameters with their values. */
    private static String parse(List<String> args) {
        String[] array = args.toArray(String[]::new);
        CommandLine cli = Main.commandLine(array, invocation());
        ParseResult parsed;
        try {
            parsed = cli.parseArgs(array);
        } catch (ParameterException e) {
            return "parse error: " + e.getMessage() + '\n';
        }
        StringBuilder text = new StringBuilder();
        for (ParseResult p = parsed; p != null; p = p.subcommand()) {
            CommandSpec spec = p.commandSpec();
            text.append("parsed ").append(spec.qualifiedName())
                    .append(" usage-help=").append(p.isUsageHelpRequested())
                    .append(" version-help=").append(p.isVersionHelpRequested()).append('\n');
            for (OptionSpec option : sorted(spec.options())) {
                text.append(p.hasMatchedOption(option) ? "  * " : "    ").append(option.longestName()).append(" = ")
                        .append(value(option.getValue())).append('\n');
            }
            for (PositionalParamSpec positional : spec.positionalParameters()) {
                text.append(p.hasMatchedPositional(positional.index().min()) ? "  * " : "    ").append(positional.paramLabel())
                        .append(" = ").append(value(positional.getValue())).append('\n');
            }
            text.append("  unmatched=").append(p.unmatched()).append('\n');
        }
        return text.toString();
    }

    /** What a run prints, for help, version and usage errors; a run that would do work is not run. */
    private static String run(List<String> args) {
        String[] array = args.toArray(String[]::new);
        ParseResult parsed;
        try {
            parsed = Main.commandLine(array, invocation()).parseArgs(array);
        } catch (ParameterException e) {
            parsed = null;
        }
        if (parsed != null && !helpAsked(parsed)) {
            return "";
        }
        CommandRun ran = CommandRun.of((Object[]) array);
        // The version line names the release and the commit, which change with every build.
        String printed = ran.out().replace(new ManifestVersion().getVersion()[0], "conditions VERSION (COMMIT)");
        return "exit " + ran.exitCode() + "\n--- out\n" + printed + "--- err\n" + ran.err();
    }

    private static boolean helpAsked(ParseResult parsed) {
        for (ParseResult p = parsed; p != null; p = p.subcommand()) {
            if (p.isUsageHelpRequested() || p.isVersionHelpRequested()) {
                return true;
            }
        }
        // No subcommand: the top command runs, which only refuses.
        return parsed.subcommand() == null;
    }

    private static String value(Object value) {
        return value == null ? "null" : value + " (" + value.getClass().getSimpleName() + ")";
    }

    private static String names(Class<?>[] types) {
        List<String> names = new ArrayList<>();
        for (Class<?> type : types) {
            names.add(type.getName());
        }
        return names.toString();
    }

    private static List<OptionSpec> sorted(List<OptionSpec> options) {
        return options.stream().sorted(Comparator.comparing(OptionSpec::longestName)).toList();
    }

    private static Invocation invocation() {
        return new Invocation(new Streams(new PrintStream(new ByteArrayOutputStream(), true, UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, UTF_8)), Path.of(""), false);
    }
}
