package org.conditioncontent.maven;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import org.apache.maven.plugin.MojoExecutionException;
import org.conditioncontent.loader.ArticleFiles;
import org.conditioncontent.loader.ConditionLoader;
import org.conditioncontent.loader.Diagnostic;
import org.conditioncontent.loader.report.ValidationReport;
import org.conditioncontent.loader.rules.RuleSet;
import org.conditioncontent.loader.rules.RulesConfig;
import org.conditioncontent.loader.rules.RulesConfigException;
import org.jspecify.annotations.Nullable;

/**
 * What both goals share: the article files a configuration selects, and the loader with the
 * rules that {@code conditions.yaml} configures. House rules are those the service loader finds
 * with the plugin's class loader, which holds the plugin's {@code <dependencies>}.
 */
final class ArticleSet {

    /** How the loader's refusal of a link out of the folders ends: the way to read it anyway. */
    private static final String COMMAND_FOLLOW_LINKS = "(--follow-links)";

    /** The same, as a build sets it. */
    private static final String PLUGIN_FOLLOW_LINKS = "(<followLinks>true</followLinks> or -Dconditions.followLinks)";

    /** The article files taken from the folders when no includes are given. */
    static final List<String> DEFAULT_INCLUDES = List.of("**/*.yaml", "**/*.yml", "**/*.json");

    private ArticleSet() {}

    /**
     * The article files under folders, chosen by glob patterns on their paths relative to the
     * folder ({@code **}{@code /} also matches no folder at all, as in Maven's own patterns).
     * The folders are searched as the command searches them ({@link ArticleFiles#find(java.util.Collection,
     * boolean, java.util.function.Predicate)}): only {@code .json}, {@code .yaml} and {@code .yml}
     * files, passing over the rules configuration, whatever its name, and what
     * {@link ArticleFiles#isPassedOver(Path)} and {@link ArticleFiles#isPassedOverFolder(Path)} name:
     * {@code conditions.yaml}, hidden files and folders, {@code node_modules}; and the folders the
     * build writes ({@code written}). A symbolic link that
     * leads out of the folders, or nowhere, is among the files but refused, so that loading reports
     * it rather than reading it (docs/decisions.md, 27): a pull request that commits
     * {@code articles/a.yaml -> ~/.m2/settings.xml} gets an error naming the link, not the file's
     * contents quoted in the build's log.
     *
     * <p>A file under two of the folders (one inside the other) is taken when its path relative to
     * either matches, as when each folder was listed on its own, and is read once.
     *
     * @param folders the folders; a missing one is an error
     * @param includes the patterns a file must match one of; empty for {@link #DEFAULT_INCLUDES}
     * @param excludes the patterns that leave a file out
     * @param configFile the rules configuration, which need not exist
     * @param followLinks whether links that lead out of the folders are read (the command's
     *     {@code --follow-links}); links that lead nowhere are refused either way
     * @param written the folders the build writes (its build folder, the export's and the
     *     reports'): the files in them, by real path, are passed over, so that articles kept at the
     *     project's root are not read again from the export's JSON or the reports; a folder that is
     *     or holds one of the folders searched is not passed over
     * @return the files, sorted, the refused ones marked
     * @throws MojoExecutionException if a folder does not exist or cannot be read, an include
     *     pattern names a file extension that no article has, or no article file is found
     */
    static ArticleFiles find(List<File> folders, List<String> includes, List<String> excludes, File configFile,
            boolean followLinks, List<File> written) throws MojoExecutionException {
        for (String pattern : includes) {
            requireArticleExtension(pattern);
        }
        Path config = realPath(configFile.toPath());
        List<PathMatcher> in = matchers(includes.isEmpty() ? DEFAULT_INCLUDES : includes);
        List<PathMatcher> out = matchers(excludes);
        List<Path> roots = new ArrayList<>();
        for (File folder : folders) {
            Path root = folder.toPath().toAbsolutePath().normalize();
            if (!Files.isDirectory(root)) {
                throw new MojoExecutionException("The articles folder " + root + " does not exist; set <folders> to where the articles are");
            }
            roots.add(root);
        }
        List<Path> builds = written(written);
        List<Path> searchedInBuild = searchedInBuild(roots, builds);
        Map<Path, Boolean> inBuild = new HashMap<>(); // by folder: the search calls passOver on this thread
        Predicate<Path> passOver = file -> !taken(roots, in, out, file) || (config != null && config.equals(realPath(file)))
                || !builds.isEmpty() && inBuild.computeIfAbsent(file.toAbsolutePath().getParent(),
                        folder -> within(folder, builds) && !within(folder, searchedInBuild));
        ArticleFiles found;
        try {
            found = ArticleFiles.find(roots, followLinks, passOver);
        } catch (UncheckedIOException e) {
            // "Cannot list the folder X", and why: a file system exception's message is its path.
            IOException cause = e.getCause();
            String why = cause instanceof AccessDeniedException ? "permission denied"
                    : cause instanceof FileSystemException f && f.getReason() != null ? f.getReason()
                    : String.valueOf(cause.getMessage());
            throw new MojoExecutionException(e.getMessage() + ": " + why, e);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(e.getMessage(), e); // a folder removed meanwhile
        }
        if (!found.refused().isEmpty()) {
            // The loader's refusal of a link names the command's option; in a build it is the plugin's.
            Map<Path, String> refused = new LinkedHashMap<>();
            found.refused().forEach((file, why) -> refused.put(file, why.endsWith(COMMAND_FOLLOW_LINKS)
                    ? why.substring(0, why.length() - COMMAND_FOLLOW_LINKS.length()) + PLUGIN_FOLLOW_LINKS : why));
            found = new ArticleFiles(found.files(), refused);
        }
        if (found.files().isEmpty()) {
            // As conditions validate and export: a check of nothing is a mistake (a wrong folder, a
            // pattern that takes nothing), and passing it would let an export publish an empty index.
            throw new MojoExecutionException("No article files (.json, .yaml, .yml) in " + roots
                    + " that <includes> and <excludes> take; check <folders> and the patterns, or set <skip>");
        }
        return found;
    }

    /**
     * The rules configuration to read: the one named, or by default {@code conditions.yaml}, else
     * {@code conditions.yml}, in the project's folder or, when it has neither, in the nearest folder
     * above it, up to the reactor's root, that has one: in a reactor the team keeps one
     * configuration at the root, where the command run from the root reads it.
     *
     * @param configFile the configuration named, or {@code null} when none is
     * @param basedir the folder of the {@code pom.xml}
     * @param root the reactor's root ({@code maven.multiModuleProjectDirectory}), the last folder
     *     looked in; {@code null}, or a folder that does not hold {@code basedir}, for
     *     {@code basedir} alone
     * @return the file to read, which may not exist
     * @throws MojoExecutionException if the default is taken and the folder it is found in has
     *     both names: which one holds the team's rules would be a guess
     */
    static File configuration(@Nullable File configFile, File basedir, @Nullable File root) throws MojoExecutionException {
        if (configFile != null) {
            return configFile;
        }
        // Real paths: the reactor's root may be named through a link that the module's folder is
        // not (macOS's /tmp), and compared as text the root would never be reached.
        Path project = basedir.toPath().toAbsolutePath().normalize();
        project = Objects.requireNonNullElse(realPath(project), project);
        Path top = root == null ? project : root.toPath().toAbsolutePath().normalize();
        top = Objects.requireNonNullElse(realPath(top), top);
        if (!project.startsWith(top)) {
            top = project;
        }
        for (Path folder = project; folder != null && folder.startsWith(top); folder = folder.getParent()) {
            List<Path> found = ArticleFiles.configurationsIn(folder);
            if (found.size() > 1) {
                String both = ArticleFiles.bothConfigurations(folder.toString());
                throw new MojoExecutionException(Character.toUpperCase(both.charAt(0)) + both.substring(1)
                        + ", or name the one to use with <configFile> or -Dconditions.config");
            }
            if (!found.isEmpty()) {
                return found.get(0).toFile();
            }
        }
        return new File(basedir, ArticleFiles.CONFIGURATION);
    }

    /**
     * Fails for a rules configuration that cannot be what the user meant: a symbolic link that
     * leads nowhere, or a file named on purpose ({@code <configFile>}, {@code -Dconditions.config})
     * that does not exist. Either would have run the built-in rules without a word, where the
     * command stops with exit code 2. The default {@code conditions.yaml} may be absent.
     *
     * @param configFile the configuration
     * @param named whether it was named on purpose rather than left at its default
     * @throws MojoExecutionException if it is a link that leads nowhere, or named and missing
     */
    static void requireConfiguration(File configFile, boolean named) throws MojoExecutionException {
        Path path = configFile.toPath();
        if (Files.exists(path)) {
            return;
        }
        if (Files.isSymbolicLink(path)) {
            throw new MojoExecutionException("The rules configuration " + path + " is a symbolic link to a file that does not"
                    + " exist; fix the link or remove it");
        }
        if (named) {
            throw new MojoExecutionException("The rules configuration " + path + " does not exist; fix <configFile> or"
                    + " -Dconditions.config, or leave it unset for a conditions.yaml beside the pom.xml or above it, else the built-in rules");
        }
    }

    /** The real paths of the folders the build writes that exist. */
    private static List<Path> written(List<File> written) {
        List<Path> real = new ArrayList<>();
        for (File folder : written) {
            Path path = realPath(folder.toPath().toAbsolutePath());
            if (path != null) {
                real.add(path);
            }
        }
        return List.copyOf(real);
    }

    /**
     * The real paths of the folders searched that lie inside a folder the build writes: a build
     * folder searched on purpose ({@code <folder>target/generated</folder>}) is searched, and the
     * rest of the build folder is still passed over when another folder searched holds it.
     */
    private static List<Path> searchedInBuild(List<Path> roots, List<Path> builds) {
        return roots.stream().map(root -> Objects.requireNonNullElse(realPath(root), root))
                .filter(root -> builds.stream().anyMatch(root::startsWith)).toList();
    }

    /** Whether a folder's real path is, or is inside, one of the folders. */
    private static boolean within(Path folder, List<Path> folders) {
        Path real = realPath(folder);
        return real != null && folders.stream().anyMatch(real::startsWith);
    }

    /**
     * Whether the patterns take a file: its path relative to some folder that holds it matches an
     * include and no exclude. The search names each file under the folder given.
     */
    private static boolean taken(List<Path> roots, List<PathMatcher> in, List<PathMatcher> out, Path file) {
        for (Path root : roots) {
            if (file.startsWith(root)) {
                Path relative = root.relativize(file);
                if (matches(in, relative) && !matches(out, relative)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Fails for an include pattern whose last part ends in a plain extension other than
     * {@code .json}, {@code .yaml} and {@code .yml}: the search, as the command's, offers only those
     * files, so such a pattern would match nothing and the goal would pass having checked nothing.
     */
    private static void requireArticleExtension(String pattern) throws MojoExecutionException {
        String glob = pattern.strip().replace('\\', '/');
        String last = glob.substring(glob.lastIndexOf('/') + 1);
        int dot = last.lastIndexOf('.');
        if (dot < 0) {
            return;
        }
        String extension = last.substring(dot + 1);
        boolean plain = extension.chars().allMatch(Character::isLetterOrDigit) && !extension.isEmpty();
        if (plain && !List.of("json", "yaml", "yml").contains(extension.toLowerCase(Locale.ROOT))) {
            throw new MojoExecutionException("The include pattern " + pattern + " can match no article: articles are .json, .yaml"
                    + " and .yml files, the only ones the plugin reads; rename the files or change <includes>");
        }
    }

    /** The file's real path, or null when it has none (it does not exist). */
    private static @Nullable Path realPath(Path file) {
        try {
            return file.toRealPath();
        } catch (IOException e) {
            return null;
        }
    }

    private static List<PathMatcher> matchers(List<String> patterns) {
        List<PathMatcher> matchers = new ArrayList<>();
        for (String pattern : patterns) {
            String glob = pattern.strip().replace('\\', '/');
            matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + glob));
            if (glob.startsWith("**/")) {
                matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + glob.substring(3)));
            }
        }
        return matchers;
    }

    private static boolean matches(List<PathMatcher> matchers, Path relative) {
        return matchers.stream().anyMatch(m -> m.matches(relative));
    }

    /**
     * The loader: the built-in rules and the house rules found, configured by a file when it exists.
     *
     * @param configFile the rules configuration; ignored when it does not exist
     * @return the loader
     * @throws MojoExecutionException if the configuration cannot be used; the message has its
     *     findings with their lines and columns
     */
    static ConditionLoader loader(File configFile) throws MojoExecutionException {
        try {
            RuleSet.Builder rules = RuleSet.builder().builtIn().discover(ArticleSet.class.getClassLoader());
            if (configFile.exists()) {
                rules.configure(RulesConfig.read(configFile.toPath()));
            }
            return ConditionLoader.builder().rules(rules.build()).build();
        } catch (RulesConfigException e) {
            StringBuilder message = new StringBuilder("The rules configuration " + configFile + " cannot be used:");
            for (Diagnostic d : e.diagnostics()) {
                message.append('\n').append(ValidationReport.line(d));
            }
            throw new MojoExecutionException(message.toString(), e);
        } catch (IllegalStateException e) {
            throw new MojoExecutionException("A house rule of the plugin's dependencies cannot be loaded: " + e.getMessage(), e);
        }
    }
}
