package org.conditioncontent.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.conditioncontent.loader.ArticleFiles;
import org.conditioncontent.loader.ConditionLoader;
import org.conditioncontent.loader.CorpusResult;
import org.conditioncontent.loader.Diagnostic;
import org.conditioncontent.loader.LoadResult;
import org.conditioncontent.loader.report.ValidationReport;
import org.conditioncontent.loader.rules.RuleSet;
import org.jspecify.annotations.Nullable;

/**
 * Loads the articles a command line names, turning a path that is not there or cannot be read
 * into a {@link CommandFailure} (exit code 2) rather than an exception's stack trace.
 *
 * <p>Only the commands that read articles come here, so the loader is built only by them; the
 * validator, the slowest part of start-up, starts only when an article needs it.
 */
final class Articles {

    /**
     * Hibernate Validator announces its version at INFO level when it starts (the first time an
     * article needs it, possibly well into a run); that line must not mix with reports. The logger is held in a field because java.util.logging keeps
     * loggers only weakly: a logger configured and then dropped can be collected, level and all.
     * It is set here, not when the command starts, so that the commands that never build a loader
     * do not pay for starting java.util.logging.
     */
    private static final Logger VALIDATOR_LOG = Logger.getLogger("org.hibernate.validator");

    static {
        quietValidator();
    }

    /**
     * Keeps Hibernate Validator's announcement of its version off standard error for the rest of
     * the run, as every command that checks articles needs: the language server, which builds
     * its loaders itself, calls it too.
     */
    static void quietValidator() {
        VALIDATOR_LOG.setLevel(Level.WARNING);
    }

    private Articles() {}

    /**
     * Builds a loader with the loader's default limits, which reads no symbolic link that leads
     * out of the folders given.
     *
     * @param rules the editorial rules to check
     * @return the loader
     */
    static ConditionLoader loader(RuleSet rules) {
        return loader(rules, false);
    }

    /**
     * Builds a loader with the loader's default limits.
     *
     * @param rules the editorial rules to check
     * @param followLinks whether links in folders are read wherever they lead ({@code --follow-links})
     * @return the loader
     */
    static ConditionLoader loader(RuleSet rules, boolean followLinks) {
        return ConditionLoader.builder().rules(rules).followLinks(followLinks).build();
    }

    /**
     * Checks files and folders (searched recursively for {@code .json}, {@code .yaml} and
     * {@code .yml} files) without keeping the articles, so that memory stays flat however large
     * the corpus (see {@link ConditionLoader#checkAll}). Shows a progress line on a terminal when
     * there are many files.
     *
     * @param loader the loader
     * @param paths the paths, as given on the command line; diagnostics name files the same way
     * @param invocation the working directory and whether standard error is a terminal
     * @param configuration the file given with {@code --config}, or {@code null}: a folder search
     *     passes over it, as it does over {@code conditions.yaml}
     * @return the files checked, every diagnostic and the loader's rules, files named as given
     * @throws CommandFailure if a path does not exist, a folder cannot be read, or the paths hold
     *     no article file
     */
    static ValidationReport checkAll(ConditionLoader loader, List<Path> paths, Invocation invocation,
            @Nullable Path configuration) {
        SourceNames names = new SourceNames(paths, invocation);
        // Nothing is kept per file: the diagnostics come back from checkAll, and the loader names
        // each file by its path.
        List<ArticleFiles> searched = new ArrayList<>(1);
        List<Diagnostic> diagnostics = search(paths, invocation, configuration,
                (resolved, passOver, found) -> loader.checkAll(resolved, passOver, files -> {
                    found.accept(files);
                    searched.add(files);
                }, result -> { }));
        List<String> sources = searched.get(0).files().stream().map(f -> names.asGiven(f.toString())).toList();
        return new ValidationReport(sources, names.asGiven(diagnostics), loader.rules(), invocation.workingDirectory(),
                ManifestVersion.version());
    }

    /**
     * A load that searches the folders while it loads ({@link ConditionLoader#checkAll(
     * java.util.Collection, Predicate, Consumer, Consumer)} or {@link ConditionLoader#loadAll(
     * java.util.Collection, Predicate, Consumer)}).
     */
    @FunctionalInterface
    private interface WhileSearching<T> {
        T load(List<Path> resolved, Predicate<Path> passOver, Consumer<ArticleFiles> found);
    }

    /**
     * Searches the paths and loads the files as they are found, under a progress line, turning
     * missing and unreadable paths, and a search that finds no article file, into command
     * failures.
     *
     * @param load the loader's load while searching, given the resolved paths, the files to pass
     *     over and what to call with the files once the search has ended
     */
    private static <T> T search(List<Path> paths, Invocation invocation, @Nullable Path configuration, WhileSearching<T> load) {
        List<Path> resolved = resolve(paths, invocation);
        Predicate<Path> passOver = configurationFilter(resolved, configuration == null ? null : invocation.resolve(configuration));
        List<Progress> progress = new ArrayList<>(1);
        try {
            // The folders are searched here while the loader's other threads load the first files
            // found; the list comes once the search has ended.
            return load.load(resolved, passOver, files -> {
                requireSome(files, paths);
                progress.add(Progress.start(invocation, files.files().size()));
            });
        } catch (UncheckedIOException | IllegalArgumentException e) {
            throw failure(e);
        } finally {
            progress.forEach(Progress::close);
        }
    }

    /**
     * Loads files and folders (searched recursively for {@code .json}, {@code .yaml} and
     * {@code .yml} files), keeping every article. Shows a progress line on a terminal when there
     * are many files.
     *
     * @param loader the loader
     * @param paths the paths, as given on the command line; diagnostics name files the same way
     * @param invocation the working directory and whether standard error is a terminal
     * @param configuration the file given with {@code --config}, or {@code null}: a folder search
     *     passes over it, as it does over {@code conditions.yaml}
     * @return every file's result and every diagnostic
     * @throws CommandFailure if a path does not exist, a folder cannot be read, or the paths hold
     *     no article file
     */
    static CorpusResult loadAll(ConditionLoader loader, List<Path> paths, Invocation invocation,
            @Nullable Path configuration) {
        SourceNames names = new SourceNames(paths, invocation);
        // As validate does (docs/decisions.md, 80): the files are loaded while the folders are
        // still searched; the loader puts the results in file order by their index.
        CorpusResult loaded = search(paths, invocation, configuration, loader::loadAll);
        return names.asGiven(loaded);
    }

    /**
     * Resolves the paths, lists their article files and hands them to {@code reading} under a
     * progress line, turning missing and unreadable paths into command failures.
     */
    private static <T> T read(List<Path> paths, Invocation invocation, @Nullable Path configuration,
            ConditionLoader loader, Function<ArticleFiles, T> reading) {
        List<Path> resolved = resolve(paths, invocation);
        try {
            ArticleFiles files = passOver(loader.find(resolved), resolved,
                    configuration == null ? null : invocation.resolve(configuration));
            requireSome(files, paths);
            try (Progress progress = Progress.start(invocation, files.files().size())) {
                return reading.apply(files);
            }
        } catch (UncheckedIOException | IllegalArgumentException e) {
            throw failure(e);
        }
    }

    /** The paths resolved against the working directory, each checked to exist. */
    private static List<Path> resolve(List<Path> paths, Invocation invocation) {
        List<Path> resolved = paths.stream().map(invocation::resolve).toList();
        for (int i = 0; i < paths.size(); i++) {
            if (!Files.exists(resolved.get(i))) {
                throw CommandFailure.noSuchPath(paths.get(i), resolved.get(i));
            }
        }
        return resolved;
    }

    /** Fails when no article file was found. */
    private static void requireSome(ArticleFiles files, List<Path> paths) {
        if (files.files().isEmpty()) {
            // As ESLint does: a check of nothing is a mistake (a wrong path, a renamed
            // folder), and passing it would let an export publish an empty index.
            throw new CommandFailure("no article files (.json, .yaml, .yml) in "
                    + String.join(", ", paths.stream().map(Path::toString).toList())
                    + "; check the paths given");
        }
    }

    /** The command failure for a folder that cannot be listed or a path that has gone. */
    private static CommandFailure failure(RuntimeException e) {
        if (e instanceof UncheckedIOException) {
            return new CommandFailure("cannot read the articles: " + CommandFailure.reason(e), e);
        }
        // A path removed between the check above and the loading: "No such file or folder: X".
        String message = String.valueOf(e.getMessage());
        return new CommandFailure(Character.toLowerCase(message.charAt(0)) + message.substring(1), e);
    }

    /**
     * The article files named on the command line, resolved against the working directory, as
     * the loader's link policy finds them: a link that leads out of the folders or nowhere is
     * among them, refused, for {@link ConditionLoader#loadAll(ArticleFiles)} to report instead of
     * reading it.
     *
     * @param loader the loader, whose link policy decides which files are refused
     * @param paths files and folders, as given
     * @param invocation the working directory
     * @param configuration the file given with {@code --config}, or {@code null}: a folder search
     *     passes over it, as it does over {@code conditions.yaml}
     * @return the files, sorted, without repeats, the refused ones marked
     * @throws CommandFailure if a path does not exist, a folder cannot be listed, or the paths hold
     *     no article file
     */
    static ArticleFiles find(ConditionLoader loader, List<Path> paths, Invocation invocation, @Nullable Path configuration) {
        return read(paths, invocation, configuration, loader, files -> files);
    }

    /**
     * The files found without the configuration given with {@code --config} when a folder search
     * came upon it: the loader passes over {@code conditions.yaml} by name, but a configuration
     * under another name ({@code rules/house.yaml}) is YAML too, and read as an article it would
     * fail with a page of errors about a file that is no article. A file named directly stays,
     * as the user asked for it. The file is recognised by its real path, so a link to it or a
     * path spelled another way is passed over as well; only files with its name are compared, so
     * that a corpus of thousands costs no file-system look-up per file.
     */
    static ArticleFiles passOver(ArticleFiles found, List<Path> named, @Nullable Path configuration) {
        if (configuration == null) {
            return found;
        }
        Predicate<Path> passOver = configurationFilter(named, configuration);
        List<Path> kept = new ArrayList<>(found.files().size());
        Map<Path, String> refused = new LinkedHashMap<>(found.refused());
        for (Path file : found.files()) {
            if (passOver.test(file)) {
                refused.remove(file);
            } else {
                kept.add(file);
            }
        }
        return kept.size() == found.files().size() ? found : new ArticleFiles(kept, refused);
    }

    /**
     * Which files {@link #passOver} leaves out: the configuration, found in a folder rather than
     * named.
     */
    private static Predicate<Path> configurationFilter(List<Path> named, @Nullable Path configuration) {
        Path name = configuration == null ? null : configuration.getFileName();
        Path config = configuration == null ? null : realPath(configuration);
        if (name == null || config == null) {
            return file -> false;
        }
        return file -> !named.contains(file) && name.equals(file.getFileName()) && config.equals(realPath(file));
    }

    /** The real path of a file, or null when it has none (a link that leads nowhere). */
    private static @Nullable Path realPath(Path file) {
        try {
            return file.toRealPath();
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * Loads one file.
     *
     * @param loader the loader
     * @param file the file, as given on the command line
     * @param invocation the working directory
     * @return its result; a file that cannot be read gives a diagnostic
     * @throws CommandFailure if the file does not exist or is a folder
     */
    static LoadResult load(ConditionLoader loader, Path file, Invocation invocation) {
        Path resolved = invocation.resolve(file);
        if (!Files.exists(resolved)) {
            throw CommandFailure.noSuchPath(file, resolved);
        }
        if (Files.isDirectory(resolved)) {
            throw new CommandFailure(file + " is a folder; give one article file");
        }
        return new SourceNames(List.of(file), invocation).asGiven(loader.load(resolved));
    }
}
