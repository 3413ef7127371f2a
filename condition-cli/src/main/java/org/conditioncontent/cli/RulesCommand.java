package org.conditioncontent.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.conditioncontent.loader.Rule;
import org.conditioncontent.loader.Rules;
import picocli.CommandLine.Command;

/**
 * {@code conditions rules}: every rule the loader checks, one a line, in columns: the id that
 * reports show in brackets, the default severity, and what the rule checks.
 */
@Command(
        name = "rules",
        description = {"Lists every rule the loader checks, one a line.", "Columns: id, default severity, what it checks."},
        exitCodeList = {"0:the list was printed", "2:the command could not do its job"},
        footer = {"%nExample:%n  conditions rules"})
final class RulesCommand implements Callable<Integer> {

    private final Streams streams;

    /**
     * Creates the subcommand.
     *
     * @param streams where the list goes
     */
    RulesCommand(Streams streams) {
        this.streams = streams;
    }

    /**
     * Lists the rules on standard output, in the order the documentation lists them.
     *
     * @return 0
     */
    @Override
    public Integer call() {
        List<List<String>> rows = new ArrayList<>();
        for (Rule rule : Rules.all()) {
            rows.add(List.of(rule.id(), rule.defaultSeverity().label(), rule.description()));
        }
        Table.lines(rows).forEach(streams.out()::println);
        return Exit.OK;
    }
}
