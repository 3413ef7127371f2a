package org.conditioncontent.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.conditioncontent.model.Condition;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The command's own words for the command-line mistakes people make most, in place of picocli's,
 * which are written for programmers ("unmatched arguments from index 0", "'abc' is not an int",
 * "expected one of [ERROR, WARNING] (case-insensitive)"): a mistyped command, and an option value
 * that is not a whole number or not one of the option's words.
 *
 * <p>Used only when a command line is wrong, so that a run with a good one never loads it: the
 * command's cold start is measured (docs/performance.md, issue 20).
 */
final class UsageMessage {

    /**
     * The example of a whole number for the options whose value 0 would mislead (there is no
     * format version 0); the others, without an initial value, show 0.
     */
    private static final Map<String, String> NUMBER_EXAMPLES = Map.of("--format-version", String.valueOf(Condition.FORMAT_VERSION));

    private UsageMessage() {}

    /**
     * The sentence for a mistake, when this class has words for it.
     *
     * <ul>
     *   <li>An unknown command: {@code unknown command 'valdate'; did you mean validate?}, or,
     *       with nothing close, the list of commands.
     *   <li>An option that takes a whole number: {@code --max-warnings takes a whole number, such
     *       as 0; it is "abc"}.
     *   <li>An option that takes one of a few words: {@code --fail-on takes error or warning; it
     *       is "info"}.
     * </ul>
     *
     * @param e the mistake, as picocli reports it
     * @return the sentence, starting in lower case, without the {@code conditions: } prefix; or
     *     {@code null} when picocli's own message is to be used
     */
    static @Nullable String of(ParameterException e) {
        @Nullable UnmatchedArgumentException unmatched = unmatchedCommand(e);
        if (unmatched != null) {
            return unknownCommand(unmatched);
        }
        ArgSpec arg = e.getArgSpec();
        if (arg instanceof OptionSpec option && e.getCause() instanceof TypeConversionException && e.getValue() != null) {
            String takes = takes(option, e.getValue());
            return takes == null ? null : option.longestName() + " takes " + takes + "; it is \"" + e.getValue() + "\"";
        }
        return null;
    }

    /**
     * Whether the sentence {@link #of} gives already suggests what to type instead, so that
     * picocli's "Did you mean" line would repeat it.
     *
     * @param e the mistake
     * @return {@code true} for an unknown command
     */
    static boolean suggests(ParameterException e) {
        @Nullable UnmatchedArgumentException unmatched = unmatchedCommand(e);
        return unmatched != null && unknownCommand(unmatched) != null;
    }

    /**
     * The mistake as a word that matched no command, or {@code null}: picocli's own exception for a
     * command line, or, for {@code conditions help valdate}, one made for the word its help command
     * did not find. That command throws a plain {@link ParameterException} ("Unknown subcommand
     * 'valdate'.") with the word as its value and no option, from the command that holds the
     * commands; made into the same exception, it gets the same sentence and suggestion.
     */
    private static @Nullable UnmatchedArgumentException unmatchedCommand(ParameterException e) {
        if (e instanceof UnmatchedArgumentException unmatched) {
            return unmatched;
        }
        String word = e.getValue();
        Map<String, CommandLine> commands = e.getCommandLine().getSubcommands();
        if (word == null || e.getArgSpec() != null || commands.isEmpty() || commands.containsKey(word)) {
            return null;
        }
        return new UnmatchedArgumentException(e.getCommandLine(), List.of(word));
    }

    /**
     * The sentence for a first word that is no command, or {@code null} when the mistake is
     * another: an unknown option, or a word too many after a command's own arguments.
     */
    private static @Nullable String unknownCommand(UnmatchedArgumentException e) {
        List<String> words = e.getUnmatched();
        // Only the top command has subcommands: a word it did not match is where a command goes.
        if (e.getCommandLine().getSubcommands().isEmpty() || words.isEmpty() || e.isUnknownOption()) {
            return null;
        }
        String word = words.get(0);
        List<String> suggestions = e.getSuggestions();
        String start = "unknown command '" + word + "'; ";
        if (!suggestions.isEmpty()) {
            return start + "did you mean " + suggestions.get(0) + "?";
        }
        return start + "the commands are " + either(new ArrayList<>(e.getCommandLine().getSubcommands().keySet()), "and");
    }

    /**
     * What an option whose value could not be converted takes, in words: "a whole number, such as
     * 0", "a whole number up to 2147483647" (for a number too large), "error or warning";
     * {@code null} for another type.
     */
    private static @Nullable String takes(OptionSpec option, String value) {
        Class<?> type = option.type();
        boolean integer = type == Integer.class || type == int.class;
        if (integer || type == Long.class || type == long.class) {
            if (value.matches("-?[0-9]+")) {
                // A whole number it is, only too large for the option's type.
                return "a whole number up to " + (integer ? Integer.MAX_VALUE : Long.MAX_VALUE);
            }
            Object initial = option.initialValue();
            String example = NUMBER_EXAMPLES.getOrDefault(option.longestName(), initial instanceof Number n ? n.toString() : "0");
            return "a whole number, such as " + example;
        }
        if (type.isEnum()) {
            List<String> names = new ArrayList<>();
            for (Object constant : type.getEnumConstants()) {
                names.add(((Enum<?>) constant).name().toLowerCase(Locale.ROOT));
            }
            return either(names, "or");
        }
        return null;
    }

    /** "a", "a or b", "a, b or c" (with {@code or}, or another joining word). */
    private static String either(List<String> words, String join) {
        if (words.size() == 1) {
            return words.get(0);
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + " " + join + " " + words.get(words.size() - 1);
    }
}
