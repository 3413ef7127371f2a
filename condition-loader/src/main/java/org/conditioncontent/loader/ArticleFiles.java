package org.conditioncontent.loader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.conditioncontent.loader.internal.corpus.FileList;
import org.jspecify.annotations.Nullable;

/**
 * The article files found under some paths, and the ones among them that are refused: symbolic
 * links that lead out of the folders searched (unless links are followed) and links that lead
 * nowhere. {@link ConditionLoader#loadAll(ArticleFiles)} reports each refused file as a
 * {@code file-unreadable} error instead of reading it, so that no article goes unchecked without
 * a word and no file outside the folders is quoted in a report.
 *
 * <p>The policy is Git's and rsync's {@code --safe-links}: a link inside a folder searched is read
 * under the link's name when it leads to a file inside one of the folders searched, unless the
 * search finds and reads that file under its own name, when the link is that file again and is
 * left out; a link that leads elsewhere, such as {@code articles/a.yaml -> ../../secrets/token},
 * is named, not read. A file named directly, rather than found in a folder, is read wherever a
 * link leads, since the user chose it. Links to folders are never descended into.
 *
 * <p>The search lists each folder on its own and hands on each file as soon as its attributes
 * are read, in the final order (that of the whole paths), so that
 * {@link ConditionLoader#checkAll(Collection, Predicate, java.util.function.Consumer,
 * java.util.function.Consumer)} can load the first files while the rest are still being found;
 * {@link #find(Collection, boolean)} gathers them into one list.
 *
 * <p>The list of files is kept compact, since a corpus of 100,000 files holds it from the search
 * until its report is written: the files of a folder share its {@code Path}, and each keeps
 * only its name. So {@link #files()} is an immutable list whose {@code get} makes the file's
 * {@code Path} again each time, equal to the one found but not the same object; compare files
 * with {@code equals}, never {@code ==}.
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
     * The other name of the command's configuration file, with the extension many YAML tools
     * write: the command reads it when there is no {@value #CONFIGURATION}, and a folder search
     * never takes it for an article either.
     */
    public static final String CONFIGURATION_YML = "conditions.yml";

    /**
     * The configuration files a folder holds, {@value #CONFIGURATION} first: none, one, or both,
     * which a caller refuses (which one holds the team's rules would be a guess). A name that is
     * there but is no file (a folder, a link that leads nowhere, a pipe) counts, so that reading
     * it says what is wrong rather than the defaults applying without a word.
     *
     * @param folder the folder to look in
     * @return the paths of the names present, in that order
     */
    public static List<Path> configurationsIn(Path folder) {
        List<Path> found = new ArrayList<>(2);
        for (String name : new String[] {CONFIGURATION, CONFIGURATION_YML}) {
            Path candidate = folder.resolve(name);
            if (Files.exists(candidate, LinkOption.NOFOLLOW_LINKS)) {
                found.add(candidate);
            }
        }
        return List.copyOf(found);
    }

    /**
     * Why a folder's rules configuration is not read when it holds both names ({@link
     * #configurationsIn} gives two): "both conditions.yaml and conditions.yml are in FOLDER, and
     * only one can configure the rules; remove one of them". Which one holds the team's rules would
     * be a guess, so the command and the Maven plugin stop on it and the language server checks with
     * the default settings; each adds how its user names the one to use, where it can.
     *
     * @param folder the folder, as the user reads it: a path, or "the current folder"
     * @return the message, without a capital or a full stop
     */
    public static String bothConfigurations(String folder) {
        return "both " + CONFIGURATION + " and " + CONFIGURATION_YML + " are in " + folder
                + ", and only one can configure the rules; remove one of them";
    }

    /**
     * Copies the collections, the files into a compact immutable list.
     *
     * @param files every article file
     * @param refused the files not read, with why
     * @throws NullPointerException if an argument or a file is {@code null}
     */
    public ArticleFiles {
        files = FileList.copyOf(files);
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
        return find(paths, followLinks, file -> false);
    }

    /**
     * Finds the article files under paths as {@link #find(Collection, boolean)} does, and leaves out
     * the files that {@code passOver} takes for no article, such as a configuration file kept
     * under another name than {@value #CONFIGURATION}.
     *
     * @param paths files and folders
     * @param followLinks whether links that lead out of the folders searched are read too
     * @param passOver called for each file found or named, in order (a file both named and found in
     *     a folder searched may be asked twice); the files for which it answers {@code true} are
     *     left out, refused or not
     * @return the files, with the refused ones marked
     * @throws IllegalArgumentException if a path does not exist
     * @throws UncheckedIOException if a folder cannot be listed
     * @throws NullPointerException if an argument is {@code null}
     */
    public static ArticleFiles find(Collection<Path> paths, boolean followLinks, Predicate<? super Path> passOver) {
        FileList files = new FileList();
        Map<Path, String> refused = new LinkedHashMap<>();
        search(paths, followLinks, passOver, (file, why) -> {
            files.append(file);
            if (why != null) {
                refused.put(file, why);
            }
        });
        return new ArticleFiles(files.freeze(), refused);
    }

    /**
     * Whether some path is a folder, which {@link #search} walks; files named directly need no
     * walk.
     */
    static boolean namesAFolder(Collection<Path> paths) {
        return paths.stream().anyMatch(Files::isDirectory);
    }

    /**
     * The search behind {@link #find(Collection, boolean, Predicate)}: hands each file to
     * {@code found} as soon as it is found, already in the final order, so that loading can start
     * while the rest of the folders are searched. Each folder is listed on its own, its entries
     * sorted so that the files come out in the order of their whole paths, which is the order of
     * {@link Path#compareTo}; repeats (a file both named and found, a folder given twice) are
     * handed on once, at their first place. Every path is checked to exist before any file is
     * handed on.
     *
     * @param found called on the calling thread with each file and why it is refused, or
     *     {@code null} when it is read
     */
    static void search(Collection<Path> paths, boolean followLinks, Predicate<? super Path> passOver,
            BiConsumer<Path, @Nullable String> found) {
        Objects.requireNonNull(paths, "paths must not be null");
        Objects.requireNonNull(passOver, "passOver must not be null");
        List<Path> roots = new ArrayList<>();
        List<Path> folders = new ArrayList<>(); // the folders as given, beside their real paths in roots
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                roots.add(realPath(p));
                folders.add(p);
            } else if (!Files.exists(p)) {
                throw new IllegalArgumentException("No such file or folder: " + p);
            }
        }
        // Only several paths can repeat a file; one folder's walk never does. A repeat is the same
        // name in the same real folder however the folder was spelled ("." and "articles/a.yaml",
        // "articles" and "./articles"): loaded twice, a file's id would clash with itself.
        RepeatedFiles seen = paths.size() > 1 ? new RepeatedFiles() : null;
        BiConsumer<Path, @Nullable String> once = (file, why) -> {
            if (!passOver.test(file) && (seen == null || seen.firstTime(file))) {
                found.accept(file, why);
            }
        };
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                // A folder given as a link is searched where it leads (the user named it), with
                // the files named under the path as given.
                Path start = Files.isSymbolicLink(p) ? realPath(p) : p;
                walk(start, start, walked -> {
                    Path f = start == p ? walked.file() : p.resolve(start.relativize(walked.file()));
                    // A link to a file that a folder's walk finds under its own name is that file
                    // again: read twice, its id clashed with itself, and migrate rewrote the link
                    // into a copy. It is read once, under the file's name.
                    if (walked.link() && leadsToAFileFound(f, roots, folders, passOver)) {
                        return;
                    }
                    // Only links can be refused; the listing has told them apart already, which
                    // spares asking the file system again for each of thousands of files.
                    once.accept(f, walked.link() ? linkRefusal(f, roots, followLinks) : null);
                });
            } else {
                once.accept(p, null);
            }
        }
    }

    /**
     * The files a search has handed on, each known by its name in its folder's real path: a
     * folder's path read as text would take {@code a/link/../x.yaml} for {@code a/x.yaml}, where
     * the file system, when {@code link} is a symbolic link, reads {@code x.yaml} beside the
     * link's target. Each folder's real path is asked once.
     */
    private static final class RepeatedFiles {

        private final Set<Path> seen = new HashSet<>();
        private final Map<Path, Path> realFolders = new HashMap<>();

        /** Whether {@code file} comes for the first time; remembers it. */
        boolean firstTime(Path file) {
            Path absolute = file.toAbsolutePath();
            Path parent = absolute.getParent();
            Path name = absolute.getFileName();
            if (parent == null || name == null) {
                return seen.add(absolute.normalize());
            }
            return seen.add(realFolders.computeIfAbsent(parent, RepeatedFiles::realFolder).resolve(name));
        }

        private static Path realFolder(Path folder) {
            try {
                return folder.toRealPath();
            } catch (IOException e) {
                return folder.normalize(); // the load that follows reports what is wrong with the file
            }
        }
    }

    /**
     * Whether a file found in a folder is one the search passes over although its name ends in
     * {@code .json}, {@code .yaml} or {@code .yml}: the command's own configuration,
     * {@value #CONFIGURATION} or {@value #CONFIGURATION_YML}, and hidden files (a name that starts with a
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
        return isPassedOverName(name.toString());
    }

    /** {@link #isPassedOver(Path)} of a file's name. */
    private static boolean isPassedOverName(String name) {
        return name.startsWith(".") || name.equals(CONFIGURATION) || name.equals(CONFIGURATION_YML);
    }

    /**
     * Whether a folder search takes a file of this name for an article: what
     * {@link SourceFormat#of(Path)} and {@link #isPassedOver(Path)} answer together for it, read
     * from the name the listing gave instead of from a {@code Path} twice. The name is ASCII, for
     * which the case-blind match of the endings is exactly {@code toLowerCase(Locale.ROOT)}'s.
     */
    static boolean isArticleName(String asciiName) {
        return (endsWithIgnoringCase(asciiName, ".json") || endsWithIgnoringCase(asciiName, ".yaml")
                || endsWithIgnoringCase(asciiName, ".yml")) && !isPassedOverName(asciiName);
    }

    private static boolean endsWithIgnoringCase(String name, String ending) {
        return name.regionMatches(true, name.length() - ending.length(), ending, 0, ending.length());
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
        return isPassedOverFolderName(name.toString());
    }

    /** {@link #isPassedOverFolder(Path)} of a folder's name. */
    private static boolean isPassedOverFolderName(String name) {
        return (name.startsWith(".") && !name.equals(".") && !name.equals("..")) || name.equals("node_modules");
    }

    /** A file found by the walk, and whether it is a symbolic link. */
    private record Walked(Path file, boolean link) {}

    /**
     * Every entry under a folder with an article's name that is not itself a folder, in the order
     * of their paths, and which of them are symbolic links; each is handed on as soon as it is
     * known, so that the first files can be loaded while a large folder is still being looked
     * through. The folder's names are listed and sorted first (a listing asks nothing of each
     * entry); each entry's attributes are then read in that order, the costly part, and a file
     * handed on at once. A subfolder's paths compare with its siblings' as its name followed by a
     * slash: {@code b/} comes after {@code b-x.json} and {@code b.json}, although {@code b} comes
     * before them. So a subfolder waits until an entry that comes after it is reached, and is
     * then walked in its place.
     *
     * @param top the folder the search started from, named when a folder cannot be listed
     */
    private static void walk(Path folder, Path top, Consumer<Walked> found) {
        Listing entries = Listing.of(folder, top);
        // The subfolders met but not yet walked, by the path they sort as.
        TreeMap<Path, Path> waiting = new TreeMap<>();
        for (int i = 0; i < entries.size(); i++) {
            // The name as listed, when the listing kept it: the checks of names read it as it is.
            String name = entries.name(i);
            Path entry = entries.take(i);
            BasicFileAttributes attributes;
            try {
                // NOFOLLOW_LINKS: a link to a folder is taken as a link, never descended into.
                attributes = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot list the folder " + top, e);
            }
            if (attributes.isDirectory()) {
                if (!(name == null ? isPassedOverFolder(entry) : isPassedOverFolderName(name))) {
                    Path key = entry.resolve("x");
                    walkBefore(key, waiting, top, found);
                    waiting.put(key, entry);
                }
            } else if (name == null ? SourceFormat.of(entry).isPresent() && !isPassedOver(entry) : isArticleName(name)) {
                walkBefore(entry, waiting, top, found);
                found.accept(new Walked(entry, attributes.isSymbolicLink()));
            }
        }
        walkBefore(null, waiting, top, found);
    }

    /**
     * A folder's entries while they are looked through, kept as their names where that is exact:
     * a folder of 100,000 files would otherwise hold 100,000 {@code Path}s (about 150 bytes each
     * once named) for as long as its files take to look at, long enough for the collector to move
     * them to the old generation, where they stayed as garbage (docs/performance.md, "Issue 20:
     * memory, round 4"). A name in ASCII on the default file system with {@code /} for separator
     * is kept as a string, which sorts as its path does there (byte by byte); any other entry is
     * kept as its {@code Path}, and compared as a path.
     */
    private static final class Listing {
        private final Path folder;
        private final boolean names;
        private Object[] entries = new Object[64];
        private int size;

        private Listing(Path folder) {
            this.folder = folder;
            this.names = folder.getFileSystem() == FileSystems.getDefault() && "/".equals(folder.getFileSystem().getSeparator());
        }

        /**
         * A folder's entries, sorted. On the default file system the names are asked for as
         * strings ({@link java.io.File#list()}: the same directory read, without a {@code Path},
         * its name and the name's string made for each entry: docs/performance.md, "Issue 20:
         * validate's cold CPU, round 10"); when every name is ASCII, that is the listing. A name beyond ASCII (which may not
         * be the bytes on disk once made a string) or a folder that {@code File} cannot list sends
         * the folder to {@link Files#newDirectoryStream}, as before, which keeps such names as
         * their paths and throws the file system's own reason for a failure.
         *
         * @param top the folder the search started from, named when the folder cannot be listed
         */
        static Listing of(Path folder, Path top) {
            Listing listing = new Listing(folder);
            if (listing.names) {
                String[] listed = folder.toFile().list();
                if (listed != null && allPlainNames(listed)) {
                    Arrays.sort(listed);
                    listing.entries = listed;
                    listing.size = listed.length;
                    return listing;
                }
            }
            try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
                for (Path entry : stream) {
                    listing.add(entry);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot list the folder " + top, e);
            } catch (DirectoryIteratorException e) {
                throw new UncheckedIOException("Cannot list the folder " + top, e.getCause());
            }
            listing.sort();
            return listing;
        }

        /** Whether every name is one the listing keeps as a string: ASCII, not empty. */
        private static boolean allPlainNames(String[] listed) {
            for (String name : listed) {
                if (name.isEmpty() || !FileList.isAscii(name)) {
                    return false;
                }
            }
            return true;
        }

        private void add(Path entry) {
            Object kept = entry;
            if (names) {
                Path name = entry.getFileName();
                String s = name == null ? "" : name.toString();
                if (!s.isEmpty() && FileList.isAscii(s)) {
                    kept = s;
                }
            }
            if (size == entries.length) {
                entries = Arrays.copyOf(entries, 2 * size);
            }
            entries[size++] = kept;
        }

        /** Sorts the entries in the order of their paths. */
        private void sort() {
            Arrays.sort(entries, 0, size, (a, b) -> a instanceof String x && b instanceof String y ? x.compareTo(y)
                    : path(a).compareTo(path(b)));
        }

        int size() {
            return size;
        }

        /** The name of the entry at an index when it is kept as its name (ASCII), else {@code null}. */
        @Nullable String name(int i) {
            return entries[i] instanceof String name ? name : null;
        }

        /** The entry at an index, as a path; the listing lets go of it. */
        Path take(int i) {
            Path entry = path(entries[i]);
            entries[i] = null;
            return entry;
        }

        private Path path(Object entry) {
            return entry instanceof String name ? folder.resolve(name) : (Path) entry;
        }
    }

    /** Walks the waiting subfolders that come before {@code key} (all of them for {@code null}). */
    private static void walkBefore(@Nullable Path key, TreeMap<Path, Path> waiting, Path top, Consumer<Walked> found) {
        while (!waiting.isEmpty() && (key == null || waiting.firstKey().compareTo(key) < 0)) {
            walk(waiting.pollFirstEntry().getValue(), top, found);
        }
    }

    /**
     * Whether a link found in a folder leads to an article file that the walk of one of the
     * folders searched ({@code roots}, real paths; {@code folders}, the same as given) finds and
     * reads by its own name: inside the folder, in no folder the walk passes over, named as an
     * article, and not passed over by the caller's {@code passOver} (a build's excludes), under
     * the name the walk gives it.
     */
    private static boolean leadsToAFileFound(Path link, List<Path> roots, List<Path> folders, Predicate<? super Path> passOver) {
        Path real;
        try {
            real = link.toRealPath();
        } catch (IOException e) {
            return false; // a link that leads nowhere is reported by linkRefusal
        }
        Path parent = real.getParent();
        if (parent == null || !Files.isRegularFile(real) || SourceFormat.of(real).isEmpty() || isPassedOver(real)) {
            return false;
        }
        for (int i = 0; i < roots.size(); i++) {
            Path root = roots.get(i);
            if (parent.startsWith(root)) {
                boolean walked = true;
                for (Path folder : root.relativize(parent)) {
                    walked &= !isPassedOverFolder(folder);
                }
                if (walked && !passOver.test(folders.get(i).resolve(root.relativize(real)))) {
                    return true;
                }
            }
        }
        return false;
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
