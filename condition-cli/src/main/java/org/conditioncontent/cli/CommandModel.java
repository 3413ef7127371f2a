package org.conditioncontent.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The parts every command's model shares, built through picocli's programmatic API.
 *
 * <p>Each command says its own options in one place, a method {@code spec()} beside the fields
 * that hold them, instead of in annotations. picocli reads annotations by reflection when it
 * builds a command line, on every run: the JDK makes a proxy class for each annotation type and
 * picocli walks every field and method of every command class, some 60 ms of CPU on the main
 * thread before the first file is read (docs/performance.md, round 7). The model built here is
 * the same one those annotations described; {@code CommandLineGoldenTest} holds it to the
 * golden files written from the annotated commands.
 */
final class CommandModel {

    private CommandModel() {}

    /**
     * A command's model with the standard help options ({@code -h, --help} and {@code -V,
     * --version}), run by calling {@code command}.
     *
     * @param command what runs when the command line names this command
     * @param name the command's name, as the command line gives it
     * @return the model, to which the caller adds its help text and options
     */
    static CommandSpec of(Callable<Integer> command, String name) {
        CommandSpec spec = CommandSpec.wrapWithoutInspection(command, DeferredFactory.INSTANCE).name(name);
        // As picocli's mixinStandardHelpOptions declares them, with the labels it derives from
        // its fields' names; that mixin is itself annotated, so it is not used.
        spec.addOption(flag("<helpRequested>", "Show this help message and exit.", "-h", "--help").usageHelp(true).build());
        spec.addOption(flag("<versionRequested>", "Print version information and exit.", "-V", "--version").versionHelp(true).build());
        return spec;
    }

    /**
     * An option that takes no value and is {@code false} unless given.
     *
     * @param label the label picocli would derive from an annotated field, {@code <name>}
     * @param description the help text
     * @param names the option's names
     * @return the option's builder, to build or to set more on
     */
    static OptionSpec.Builder flag(String label, String description, String... names) {
        return OptionSpec.builder(names).paramLabel(label).type(boolean.class).initialValue(false)
                .description(description);
    }

    /**
     * The {@code PATH...} parameters of the commands that check articles: one or more files and
     * folders.
     *
     * @return the parameters, a list of paths once parsed
     */
    static PositionalParamSpec articlePaths() {
        return articlePaths("Article files (.json, .yaml, .yml) and folders, searched recursively.");
    }

    /**
     * The {@code PATH...} parameters with a description of the command's own.
     *
     * @param description the help text
     * @return the parameters, a list of paths once parsed
     */
    static PositionalParamSpec articlePaths(String description) {
        return PositionalParamSpec.builder().paramLabel("PATH").required(true).arity("1..*")
                .type(List.class).auxiliaryTypes(Path.class).converters(PathArgument.READ).description(description).build();
    }

    /**
     * The exit codes for a command's help, each written {@code CODE:TEXT} as picocli's
     * {@code exitCodeList} takes them.
     *
     * @param lines the codes and what each means, in the order the help lists them
     * @return the codes, in that order
     * @throws IllegalArgumentException if a line has no {@code :} after its code
     */
    static Map<String, String> exitCodes(String... lines) {
        Map<String, String> codes = new LinkedHashMap<>();
        for (String line : lines) {
            int colon = line.indexOf(':');
            if (colon < 1) {
                throw new IllegalArgumentException("an exit code is written CODE:TEXT, not \"" + line + "\"");
            }
            codes.put(line.substring(0, colon), line.substring(colon + 1));
        }
        return codes;
    }
}
