package org.conditioncontent.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.conditioncontent.loader.Rule;
import org.conditioncontent.loader.Rules;
import org.conditioncontent.loader.rules.EditorialRule;
import org.conditioncontent.loader.rules.RuleSet;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code conditions rules [--config FILE] [--plugins JAR[,JAR...]]}: every rule the loader checks,
 * one a line, in columns: the id that reports show in brackets, the severity, what the rule
 * checks, and for a rule from a plug-in the jar it came from. The structural rules come first,
 * then the editorial rules that are on, with the severities the configuration gives them.
 */
final class RulesCommand implements Callable<Integer> {

    private final Invocation invocation;

    private final ConfigOption config = new ConfigOption();

    private final PluginsOption plugins = new PluginsOption();

    private final CommandSpec spec;

    /**
     * Creates the subcommand.
     *
     * @param invocation where the list goes, and the working directory
     */
    RulesCommand(Invocation invocation) {
        this.invocation = invocation;
        spec = CommandModel.of(this, "rules");
        config.addTo(spec);
        plugins.addTo(spec);
        spec.usageMessage()
                .description(
                        "Lists every rule the loader checks, one a line.",
                        "Columns: id, severity, what it checks, and the jar of a rule from a plug-in.",
                        "The structural rules come first, then the editorial rules that are on, with",
                        "the severity the rules configuration gives them (--config FILE, else",
                        "conditions.yaml or conditions.yml in the current folder when there is one).")
                .exitCodeList(CommandModel.exitCodes(
                        "0:the list was printed",
                        "2:the command could not do its job (a bad configuration, a plug-in that cannot be loaded)"))
                .footer("%nExample:%n  conditions rules --plugins examples/target/examples-0.1.0-SNAPSHOT.jar");
    }

    /**
     * The command's model: its name, help text and options.
     *
     * @return the model, to add to the command line
     */
    CommandSpec spec() {
        return spec;
    }

    /**
     * Lists the rules on standard output, in the order the loader runs them.
     *
     * @return 0
     * @throws org.conditioncontent.loader.rules.RulesConfigException if the rules configuration
     *     cannot be used
     * @throws CommandFailure if a plug-in cannot be loaded
     */
    @Override
    public Integer call() {
        List<List<String>> rows = new ArrayList<>();
        try (Plugins opened = plugins.open(invocation)) {
            RuleSet ruleSet = RulesConfiguration.ruleSet(config.file(), invocation, opened);
            Map<String, String> jars = new HashMap<>();
            for (EditorialRule rule : ruleSet.editorialRules()) {
                jars.put(rule.rule().id(), opened.jarOf(rule.getClass()));
            }
            for (Rule rule : rules(ruleSet)) {
                rows.add(List.of(rule.id(), rule.defaultSeverity().label(), rule.description(), jars.getOrDefault(rule.id(), "")));
            }
        }
        Table.lines(rows).forEach(invocation.streams().out()::println);
        return Exit.OK;
    }

    /**
     * The rules a loader with a rule set checks, as {@code ConditionLoader.rules()} lists them:
     * the structural rules, then the editorial rules that are on. Listed without building a
     * loader, whose validator would take most of this command's time and is not needed.
     *
     * @param ruleSet the configured editorial rules
     * @return the rules
     */
    static List<Rule> rules(RuleSet ruleSet) {
        List<Rule> all = new ArrayList<>(Rules.all());
        all.addAll(ruleSet.rules());
        return all;
    }
}
