package org.conditioncontent.cli;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import org.conditioncontent.loader.ArticleFiles;
import org.conditioncontent.loader.rules.RuleSet;
import org.conditioncontent.loader.rules.RulesConfig;
import org.conditioncontent.loader.rules.RulesConfigException;
import org.jspecify.annotations.Nullable;

/**
 * The editorial rules a command checks: the built-in rules and the house rules found on the class
 * path and in the plug-in jars ({@link Plugins}), configured by the file given with {@code --config}, else by {@code conditions.yaml}
 * (or {@code conditions.yml}) in the working directory when there is one, else left at their
 * defaults.
 *
 * <p>The file is looked for in the working directory only, not in its parents: CI jobs run from
 * the repository's root, and a configuration picked up from a folder above it would make a
 * build depend on where the repository was cloned.
 */
final class RulesConfiguration {

    /** The name of the configuration file found without {@code --config}. */
    static final String DEFAULT_FILE = ArticleFiles.CONFIGURATION;

    /** The other name of the configuration file found without {@code --config}, read when there is no {@link #DEFAULT_FILE}. */
    static final String OTHER_DEFAULT_FILE = ArticleFiles.CONFIGURATION_YML;

    private RulesConfiguration() {}

    /**
     * Builds the rule set.
     *
     * @param option the file given with {@code --config}, or {@code null}
     * @param invocation the working directory to resolve it against and to look for
     *     {@code conditions.yaml} or {@code conditions.yml} in
     * @param plugins where house rules are found
     * @return the configured rules
     * @throws CommandFailure if the file given with {@code --config} does not exist, if there is
     *     no {@code --config} and the working directory holds both {@code conditions.yaml} and
     *     {@code conditions.yml}, or if a house rule cannot be loaded
     * @throws RulesConfigException if the configuration is malformed or names a rule or option
     *     that does not exist; its diagnostics point into the file
     */
    static RuleSet ruleSet(@Nullable Path option, Invocation invocation, Plugins plugins) {
        RuleSet.Builder rules = plugins.discoverRules(RuleSet.builder().builtIn());
        Path file = file(option, invocation);
        if (file != null) {
            rules.configure(RulesConfig.read(file));
        }
        return rules.build();
    }

    /** The configuration file to read, or null when there is none. */
    private static @Nullable Path file(@Nullable Path option, Invocation invocation) {
        if (option != null) {
            Path file = invocation.resolve(option);
            // Checked here so that a typo in the name reads like every other missing path.
            if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                throw CommandFailure.noSuchPath(option);
            }
            return file;
        }
        // A name that is there but is no file is read, so that the reader says what is wrong
        // with it; conditions.yml, the name many YAML tools give, is passed over by a folder
        // search as the configuration, so leaving it unread would apply the defaults in plain sight.
        List<Path> found = ArticleFiles.configurationsIn(invocation.workingDirectory());
        if (found.size() > 1) {
            // Picking one would silently drop the other's rules, whichever it is.
            throw new CommandFailure(ArticleFiles.bothConfigurations("the current folder") + ", or name the one to use with --config");
        }
        return found.isEmpty() ? null : found.get(0);
    }
}
