package org.conditioncontent.loader;

import com.google.errorprone.annotations.CheckReturnValue;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.conditioncontent.json.Property;
import org.conditioncontent.json.RecordShape;
import org.conditioncontent.loader.internal.Binder;
import org.conditioncontent.loader.internal.Findings;
import org.conditioncontent.loader.internal.Limits;
import org.conditioncontent.loader.internal.Node;
import org.conditioncontent.loader.internal.RegularFile;
import org.conditioncontent.loader.internal.ResourceFolder;
import org.conditioncontent.loader.internal.SourceMap;
import org.conditioncontent.loader.internal.TextDecoder;
import org.conditioncontent.loader.internal.TreeReader;
import org.conditioncontent.loader.internal.ViolationMapper;
import org.conditioncontent.loader.format1.PointerMap;
import org.conditioncontent.loader.format1.Upgrade;
import org.conditioncontent.loader.rules.Finding;
import org.conditioncontent.loader.rules.RuleSet;
import org.conditioncontent.model.Condition;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
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
 * hostile input are builder options; a breach is reported with the option's name.
 *
 * <p>Immutable and thread-safe: build one loader and use it from any number of threads. Building
 * one costs a few hundred milliseconds (the validator's start-up), loading an article far less.
 */
public final class ConditionLoader {

    private final Limits limits;
    private final int parallelism;
    private final boolean followLinks;
    private final TreeReader reader;
    private final Validator validator;
    private final RuleSet rules;

    private ConditionLoader(Builder b) {
        this.rules = b.rules != null ? b.rules : RuleSet.defaults();
        this.limits = new Limits(b.maxDocumentSize, b.maxNestingDepth, b.maxStringLength, b.maxDiagnosticsPerFile);
        this.parallelism = b.parallelism;
        this.followLinks = b.followLinks;
        this.reader = new TreeReader(limits);
        // One factory for the loader's lifetime: it caches each record's constraint metadata.
        // The parameter interpolator needs no Expression Language implementation.
        this.validator = Validation.byProvider(HibernateValidator.class)
                .configure()
                .ignoreXmlConfiguration()
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory()
                .getValidator();
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
     */
    @CheckReturnValue
    public LoadResult load(Path file) {
        return loadFile(file).result();
    }

    private Loaded loadFile(Path file) {
        Objects.requireNonNull(file, "file must not be null");
        String source = file.toString();
        Findings findings = new Findings(source, limits.maxDiagnosticsPerFile());
        byte[] bytes = readBytes(file, limits.maxDocumentSize(), findings);
        if (bytes == null) {
            return Loaded.failed(source, findings);
        }
        return decodeAndLoad(source, bytes, SourceFormat.of(file).orElse(SourceFormat.YAML), findings);
    }

    private Loaded decodeAndLoad(String source, byte[] bytes, SourceFormat format, Findings findings) {
        TextDecoder.Utf8 characters = format == SourceFormat.JSON ? TextDecoder.scan(bytes) : null;
        if (characters != null) {
            // JSON from clean bytes: Jackson reads them directly, with no text made first.
            Node root = reader.readJson(bytes, TextDecoder.byteOrderMarkLength(bytes), characters, findings);
            return check(source, root, findings);
        }
        // YAML, or bytes with a problem, which decoding reports.
        String text = TextDecoder.decode(bytes, findings);
        if (text == null) {
            return Loaded.failed(source, findings);
        }
        return load(source, text, format, findings);
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
        if (content.length > limits.maxDocumentSize()) {
            findings.add(Rules.LIMIT, 1, 1, "", "The document is " + content.length + " bytes long, over the limit of "
                    + limits.maxDocumentSize() + " (limit maxDocumentSize)");
            return Loaded.failed(source, findings);
        }
        return decodeAndLoad(source, content, format, findings);
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
        String body = !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
        return load(source, body, format, findings).result();
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
     * @return one result per file, sorted by name, and every diagnostic sorted
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
        List<Loaded> results = new ArrayList<>();
        for (ResourceFolder.Entry entry : ResourceFolder.list(classLoader, name)) {
            // At most one byte over the limit is read: enough to know that the file is too long.
            byte[] content = ResourceFolder.read(entry, limits.maxDocumentSize());
            if (content.length > limits.maxDocumentSize()) {
                Findings findings = new Findings(entry.name(), limits.maxDiagnosticsPerFile());
                findings.add(Rules.LIMIT, 1, 1, "", "The document is over the limit of " + limits.maxDocumentSize()
                        + " bytes (limit maxDocumentSize)");
                results.add(Loaded.failed(entry.name(), findings));
                continue;
            }
            SourceFormat format = SourceFormat.of(Path.of(entry.name().substring(entry.name().lastIndexOf('/') + 1)))
                    .orElse(SourceFormat.YAML);
            results.add(loadBytes(entry.name(), content, format));
        }
        List<Diagnostic> all = new ArrayList<>();
        results.forEach(r -> all.addAll(r.result().diagnostics()));
        all.addAll(crossFile(results));
        all.sort(Diagnostic.ORDER);
        return new CorpusResult(results.stream().map(Loaded::result).toList(), all);
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
     * @return one result per file, and every diagnostic sorted
     */
    public CorpusResult loadAll(ArticleFiles files) {
        List<Loaded> results = loadEach(files, loaded -> loaded);
        List<Diagnostic> all = new ArrayList<>();
        results.forEach(r -> all.addAll(r.result().diagnostics()));
        all.addAll(crossFile(results));
        all.sort(Diagnostic.ORDER);
        return new CorpusResult(results.stream().map(Loaded::result).toList(), all);
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
     *     loading threads, in no particular order, so it must be thread-safe
     * @return every diagnostic of every file, and those across files, sorted by {@link Diagnostic#ORDER}
     * @throws IllegalArgumentException if a path does not exist
     * @throws UncheckedIOException if a folder cannot be listed
     */
    @CheckReturnValue
    public List<Diagnostic> checkAll(Collection<Path> paths, Consumer<LoadResult> each) {
        return checkAll(find(paths), each);
    }

    /**
     * Checks article files found before with {@link #find}, as {@link #checkAll(Collection,
     * Consumer)} does.
     *
     * @param files the files
     * @param each receives every file's result; called from the loading threads
     * @return every diagnostic, sorted by {@link Diagnostic#ORDER}
     */
    public List<Diagnostic> checkAll(ArticleFiles files, Consumer<LoadResult> each) {
        Objects.requireNonNull(each, "each must not be null");
        List<Loaded> results = loadEach(files, loaded -> {
            each.accept(loaded.result());
            return loaded.withoutArticle();
        });
        List<Diagnostic> all = new ArrayList<>();
        results.forEach(r -> all.addAll(r.result().diagnostics()));
        all.addAll(crossFile(results));
        all.sort(Diagnostic.ORDER);
        return List.copyOf(all);
    }

    /**
     * Finds the article files under paths, following links out of the folders only when the
     * builder's {@link Builder#followLinks(boolean)} says so.
     *
     * @param paths files and folders
     * @return the files, with those that will not be read marked
     * @throws IllegalArgumentException if a path does not exist
     * @throws UncheckedIOException if a folder cannot be listed
     */
    public ArticleFiles find(Collection<Path> paths) {
        return ArticleFiles.find(paths, followLinks);
    }

    /** Loads every article file in parallel and keeps, in file order, what {@code keep} makes of each. */
    private List<Loaded> loadEach(ArticleFiles articleFiles, UnaryOperator<Loaded> keep) {
        Objects.requireNonNull(articleFiles, "files must not be null");
        List<Path> files = articleFiles.files();
        Map<Path, String> refused = articleFiles.refused();
        ForkJoinPool pool = new ForkJoinPool(parallelism);
        try {
            return pool.submit(() -> files.parallelStream()
                    .map(f -> keep.apply(refused.containsKey(f) ? refuse(f, refused.get(f)) : loadFile(f)))
                    .toList()).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while loading articles", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(cause);
        } finally {
            pool.shutdown();
        }
    }

    private Loaded refuse(Path file, String why) {
        Findings findings = new Findings(file.toString(), limits.maxDiagnosticsPerFile());
        findings.add(Rules.FILE_UNREADABLE, 1, 1, "", "The file " + why);
        return Loaded.failed(file.toString(), findings);
    }

    /**
     * The article files named by paths: files as given, folders searched recursively for
     * {@code .json}, {@code .yaml} and {@code .yml} files; sorted, without repeats. Symbolic links
     * and other files that are not regular files are listed too: loading them reports why they
     * are not read (see {@link ArticleFiles}).
     *
     * @param paths files and folders
     * @return the files
     * @throws IllegalArgumentException if a path does not exist
     * @throws UncheckedIOException if a folder cannot be listed
     */
    public static List<Path> articleFiles(Collection<Path> paths) {
        return ArticleFiles.find(paths, false).files();
    }

    private Loaded load(String source, String text, SourceFormat format, Findings findings) {
        if (text.length() > limits.maxDocumentSize()) {
            findings.add(Rules.LIMIT, 1, 1, "", "The document is " + text.length() + " characters long, over the limit of "
                    + limits.maxDocumentSize() + " (limit maxDocumentSize)");
            return Loaded.failed(source, findings);
        }
        return check(source, reader.read(text, format, findings), findings);
    }

    /** Binds and checks a parsed document; {@code root} is {@code null} when it could not be parsed. */
    private Loaded check(String source, @Nullable Node root, Findings findings) {
        if (root == null) {
            return Loaded.failed(source, findings);
        }
        int declared = declaredVersion(root);
        if (declared > Condition.FORMAT_VERSION) {
            // A newer format's fields cannot be judged by this version: say that alone.
            Node at = Objects.requireNonNull(ViolationMapper.locate(root, "/formatVersion"));
            findings.add(Rules.FORMAT_VERSION, at, "/formatVersion", "This article is in format version " + declared
                    + ", but this version of Condition Content reads version " + Condition.FORMAT_VERSION
                    + " and older; upgrade Condition Content");
            return Loaded.failed(source, findings);
        }
        Binder binder = new Binder(findings);
        Condition condition;
        UnaryOperator<String> toSource;
        if (declared == 1) {
            // Format 1 is bound and validated as format 1, so its structural findings keep their
            // fields and positions; the rules then read the upgraded article (decision 20).
            Object value = binder.bind(root, org.conditioncontent.loader.format1.Condition.class);
            if (!(value instanceof org.conditioncontent.loader.format1.Condition v1)) {
                // Not built: what did bind of it is still validated, as for format 2.
                validateUnbuilt(binder, root, findings);
                return Loaded.failed(source, findings);
            }
            SourceMap sources = binder.sourceMap();
            UnaryOperator<String> toV1Source = pointer -> sources.toSource(v1, pointer);
            ViolationMapper.report(validator.validate(v1), root, toV1Source, binder.failedPointers(), findings);
            Upgrade upgrade = Upgrade.of(v1);
            condition = upgrade == null ? null : upgrade.article();
            PointerMap upgraded = upgrade == null ? new PointerMap() : upgrade.pointers();
            toSource = pointer -> ViolationMapper.sourcePointer(root, toV1Source.apply(upgraded.toSource(pointer)));
        } else {
            Object value = binder.bind(root, Condition.class);
            Condition bound = value instanceof Condition c ? c : null;
            condition = bound;
            SourceMap sources = binder.sourceMap();
            toSource = pointer -> bound == null ? pointer : ViolationMapper.sourcePointer(root, sources.toSource(bound, pointer));
            if (bound != null) {
                ViolationMapper.report(validator.validate(bound), root, toSource, binder.failedPointers(), findings);
            }
        }
        if (condition != null) {
            for (Finding f : rules.check(condition, toSource)) {
                if (binder.failedPointers().stream().noneMatch(p -> f.pointer().equals(p) || f.pointer().startsWith(p + "/"))) {
                    Node at = ViolationMapper.locateOrEnclosing(root, f.pointer());
                    findings.add(new Diagnostic(source, at.line(), at.column(), f.pointer(), f.severity(), f.rule(), f.message()));
                }
            }
        }
        validateUnbuilt(binder, root, findings);
        boolean valid = condition != null && !findings.hasErrors();
        LoadResult result = new LoadResult(source, valid ? condition : null, findings.sorted(Diagnostic.ORDER));
        return valid ? Loaded.valid(result, root) : new Loaded(result, null, List.of(), Loaded.NONE);
    }

    /**
     * The format version a document declares, or 0 when it declares none as a whole number (the
     * binder then reports the field as for any other).
     */
    private static int declaredVersion(Node root) {
        Node version = ViolationMapper.locate(root, "/formatVersion");
        if (version instanceof Node.ScalarNode s && s.kind() == Node.Kind.INTEGER && s.text().length() < 10) {
            return Integer.parseInt(s.text());
        }
        return 0;
    }

    /**
     * Validates what did bind of the records that could not be built: each value on its own
     * constraints, and records inside it in full, so that a missing required field hides no other
     * problem of the same file. Editorial rules see only built records.
     */
    private void validateUnbuilt(Binder binder, Node root, Findings findings) {
        SourceMap sources = binder.sourceMap();
        for (Binder.Unbuilt unbuilt : binder.unbuilt()) {
            String at = unbuilt.at().toString();
            UnaryOperator<String> toSource = pointer -> at + sources.toSource(unbuilt, pointer);
            List<Property> properties = RecordShape.of(unbuilt.type()).properties();
            for (int i = 0; i < properties.size(); i++) {
                Object value = unbuilt.arguments()[i];
                if (value == null) {
                    continue;
                }
                String name = properties.get(i).name();
                ViolationMapper.report(validateValue(unbuilt.type(), name, value), root, toSource, binder.failedPointers(), findings);
                // Bean Validation does not cascade from a single value: records inside it are validated here.
                if (value instanceof Record record) {
                    ViolationMapper.report(validator.validate(record), root, p -> toSource.apply("/" + name + p),
                            binder.failedPointers(), findings);
                } else if (value instanceof List<?> list) {
                    for (int k = 0; k < list.size(); k++) {
                        if (list.get(k) instanceof Record record) {
                            String item = "/" + name + "/" + k;
                            ViolationMapper.report(validator.validate(record), root, p -> toSource.apply(item + p),
                                    binder.failedPointers(), findings);
                        }
                    }
                }
            }
        }
    }

    @SuppressWarnings("unchecked") // the binder made the value for this component of this record type
    private Set<ConstraintViolation<Object>> validateValue(Class<?> type, String name, Object value) {
        return validator.validateValue((Class<Object>) type, name, value);
    }

    /**
     * A file's result, and what the checks across files need: a valid file's id and related ids,
     * and the positions they report at. Only these positions are kept, not the tree: holding every
     * valid file's tree until the last file was loaded cost tens of kilobytes per file, most of the
     * memory of a large corpus and much of its garbage-collection time (see docs/performance.md).
     * The id is {@code null} for a file with errors. The positions are packed in one array (line
     * and column of the id, then of each related id), as a corpus of 100,000 files keeps 100,000 of
     * them until its last file is checked.
     */
    private record Loaded(LoadResult result, @Nullable String id, List<String> related, int[] positions) {
        private static final int[] NONE = new int[0];

        static Loaded failed(String source, Findings findings) {
            return new Loaded(new LoadResult(source, null, findings.sorted(Diagnostic.ORDER)), null, List.of(), NONE);
        }

        static Loaded valid(LoadResult result, Node root) {
            Condition condition = Objects.requireNonNull(result.condition());
            int[] positions = new int[2 + 2 * condition.related().size()];
            keep(positions, 0, root, "/id");
            for (int i = 0; i < condition.related().size(); i++) {
                keep(positions, 2 + 2 * i, root, "/related/" + i);
            }
            return new Loaded(result, condition.id(), condition.related(), positions);
        }

        private static void keep(int[] positions, int at, Node root, String pointer) {
            Node n = ViolationMapper.locate(root, pointer);
            positions[at] = n == null ? 1 : n.line();
            positions[at + 1] = n == null ? 1 : n.column();
        }

        /** The same, without the article: for {@link #checkAll}, which keeps only what crossFile reads. */
        Loaded withoutArticle() {
            return result.condition() == null ? this
                    : new Loaded(new LoadResult(result.source(), null, result.diagnostics()), id, related, positions);
        }

        /** The 1-based line and column of the id of a valid file. */
        int[] idAt() {
            return new int[] {positions[0], positions[1]};
        }

        /** The 1-based line and column of a related id of a valid file. */
        int[] relatedAt(int i) {
            return new int[] {positions[2 + 2 * i], positions[3 + 2 * i]};
        }
    }

    private static byte @Nullable [] readBytes(Path file, int maxDocumentSize, Findings findings) {
        try {
            return RegularFile.read(file, maxDocumentSize);
        } catch (RegularFile.Refused e) {
            if (e.tooLarge()) {
                findings.add(Rules.LIMIT, 1, 1, "", "The file " + e.getMessage() + ", over the limit of "
                        + maxDocumentSize + " (limit maxDocumentSize)");
            } else {
                findings.add(Rules.FILE_UNREADABLE, 1, 1, "", "The file " + e.getMessage());
            }
        } catch (NoSuchFileException e) {
            findings.add(Rules.FILE_UNREADABLE, 1, 1, "", "The file does not exist");
        } catch (AccessDeniedException e) {
            findings.add(Rules.FILE_UNREADABLE, 1, 1, "", "The file cannot be read: permission denied");
        } catch (IOException | OutOfMemoryError e) {
            findings.add(Rules.FILE_UNREADABLE, 1, 1, "", "The file cannot be read: " + e.getMessage());
        }
        return null;
    }

    private static List<Diagnostic> crossFile(List<Loaded> results) {
        List<Diagnostic> out = new ArrayList<>();
        Map<String, List<Loaded>> byId = new LinkedHashMap<>();
        for (Loaded r : results) {
            if (r.id() != null) {
                byId.computeIfAbsent(r.id(), k -> new ArrayList<>()).add(r);
            }
        }
        for (Map.Entry<String, List<Loaded>> e : byId.entrySet()) {
            List<Loaded> owners = e.getValue();
            if (owners.size() < 2) {
                continue;
            }
            for (Loaded here : owners) {
                List<String> others = owners.stream().filter(o -> o != here).map(o -> {
                    int[] at = o.idAt();
                    return o.result().source() + ":" + at[0] + ":" + at[1];
                }).toList();
                out.add(diagnostic(here, here.idAt(), "/id", Rules.DUPLICATE_ID, "The id \"" + e.getKey() + "\" is also used by "
                        + String.join(", ", others) + "; every article needs its own id"));
            }
        }
        for (Loaded r : results) {
            if (r.id() == null) {
                continue;
            }
            for (int i = 0; i < r.related().size(); i++) {
                String id = r.related().get(i);
                if (!byId.containsKey(id)) {
                    out.add(diagnostic(r, r.relatedAt(i), "/related/" + i, Rules.UNKNOWN_RELATED, "No article with the id \"" + id
                            + "\" is among the files checked; fix the id or add that article"));
                }
            }
        }
        return out;
    }

    private static Diagnostic diagnostic(Loaded file, int[] at, String pointer, Rule rule, String message) {
        return new Diagnostic(file.result().source(), at[0], at[1], pointer, rule.defaultSeverity(), rule.id(), message);
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
         * The largest document: in bytes for a file and for {@link ConditionLoader#load(String, byte[],
         * SourceFormat)}, in characters for text; larger ones are reported, not read.
         *
         * @param value the limit; defaults to 4 MiB (4,194,304)
         * @return {@code this}
         */
        public Builder maxDocumentSize(int value) {
            this.maxDocumentSize = value;
            return this;
        }

        /**
         * The deepest nesting of objects and lists. Articles need fewer than 10 levels.
         *
         * @param value the limit; defaults to 64
         * @return {@code this}
         */
        public Builder maxNestingDepth(int value) {
            this.maxNestingDepth = value;
            return this;
        }

        /**
         * The longest text value, in characters.
         *
         * @param value the limit; defaults to 100,000
         * @return {@code this}
         */
        public Builder maxStringLength(int value) {
            this.maxStringLength = value;
            return this;
        }

        /**
         * How many diagnostics one file reports at most; a last one counts the rest.
         *
         * @param value the limit; defaults to 200
         * @return {@code this}
         */
        public Builder maxDiagnosticsPerFile(int value) {
            this.maxDiagnosticsPerFile = value;
            return this;
        }

        /**
         * How many files {@link ConditionLoader#loadAll(Collection)} loads at once.
         *
         * @param value the number of threads; defaults to the number of processors
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
