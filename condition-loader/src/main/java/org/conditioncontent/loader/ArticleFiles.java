package org.conditioncontent.loader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The article files found under some paths, and the ones among them that are refused: symbolic
 * links that lead out of the folders searched (unless links are followed) and links that lead
 * nowhere. {@link ConditionLoader#loadAll(ArticleFiles)} reports each refused file as a
 * {@code file-unreadable} error instead of reading it, so that no article goes unchecked without
 * a word and no file outside the folders is quoted in a report.
 *
 * <p>The policy is Git's and rsync's {@code --safe-links}: a link inside a folder searched is read
 * under the link's name when it leads to a file inside one of the folders searched; a link that
 * leads elsewhere, such as {@code articles/a.yaml -> ../../secrets/token}, is named, not read. A
 * file named directly, rather than found in a folder, is read wherever a link leads, since the
 * user chose it. Links to folders are never descended into.
 *
 * @param files every article file, in order: each path's files sorted, paths in the order given,
 *     without repeats; the refused ones included
 * @param refused the files of {@code files} that are not read, each with why, in words that
 *     follow "The file "
 */
public record ArticleFiles(List<Path> files, Map<Path, String> refused) {

    /** The name of the command's configuration file, which a folder search never takes for an article. */
    public static final String CONFIGURATION = "conditions.yaml";

    /**
     * Copies the collections.
     *
     * @param files every article file
     * @param refused the files not read, with why
     * @throws NullPointerException if an argument is {@code null}
     */
    public ArticleFiles {
        files = List.copyOf(files);
        refused = Map.copyOf(refused);
    }

    /**
     * Finds the article files under paths: files as given, folders searched recursively for
     * {@code .json}, {@code .yaml} and {@code .yml} files, passing over the command's configuration,
     * hidden files and folders, and {@code node_modules} (see {@link #isPassedOver(Path)} and
     * {@link #isPassedOverFolder(Path)}).
     *
     * @param paths files and folders
     * @param followLinks whether links that lead out of the folders searched are read too (links
     *     that lead nowhere are refused either way)
     * @return the files, with the refused ones marked
     * @throws IllegalArgumentException if a path does not exist
     * @throws UncheckedIOException if a folder cannot be listed
     */
    public static ArticleFiles find(Collection<Path> paths, boolean followLinks) {
        Objects.requireNonNull(paths, "paths must not be null");
        List<Path> roots = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                roots.add(realPath(p));
            }
        }
        Set<Path> files = new LinkedHashSet<>();
        Map<Path, String> refused = new LinkedHashMap<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                // A folder given as a link is searched where it leads (the user named it), with
                // the files named under the path as given.
                Path start = Files.isSymbolicLink(p) ? realPath(p) : p;
                List<Path> found = new ArrayList<>();
                Set<Path> links = new HashSet<>();
                walk(start, found, links);
                found.sort(null);
                for (Path walked : found) {
                    Path f = start == p ? walked : p.resolve(start.relativize(walked));
                    files.add(f);
                    // Only links can be refused; the walk has told them apart already, which
                    // spares asking the file system again for each of thousands of files.
                    String why = links.contains(walked) ? linkRefusal(f, roots, followLinks) : null;
                    if (why != null) {
                        refused.put(f, why);
                    }
                }
            } else if (Files.exists(p)) {
                files.add(p);
            } else {
                throw new IllegalArgumentException("No such file or folder: " + p);
            }
        }
        return new ArticleFiles(new ArrayList<>(files), refused);
    }

    /**
     * Whether a file found in a folder is one the search passes over although its name ends in
     * {@code .json}, {@code .yaml} or {@code .yml}: the command's own configuration,
     * {@value #CONFIGURATION} or {@code conditions.yml}, and hidden files (a name that starts with a
     * dot). Folders passed over are {@linkplain #isPassedOverFolder(Path) checked apart}. A file
     * named directly is always read as an article.
     *
     * @param file a file's path
     * @return {@code true} if a folder search does not take it for an article
     */
    public static boolean isPassedOver(Path file) {
        Path name = file.getFileName();
        if (name == null) {
            return false;
        }
        String s = name.toString();
        return s.startsWith(".") || s.equals(CONFIGURATION) || s.equals("conditions.yml");
    }

    /**
     * Whether a folder met while searching another is left out, with everything in it: hidden
     * folders ({@code .git}, {@code .github}, an export's workspace) and {@code node_modules}, which
     * hold tools' files, never articles. A folder named directly is always searched.
     *
     * @param folder a folder's path
     * @return {@code true} if a folder search does not descend into it
     */
    public static boolean isPassedOverFolder(Path folder) {
        Path name = folder.getFileName();
        if (name == null) {
            return false;
        }
        String s = name.toString();
        return (s.startsWith(".") && !s.equals(".") && !s.equals("..")) || s.equals("node_modules");
    }

    /**
     * Every entry under a folder with an article's name that is not itself a folder, and which of
     * them are symbolic links.
     */
    private static void walk(Path folder, List<Path> found, Set<Path> links) {
        try {
            // No FOLLOW_LINKS: a link to a folder is visited as a link, never descended into.
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    return !dir.equals(folder) && isPassedOverFolder(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (!attributes.isDirectory() && SourceFormat.of(file).isPresent() && !isPassedOver(file)) {
                        found.add(file);
                        if (attributes.isSymbolicLink()) {
                            links.add(file);
                        }
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                    throw e;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the folder " + folder, e);
        }
    }

    /** Why a file found in a folder is not read, or null when it is read. */
    private static @Nullable String linkRefusal(Path file, List<Path> roots, boolean followLinks) {
        if (!Files.isSymbolicLink(file)) {
            return null;
        }
        String target;
        try {
            target = Files.readSymbolicLink(file).toString();
        } catch (IOException | UnsupportedOperationException e) {
            target = "?";
        }
        Path real;
        try {
            real = file.toRealPath();
        } catch (IOException e) {
            return "is a symbolic link to " + target + ", which does not exist (or is a loop of links);"
                    + " fix the link or remove it";
        }
        if (followLinks || roots.stream().anyMatch(real::startsWith)) {
            return null;
        }
        return "is a symbolic link to " + target + ", outside the folders checked, so it is not read;"
                + " replace the link with the file, or follow such links on purpose (--follow-links)";
    }

    private static Path realPath(Path folder) {
        try {
            return folder.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the folder " + folder, e);
        }
    }
}
