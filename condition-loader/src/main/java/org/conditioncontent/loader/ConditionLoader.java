package org.conditioncontent.loader;

import com.google.errorprone.annotations.CheckReturnValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.function.ObjIntConsumer;
import java.util.function.Predicate;
import org.conditioncontent.loader.internal.Findings;
import org.conditioncontent.loader.internal.Limits;
import org.conditioncontent.loader.internal.Node;
import org.conditioncontent.loader.internal.ResourceFolder;
import org.conditioncontent.loader.internal.binding.BoundArticle;
import org.conditioncontent.loader.internal.binding.FormatVersion;
import org.conditioncontent.loader.internal.checking.ConstraintChecks;
import org.conditioncontent.loader.internal.checking.EditorialChecks;
import org.conditioncontent.loader.internal.corpus.CrossFileChecks;
import org.conditioncontent.loader.internal.corpus.Loaded;
import org.conditioncontent.loader.internal.corpus.ParallelLoad;
import org.conditioncontent.loader.internal.reading.DocumentReader;
import org.conditioncontent.loader.rules.RuleSet;
import org.conditioncontent.model.Condition;
import org.jspecify.annotations.Nullable;

/**
 * Reads condition articles from JSON and YAML files, checks their structure and then the
 * editorial rules of a {@link RuleSet}, and reports every problem with file, line, column and
 * JSON Pointer.
 *
 * <pre>{@code
 * ConditionLoader loader = ConditionLoader.builder().build();   // build once, share
 * LoadResult result = loader.load(Path.of("nocturnal-leg-cramps.yaml"));
 * result.diagnostics().forEach(System.err::println);          // file:line:column: error: message [rule]
 * Condition condition = result.orThrow();                       // or loader.loadOrThrow(path)
 * }</pre>
 *
 * <p>Loading never throws for bad content: malformed, truncated, empty, binary or oversized
 * files, unknown fields, wrong types and constraint violations all become diagnostics. Limits on
 * hostile input are builder options; a breach is reported with the option's name. A full heap
 * is not the content's fault: it is thrown as the {@link OutOfMemoryError} it is (only a file
 * larger than a quarter of the heap's limit is reported as one that cannot be read).
 *
 * <p>The work is done in stages, each in a package of its own under {@code internal}: reading
 * (bytes to a tree with positions), binding (the tree to records, format 1 upgraded), checking
 * (Bean Validation and the editorial rules) and, for many files, the corpus (parallel loading and
 * the checks across files). This class puts them in order.
 *
 * <p>Immutable and thread-safe: build one loader and use it from any number of threads. Building
 * one costs a few hundred milliseconds (the validator's start-up), loading an article far less.
 */
public final class ConditionLoader {

    private final Limits limits;
    private final int parallelism;
    private final boolean followLinks;
    private final RuleSet rules;
    private final DocumentReader reader;
    private final ConstraintChecks constraints;
    private final EditorialChecks editorial;

    private ConditionLoader(Builder b) {
        this.rules = b.rules != null ? b.rules : RuleSet.defaults();
        this.limits = new Limits(b.maxDocumentSize, b.maxNestingDepth, b.maxStringLength, b.maxDiagnosticsPerFile);
        this.parallelism = b.parallelism;
        this.followLinks = b.followLinks;
        this.reader = new DocumentReader(limits);
        this.constraints = new ConstraintChecks();
        this.editorial = new EditorialChecks(rules);
    }

    /**
     * Every rule this loader checks: the structural rules, then the editorial rules that are on,
     * with their configured severities.
     *
     * @return the rules
     */
    public List<Rule> rules() {
        List<Rule> all = new ArrayList<>(Rules.all());
        all.addAll(rules.rules());
        return List.copyOf(all);
    }

    /**
     * Starts a builder with the default limits.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Loads one file. Its syntax comes from its name ({@code .json}, {@code .yaml}, {@code .yml});
     * a file with another name is read as YAML, of which JSON is a subset.
     *
     * @param file the file
     * @return the article (when valid) and every diagnostic; a file that cannot be read gives a
     *     diagnostic, not an exception
     * @throws NullPointerException if the file is {@code null}
     */
    @CheckReturnValue
    public LoadResult load(Path file) {
        return loadFile(file).result();
    }

    private Loaded loadFile(Path file) {
        Objects.requireNonNull(file, "file must not be null");
        String source = file.toString();
        Findings findings = new Findings(source, limits.maxDiagnosticsPerFile());
        return check(source, reader.read(file, SourceFormat.of(file).orElse(SourceFormat.YAML), findings), findings);
    }

    /**
     * Loads an article from the bytes of a file, as read from disk, a database or an upload. The
     * bytes are decoded as {@link #load(Path)} decodes a file: strict UTF-8, a leading byte order
     * mark dropped, binary data and malformed bytes reported as diagnostics with their position.
     * A document over {@link Builder#maxDocumentSize(int)} bytes is reported, not decoded.
     *
     * @param source the name to use in diagnostics, such as a file name
     * @param content the document's bytes; not modified
     * @param format its syntax
     * @return the article (when valid) and every diagnostic
     * @throws NullPointerException if an argument is {@code null}
     */
    @CheckReturnValue
    public LoadResult load(String source, byte[] content, SourceFormat format) {
        Objects.requireNonNull(source, "source must not be null");
        Objects.requireNonNull(content, "content must not be null");
        Objects.requireNonNull(format, "format must not be null");
        return loadBytes(source, content, format).result();
    }

    private Loaded loadBytes(String source, byte[] content, SourceFormat format) {
        Findings findings = new Findings(source, limits.maxDiagnosticsPerFile());
        return check(source, reader.read(content, format, findings), findings);
    }

    /**
     * Loads an article from a stream, such as an upload's body, reading no more of it than the
     * limit allows: at most {@link Builder#maxDocumentSize(int)} bytes and one more. A longer
     * document is reported with a {@code limit} diagnostic, as a file or resource is, and the
     * rest of the stream is not read, so a huge or endless body costs no more memory than the
     * limit. The bytes read are decoded as {@link #load(String, byte[], SourceFormat)} decodes
     * them. The stream is read from where it is and is not closed: closing it is the caller's.
     *
     * @param source the name to use in diagnostics, such as the upload's file name
     * @param in the document's bytes
     * @param format its syntax
     * @return the article (when valid) and every diagnostic
     * @throws UncheckedIOException if the stream cannot be read; it carries the stream's
     *     {@link IOException}
     * @throws NullPointerException if an argument is {@code null}
     */
    @CheckReturnValue
    public LoadResult load(String source, InputStream in, SourceFormat format) {
        Objects.requireNonNull(source, "source must not be null");
        Objects.requireNonNull(in, "in must not be null");
        Objects.requireNonNull(format, "format must not be null");
        int max = limits.maxDocumentSize();
        byte[] content;
        try {
            content = in.readNBytes(max == Integer.MAX_VALUE ? max : max + 1);
        } catch (IOException e) {
            // Some streams' exceptions carry no message: their kind is then what there is to say.
            @Nullable String message = e.getMessage();
            String why = message != null ? message : e.getClass().getSimpleName();
            throw new UncheckedIOException("Cannot read " + source + ": " + why, e);
        }
        return loadRead(source, content, format).result();
    }

    /**
     * Loads bytes read with at most one byte over the limit: enough to know that a document is
     * too long, which is then reported and not decoded.
     */
    private Loaded loadRead(String source, byte[] content, SourceFormat format) {
        if (content.length > limits.maxDocumentSize()) {
            Findings findings = new Findings(source, limits.maxDiagnosticsPerFile());
            findings.add(Rules.LIMIT, 1, 1, "", "The document is over the limit of " + limits.maxDocumentSize()
                    + " bytes (limit maxDocumentSize)");
            return Loaded.failed(source, findings, FormatVersion.NONE);
        }
        return loadBytes(source, content, format);
    }

    /**
     * Loads an article from text.
     *
     * @param source the name to use in diagnostics, such as a file name
     * @param text the document
     * @param format its syntax
     * @return the article (when valid) and every diagnostic
     * @throws NullPointerException if an argument is {@code null}
     */
    @CheckReturnValue
    public LoadResult load(String source, String text, SourceFormat format) {
        Objects.requireNonNull(source, "source must not be null");
        Objects.requireNonNull(text, "text must not be null");
        Objects.requireNonNull(format, "format must not be null");
        Findings findings = new Findings(source, limits.maxDiagnosticsPerFile());
        return check(source, reader.read(text, format, findings), findings).result();
    }

    /**
     * Loads the articles under a folder of a class loader's resources: the {@code .json},
     * {@code .yaml} and {@code .yml} files in it and its subfolders, from every jar and class
     * folder that holds it. So a content repository can publish its validated articles as a
     * Maven artifact (a jar with, say, {@code conditions/*.yaml}) and an application that depends
     * on it loads them with {@code loader.loadResources(App.class.getClassLoader(), "conditions")}.
     * Diagnostics name each file by its resource name ({@code conditions/dehydration.yaml}), and
     * the checks across files of {@link #loadAll(Collection)} apply.
     *
     * <p>On the module path, put the articles in a folder that is not a package name (one with a
     * hyphen, such as {@code condition-articles}, or under {@code META-INF}): a module's packages
     * are encapsulated, and a class loader does not hand out their resources.
     *
     * @param classLoader the class loader to find the folder with
     * @param folder the folder's resource name, such as {@code conditions}; leading and trailing
     *     slashes are ignored
     * @return one result per file, in the order of their resource names, and every diagnostic sorted
     * @throws IllegalArgumentException if the folder is empty or no jar or class folder of the
     *     class loader holds it
     * @throws UncheckedIOException if a jar or a file cannot be read
     * @throws NullPointerException if an argument is {@code null}
     */
    @CheckReturnValue
    public CorpusResult loadResources(ClassLoader classLoader, String folder) {
        Objects.requireNonNull(classLoader, "classLoader must not be null");
        String name = Objects.requireNonNull(folder, "folder must not be null").replaceAll("^/+|/+$", "");
        if (name.isEmpty()) {
            throw new IllegalArgumentException("folder must name a folder, such as \"conditions\"; the root of the class path is not one");
        }
        List<ResourceFolder.Entry> entries = ResourceFolder.list(classLoader, name);
        LoadResult[] results = new LoadResult[entries.size()];
        CrossFileChecks checks = new CrossFileChecks(entries.size());
        for (int i = 0; i < results.length; i++) {
            ResourceFolder.Entry entry = entries.get(i);
            // By the name as text: a Path of a name beyond ASCII cannot be made in the C locale.
            SourceFormat format = SourceFormat.ofName(entry.name()).orElse(SourceFormat.YAML);
            Loaded loaded = loadRead(entry.name(), ResourceFolder.read(entry, limits.maxDocumentSize()), format);
            results[i] = loaded.result();
            checks.record(i, loaded);
        }
        return new CorpusResult(Arrays.asList(results), checks.diagnostics(i -> entries.get(i).name()));
    }

    /**
     * Loads one file, throwing when it is not valid.
     *
     * @param file the file
     * @return the article
     * @throws ConditionLoadException if the file has errors; it carries every diagnostic
     */
    public Condition loadOrThrow(Path file) {
        return load(file).orThrow();
    }

    /**
     * Loads files and folders: each folder is searched recursively for {@code .json},
     * {@code .yaml} and {@code .yml} files, with symbolic links treated as {@link ArticleFiles}
     * describes. Files are loaded in parallel; the result does not depend on the order they
     * finish in. Checks across files follow: no two articles may share an id, and related ids
     * should name loaded articles.
     *
     * @param paths files and folders
     * @return one result per file, and every diagnostic sorted
     * @throws IllegalArgumentException if a path does not exist
     * @throws UncheckedIOException if a folder cannot be listed
     * @throws IllegalStateException if the calling thread is interrupted while the files load
     * @throws NullPointerException if the collection or a path in it is {@code null}
     */
    @CheckReturnValue
    public CorpusResult loadAll(Collection<Path> paths) {
        return loadAll(find(paths));
    }

    /**
     * Loads article files found before with {@link #find}: each refused file gets one
     * {@code file-unreadable} error saying why, and is not read.
     *
     * @param files the files
     * @return one result per file, in file order, and every diagnostic sorted
     * @throws IllegalStateException if the calling thread is interrupted while the files load
     * @throws NullPointerException if the files are {@code null}
     */
    @CheckReturnValue
    public CorpusResult loadAll(ArticleFiles files) {
        LoadResult[] results = new LoadResult[files.files().size()];
        CrossFileChecks checks = loadEach(files, (loaded, i) -> results[i] = loaded.result());
        return new CorpusResult(Arrays.asList(results), checks.diagnostics(i -> results[i].source()));
    }

    /**
     * Loads files and folders as {@link #loadAll(Collection)} does, with the same result, while
     * the folders are searched, as {@link #checkAll(Collection, Predicate, Consumer, Consumer)}
     * does: the loader's other threads load the files found so far, and the calling thread joins
     * them once the search has ended. The results are put in file order by their index in the
     * search, never by their names (two files can print the same name).
     *
     * @param paths files and folders
     * @param passOver files that are no articles although their names say so, left out as
     *     {@link #checkAll(Collection, Predicate, Consumer, Consumer)} leaves them out
     * @param found receives the files, refused ones included, once the search has ended, on the
     *     calling thread; what it throws stops the loading, and is thrown
     * @return one result per file, in file order, and every diagnostic sorted
     * @throws IllegalArgumentException if a path does not exist (before any file is loaded)
     * @throws UncheckedIOException if a folder cannot be listed
     * @throws IllegalStateException if the calling thread is interrupted
     * @throws NullPointerException if an argument is {@code null}
     */
    @CheckReturnValue
    public CorpusResult loadAll(Collection<Path> paths, Predicate<? super Path> passOver, Consumer<ArticleFiles> found) {
        // The number of files is known only when the search ends; the loading threads keep each
        // result under its index meanwhile.
        Map<Integer, LoadResult> byIndex = new ConcurrentHashMap<>();
        Searched searched = loadWhileSearching(paths, passOver, found, (loaded, i) -> byIndex.put(i, loaded.result()));
        LoadResult[] results = new LoadResult[searched.files().files().size()];
        byIndex.forEach((i, result) -> results[i] = result);
        return new CorpusResult(Arrays.asList(results), searched.checks().diagnostics(i -> results[i].source()));
    }

    /**
     * Checks files and folders as {@link #loadAll(Collection)} does, with the same diagnostics, but
     * keeps no article: each file's result goes to {@code each} as soon as the file is checked, and
     * only what the checks across files need is kept (each valid file's id and related ids, with
     * their positions). Memory then stays flat however many files there are, which suits a command
     * that only reports; {@link #loadAll(Collection)} holds every article until it returns.
     *
     * @param paths files and folders
     * @param each receives every file's result, with its article when valid; it is called from the
     *     loading threads, in no particular order, so it must be thread-safe. What it throws stops
     *     the loading, and is thrown.
     * @return every diagnostic of every file, and those across files, sorted by {@link Diagnostic#ORDER}
     * @throws IllegalArgumentException if a path does not exist
     * @throws UncheckedIOException if a folder cannot be listed
     * @throws IllegalStateException if the calling thread is interrupted while the files load
     * @throws NullPointerException if an argument or a path is {@code null} (before any folder is
     *     searched)
     */
    @CheckReturnValue
    public List<Diagnostic> checkAll(Collection<Path> paths, Consumer<LoadResult> each) {
        Objects.requireNonNull(each, "each must not be null");
        return checkAll(find(paths), each);
    }

    /**
     * Checks files and folders as {@link #checkAll(Collection, Consumer)} does, with the same
     * diagnostics, and says which files it found. The folders are searched on the calling thread
     * while the loader's other threads already load the files found so far (in file order, as
     * {@link ArticleFiles#find(Collection, boolean, Predicate)} finds them); once the search has
     * ended, the calling thread hands the files to {@code found} and loads files too. So loading
     * does not wait for the last folder to be listed, nor the loader's start-up on its first
     * files for the search.
     *
     * @param paths files and folders
     * @param passOver files that are no articles although their names say so, such as a
     *     configuration file under another name than {@value ArticleFiles#CONFIGURATION}: called
     *     for each file found or named, on the calling thread; those it answers
     *     {@code true} for are left out, as {@link ArticleFiles#find(Collection, boolean, Predicate)}
     *     leaves them out
     * @param found receives the files, refused ones included, once the search has ended and
     *     before the last of them are loaded, on the calling thread: for a count to show, or to
     *     give up on an empty list. What it throws stops the loading, and is thrown.
     * @param each receives every file's result, with its article when valid; it is called from
     *     the loading threads, in no particular order, so it must be thread-safe
     * @return every diagnostic of every file, and those across files, sorted by {@link Diagnostic#ORDER}
     * @throws IllegalArgumentException if a path does not exist (before any file is loaded)
     * @throws UncheckedIOException if a folder cannot be listed (once the files already found are
     *     loaded, or their loading stopped: {@code each} may have been called for files found
     *     before that folder)
     * @throws IllegalStateException if the calling thread is interrupted
     * @throws NullPointerException if an argument is {@code null}
     */
    @CheckReturnValue
    public List<Diagnostic> checkAll(Collection<Path> paths, Predicate<? super Path> passOver, Consumer<ArticleFiles> found,
            Consumer<LoadResult> each) {
        Objects.requireNonNull(each, "each must not be null");
        Searched searched = loadWhileSearching(paths, passOver, found, (loaded, i) -> each.accept(loaded.result()));
        return List.copyOf(searched.checks().diagnostics(names(searched.files())));
    }

    /** The files a search found, and the checks across them recorded while they were loaded. */
    private record Searched(ArticleFiles files, CrossFileChecks checks) {}

    /**
     * Searches the paths and loads the files as they are found, handing each to {@code each}
     * with its index and recording it for the checks across files: the shared part of
     * {@link #checkAll(Collection, Predicate, Consumer, Consumer)} and
     * {@link #loadAll(Collection, Predicate, Consumer)}.
     */
    private Searched loadWhileSearching(Collection<Path> paths, Predicate<? super Path> passOver, Consumer<ArticleFiles> found,
            ObjIntConsumer<Loaded> each) {
        Objects.requireNonNull(paths, "paths must not be null");
        Objects.requireNonNull(passOver, "passOver must not be null");
        Objects.requireNonNull(found, "found must not be null");
        if (!ArticleFiles.namesAFolder(paths)) {
            // Files named one by one: nothing to search, so nothing to load during a search.
            ArticleFiles files = ArticleFiles.find(paths, followLinks, passOver);
            found.accept(files);
            return new Searched(files, loadEach(files, each));
        }
        CrossFileChecks checks = new CrossFileChecks(1024);
        ArticleFiles files = ParallelLoad.whileSearching(sink -> ArticleFiles.search(paths, followLinks, passOver, sink), found, parallelism,
                limits.maxDiagnosticsPerFile(), this::loadFile, (loaded, i) -> {
                    each.accept(loaded, i);
                    checks.record(i, loaded);
                });
        return new Searched(files, checks);
    }

    /**
     * Checks article files found before with {@link #find}, as {@link #checkAll(Collection,
     * Consumer)} does.
     *
     * @param files the files
     * @param each receives every file's result; called from the loading threads. What it throws
     *     stops the loading, and is thrown.
     * @return every diagnostic, sorted by {@link Diagnostic#ORDER}
     * @throws IllegalStateException if the calling thread is interrupted while the files load
     * @throws NullPointerException if an argument is {@code null}
     */
    @CheckReturnValue
    public List<Diagnostic> checkAll(ArticleFiles files, Consumer<LoadResult> each) {
        Objects.requireNonNull(each, "each must not be null");
        // Nothing of a file's result is kept but what the checks across files read.
        return List.copyOf(loadEach(files, (loaded, i) -> each.accept(loaded.result())).diagnostics(names(files)));
    }

    /**
     * The name the loader gives each file, by its index: the loader names a file by its path
     * ({@link #loadFile}), made again from the compact list for the few files the checks across
     * files name.
     */
    private static IntFunction<String> names(ArticleFiles files) {
        List<Path> list = files.files();
        return i -> list.get(i).toString();
    }

    /**
     * Finds the article files under paths, following links out of the folders only when the
     * builder's {@link Builder#followLinks(boolean)} says so.
     *
     * @param paths files and folders
     * @return the files, with those that will not be read marked
     * @throws IllegalArgumentException if a path does not exist
     * @throws UncheckedIOException if a folder cannot be listed
     * @throws NullPointerException if the collection or a path in it is {@code null}
     */
    public ArticleFiles find(Collection<Path> paths) {
        return ArticleFiles.find(paths, followLinks);
    }

    /**
     * Loads every article file in parallel, hands each result with its file's index to
     * {@code each} on the loading threads, and returns what the checks across files need of them.
     */
    private CrossFileChecks loadEach(ArticleFiles files, ObjIntConsumer<Loaded> each) {
        Objects.requireNonNull(files, "files must not be null");
        CrossFileChecks checks = new CrossFileChecks(files.files().size());
        ParallelLoad.each(files, parallelism, limits.maxDiagnosticsPerFile(), this::loadFile, (loaded, i) -> {
            each.accept(loaded, i);
            checks.record(i, loaded);
        });
        return checks;
    }

    /**
     * Binds and checks a parsed document, stage by stage; {@code root} is {@code null} when the
     * document could not be read or parsed.
     */
    private Loaded check(String source, @Nullable Node root, Findings findings) {
        if (root == null) {
            return Loaded.failed(source, findings, FormatVersion.NONE);
        }
        int declared = FormatVersion.declared(root);
        if (!FormatVersion.isReadable(declared, root, findings)) {
            return Loaded.failed(source, findings, declared);
        }
        BoundArticle bound = BoundArticle.bind(root, declared, findings);
        constraints.validate(bound, findings);
        editorial.check(bound, findings);
        constraints.validateUnbuilt(bound, findings);
        return Loaded.checked(source, bound.article(), findings, root, declared);
    }

    /**
     * Sets the limits and the parallelism of a {@link ConditionLoader}. Not thread-safe.
     */
    public static final class Builder {
        private int maxDocumentSize = 4 * 1024 * 1024;
        private int maxNestingDepth = 64;
        private int maxStringLength = 100_000;
        private int maxDiagnosticsPerFile = 200;
        private int parallelism = Runtime.getRuntime().availableProcessors();
        private boolean followLinks;
        private @Nullable RuleSet rules;

        private Builder() {}

        /**
         * The editorial rules to check after the structure, with their configuration.
         *
         * @param value the rules; {@link RuleSet#none()} checks structure only
         * @return {@code this}
         */
        public Builder rules(RuleSet value) {
            this.rules = Objects.requireNonNull(value, "rules must not be null");
            return this;
        }

        /**
         * The largest document: in bytes for a file, a resource, {@link ConditionLoader#load(String,
         * byte[], SourceFormat)} and {@link ConditionLoader#load(String, InputStream, SourceFormat)},
         * in characters for text; larger ones are reported, not read.
         *
         * @param value the limit, at least 1 ({@link #build()} checks it); defaults to 4 MiB
         *     (4,194,304)
         * @return {@code this}
         */
        public Builder maxDocumentSize(int value) {
            this.maxDocumentSize = value;
            return this;
        }

        /**
         * The deepest nesting of objects and lists. Articles need fewer than 10 levels.
         *
         * @param value the limit, from 4 to 1,000 ({@link #build()} checks it); defaults to 64
         * @return {@code this}
         */
        public Builder maxNestingDepth(int value) {
            this.maxNestingDepth = value;
            return this;
        }

        /**
         * The longest text value, in characters.
         *
         * @param value the limit, at least 1 ({@link #build()} checks it); defaults to 100,000
         * @return {@code this}
         */
        public Builder maxStringLength(int value) {
            this.maxStringLength = value;
            return this;
        }

        /**
         * How many diagnostics one file reports at most; a last one counts the rest.
         *
         * @param value the limit, at least 1 ({@link #build()} checks it); defaults to 200
         * @return {@code this}
         */
        public Builder maxDiagnosticsPerFile(int value) {
            this.maxDiagnosticsPerFile = value;
            return this;
        }

        /**
         * How many files {@code loadAll} and {@code checkAll} load at once.
         *
         * @param value the number of threads, from 1 to 256 ({@link #build()} checks it); defaults
         *     to the number of processors
         * @return {@code this}
         */
        public Builder parallelism(int value) {
            this.parallelism = value;
            return this;
        }

        /**
         * Sets whether symbolic links found in a folder are read when they lead out of the folders
         * being loaded (see {@link ArticleFiles}). Links that lead nowhere are reported either way.
         *
         * @param value {@code true} to read them; default {@code false}, which reports each one as
         *     a {@code file-unreadable} error and reads none, so that a committed link cannot make
         *     a report quote a file from elsewhere on the machine
         * @return this builder
         */
        public Builder followLinks(boolean value) {
            this.followLinks = value;
            return this;
        }

        /**
         * Builds the loader.
         *
         * @return the loader; without {@link #rules(RuleSet)}, it checks {@link RuleSet#defaults()}
         * @throws IllegalArgumentException if a limit is out of range; the message names it
         * @throws IllegalStateException without {@link #rules(RuleSet)}, if the house rules found on
         *     the class or module path cannot be used: one cannot be loaded, has a malformed id, or
         *     shares its id with another rule (see {@link RuleSet#defaults()}); the message names
         *     the rule's class. Give {@link #rules(RuleSet)} to build without discovering any
         */
        public ConditionLoader build() {
            require(maxDocumentSize >= 1, "maxDocumentSize must be >= 1, was " + maxDocumentSize);
            require(maxNestingDepth >= 4 && maxNestingDepth <= 1000, "maxNestingDepth must be between 4 and 1000, was " + maxNestingDepth);
            require(maxStringLength >= 1, "maxStringLength must be >= 1, was " + maxStringLength);
            require(maxDiagnosticsPerFile >= 1, "maxDiagnosticsPerFile must be >= 1, was " + maxDiagnosticsPerFile);
            require(parallelism >= 1 && parallelism <= 256, "parallelism must be between 1 and 256, was " + parallelism);
            return new ConditionLoader(this);
        }

        private static void require(boolean ok, String message) {
            if (!ok) {
                throw new IllegalArgumentException(message);
            }
        }
    }
}
