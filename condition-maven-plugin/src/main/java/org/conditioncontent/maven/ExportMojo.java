package org.conditioncontent.maven;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.conditioncontent.loader.ArticleFiles;
import org.conditioncontent.loader.ConditionLoader;
import org.conditioncontent.loader.CorpusResult;
import org.conditioncontent.loader.LoadResult;
import org.conditioncontent.loader.Severity;
import org.conditioncontent.loader.report.ValidationReport;
import org.conditioncontent.loader.report.VisibleText;
import org.conditioncontent.model.Condition;
import org.conditioncontent.render.Renderer;
import org.conditioncontent.render.Renderers;
import org.conditioncontent.render.export.ExportFile;
import org.conditioncontent.render.export.ExportPlan;
import org.jspecify.annotations.Nullable;

/**
 * {@code conditions:export}: writes the same files as {@code conditions export} ({@link ExportPlan}):
 * {@code OUT/<format>/<id>.<ext>} for every article in every format and, with HTML, a site in
 * {@code OUT/html}: the A&ndash;Z index, the bundle {@code conditions.jsonl}, related articles
 * linked both ways and, with {@code <siteUrl>}, {@code sitemap.xml}. It validates first and
 * exports nothing when an article has errors. The export is built in a folder beside the output,
 * and each format's folder is then moved into place whole, so a failed export leaves the last good
 * one; as with the command, nothing else in the output folder is touched, and the folders of other
 * formats left there by an earlier export are named in a warning. It is skipped when
 * nothing that goes into it changed since the last one (the articles, the rules configuration,
 * the formats, the renderers' jars, the site's address and the plugin's version) and the format
 * folders still hold the files it wrote, by name and size, as the compiler skips sources that did
 * not change. It logs its findings as {@code conditions:validate} does.
 */
@Mojo(name = "export", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class ExportMojo extends ArticlesMojo {

    /** The formats to write (default: every renderer found, the plugin's dependencies' included). */
    @Parameter(property = "conditions.formats")
    private List<String> formats = new ArrayList<>();

    /**
     * The address the export's {@code html} folder is published at, such as
     * {@code https://example.org/conditions/}; with it, {@code html/sitemap.xml} is written
     * (default: none, and no sitemap). As {@code conditions export --site-url}.
     */
    @Parameter(property = "conditions.siteUrl")
    private String siteUrl;

    /** Creates the goal; Maven calls this. */
    public ExportMojo() {}

    /**
     * Validates, then exports.
     *
     * @throws MojoExecutionException if the export cannot be written, a format is unknown, a
     *     renderer cannot be loaded or {@code <siteUrl>} is not a web address
     * @throws MojoFailureException if an article has errors
     */
    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip()) {
            getLog().info("conditions: export skipped");
            return;
        }
        ArticleFiles files = articleFiles();
        if (files == null) {
            return;
        }
        Renderers found = renderersFound();
        ExportPlan plan = plan(renderers(found));
        Path out = outputDirectory().toPath().toAbsolutePath().normalize();
        Path stamp = out.resolveSibling(out.getFileName() + ".sha256");
        List<String> formatNames = plan.renderers().stream().map(Renderer::format).toList();
        String fingerprint = fingerprint(files, plan.renderers());
        if (Files.isDirectory(out) && (fingerprint + "\n" + written(out, formatNames)).equals(read(stamp))) {
            getLog().info("conditions: export is up to date, nothing changed since the last one: " + out);
            noteFoldersLeft(plan, found, out);
            return;
        }
        ConditionLoader loader = loader();
        CorpusResult corpus = loader.loadAll(files);
        ValidationReport report = ValidationReport.of(corpus, loader.rules(), basedir().toPath(), pluginVersion());
        log(report.diagnostics());
        if (corpus.hasAtLeast(Severity.ERROR)) {
            throw new MojoFailureException("conditions: " + corpus.count(Severity.ERROR) + " errors; nothing was exported");
        }
        List<Condition> conditions = corpus.conditions();
        for (LoadResult file : corpus.files()) {
            // Its page would be overwritten by the index page, as conditions export refuses.
            if (file.condition() != null && plan.overwritesIndex(file.condition())) {
                throw new MojoFailureException("conditions: " + VisibleText.of(file.source()) + ": " + ExportPlan.OVERWRITES_INDEX
                        + "; nothing was exported");
            }
        }
        try {
            Files.createDirectories(out);
            Path staged = newFolder(out, "new");
            Path left;
            try {
                for (ExportFile file : plan.files(conditions)) {
                    // The bundle writes the JSON files as it goes, from the JSON it makes for its lines.
                    write(staged, file.path(), w -> file.content().write(w, (path, text) -> {
                        try {
                            write(staged, path, x -> x.append(text));
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }));
                }
                // Until the stamp is written again the folder may be part old, part new: never up to date.
                Files.deleteIfExists(stamp);
                left = swap(out, staged, formatNames);
            } catch (IOException | RuntimeException e) {
                deleteAfter(e, staged);
                throw e;
            }
            deleteAfter(null, staged);
            if (left != null) {
                getLog().warn("conditions: the export is complete, but the previous one's folders could not be deleted from " + left
                        + "; delete that folder");
            }
            // What was written goes into the stamp, so that a damaged export is never up to date.
            ValidateMojo.write(stamp, fingerprint + "\n" + written(out, formatNames));
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot write the export to " + out + ": " + e.getMessage(), e);
        } catch (UncheckedIOException e) {
            // A renderer's or the bundle's failure to write: its cause says what.
            throw new MojoExecutionException("Cannot write the export to " + out + ": " + e.getCause().getMessage(), e);
        }
        getLog().info("conditions: exported " + conditions.size() + " articles in " + plan.renderers().size() + " formats to " + out
                + "; " + report.summary());
        noteFoldersLeft(plan, found, out);
    }

    /**
     * Warns of the folders of other formats in the output folder, which the export left as they
     * were, as {@code conditions export} names them ({@link ExportPlan#formatsLeft}).
     */
    private void noteFoldersLeft(ExportPlan plan, Renderers found, Path out) {
        List<String> left = plan.formatsLeft(out, found.formats());
        if (!left.isEmpty()) {
            getLog().warn("conditions: " + ExportPlan.foldersLeftNote(
                    left.stream().map(format -> VisibleText.of(out.resolve(format).toString())).toList()));
        }
    }

    /** Writes one file of the export, its folders made first. */
    private static void write(Path staged, String path, FileContent content) throws IOException {
        Path file = staged.resolve(path);
        Files.createDirectories(file.getParent());
        try (Writer w = Files.newBufferedWriter(file, UTF_8)) {
            content.writeTo(w);
        }
    }

    /** What a file holds. */
    @FunctionalInterface
    private interface FileContent {
        void writeTo(Writer out) throws IOException;
    }

    /** The site's address as given, without spaces around it; {@code null} when none is given. */
    private String site() {
        return siteUrl == null || siteUrl.isBlank() ? null : siteUrl.strip();
    }

    /** The export's files: the formats asked for, and the site's address. */
    private ExportPlan plan(List<Renderer> renderers) throws MojoExecutionException {
        ExportPlan.Builder plan = ExportPlan.builder().renderers(renderers);
        try {
            plan.siteUrl(site());
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("<siteUrl> (conditions.siteUrl): " + e.getMessage(), e);
        }
        return plan.build();
    }

    /** The renderers the plugin's class loader finds, its dependencies' included. */
    private static Renderers renderersFound() throws MojoExecutionException {
        try {
            return Renderers.builder().discover(ExportMojo.class.getClassLoader()).build();
        } catch (IllegalStateException | IllegalArgumentException e) {
            throw new MojoExecutionException("A renderer of the plugin's dependencies cannot be loaded: " + e.getMessage(), e);
        }
    }

    /** The renderers of the formats asked for, each once; by default every one found. */
    private List<Renderer> renderers(Renderers found) throws MojoExecutionException {
        if (formats.isEmpty()) {
            return found.all();
        }
        Set<String> names = new LinkedHashSet<>();
        formats.forEach(f -> names.add(f.strip()));
        List<Renderer> chosen = new ArrayList<>();
        for (String name : names) {
            chosen.add(found.find(name).orElseThrow(() -> new MojoExecutionException(
                    "Unknown format " + name + "; the formats found are " + String.join(", ", found.formats()))));
        }
        return chosen;
    }

    /**
     * Moves each format's staged folder into the output folder, in place of the one there, which
     * goes aside and is deleted once all are in: as {@code conditions export}, the export replaces
     * the folders of the formats it writes and nothing else (decision 28: the output folder may hold
     * the user's own files). When a move fails, those done are undone and the old folders put back;
     * an old folder that cannot be put back is left in the output folder, not deleted.
     *
     * @return {@code null}, or the folder of the old ones when the export is in place but that
     *     folder could not be deleted
     */
    private static @Nullable Path swap(Path out, Path staged, List<String> formats) throws IOException {
        Path old = newFolder(out, "old");
        int begun = 0;
        try {
            for (String format : formats) {
                Path target = out.resolve(format);
                Path fresh = Files.createDirectories(staged.resolve(format)); // a format with no file still gets its folder
                begun++;
                if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                    Files.move(target, old.resolve(format), StandardCopyOption.ATOMIC_MOVE);
                }
                Files.move(fresh, target, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            boolean undone = true;
            for (int i = begun - 1; i >= 0; i--) {
                String format = formats.get(i);
                try {
                    if (!Files.exists(staged.resolve(format), LinkOption.NOFOLLOW_LINKS)) {
                        Files.move(out.resolve(format), staged.resolve(format), StandardCopyOption.ATOMIC_MOVE);
                    }
                    if (Files.exists(old.resolve(format), LinkOption.NOFOLLOW_LINKS)) {
                        Files.move(old.resolve(format), out.resolve(format), StandardCopyOption.ATOMIC_MOVE);
                    }
                } catch (IOException undo) {
                    undone = false;
                    e.addSuppressed(undo);
                }
            }
            if (undone) {
                deleteAfter(e, old);
            }
            throw e;
        }
        try {
            delete(old);
            return null;
        } catch (IOException e) {
            return old;
        }
    }

    /**
     * Deletes a staging folder after the export, or after its failure, which stays the error
     * reported: a folder that cannot be deleted then is added to it, not put in its place.
     */
    private static void deleteAfter(@Nullable Exception failure, Path folder) throws IOException {
        try {
            delete(folder);
        } catch (IOException e) {
            if (failure == null) {
                throw e;
            }
            failure.addSuppressed(e);
        }
    }

    /**
     * A new hidden folder inside the output folder, {@code .conditions-KIND-RANDOM}, as
     * {@code conditions export} stages its own: inside, so that the moves never cross from one file
     * system to another (an output folder that is a link or a mount point), and hidden, so that the
     * plugin's folder search passes over one left by a build that was killed. Made as any folder
     * is, with the permissions the umask gives, not those of {@link Files#createTempDirectory}
     * (its owner's only), which the format folders moved out of it would not have, but which a
     * folder left by a failed swap would.
     */
    private static Path newFolder(Path out, String kind) throws IOException {
        while (true) {
            String random = Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36);
            try {
                return Files.createDirectory(out.resolve(".conditions-" + kind + "-" + random));
            } catch (FileAlreadyExistsException e) {
                // another build's, or a left-over: another name
            }
        }
    }

    /**
     * What the export's format folders hold: each file's path and size, sorted, as a SHA-256. A
     * file deleted, added or cut short since the last export makes it differ; the contents are
     * not read, which would cost as much as the export.
     */
    static String written(Path out, List<String> formats) throws MojoExecutionException {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String format : formats) {
                Path folder = out.resolve(format);
                if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
                    update(sha, "missing " + format);
                    continue;
                }
                try (Stream<Path> all = Files.walk(folder)) {
                    for (Path p : all.sorted().toList()) {
                        String name = out.relativize(p).toString().replace(File.separatorChar, '/');
                        update(sha, Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) ? name + " " + Files.size(p) : name + "/");
                    }
                }
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException | IOException | UncheckedIOException e) {
            throw new MojoExecutionException("Cannot tell whether the export is up to date: " + e.getMessage(), e);
        }
    }

    private static void delete(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /**
     * Adds a file's bytes to the digest a buffer at a time, when it is a regular file: a device such
     * as {@code /dev/zero} behind a committed {@code conditions.yaml} link, or a file of gigabytes,
     * must not fill the memory here, before the loader's own checks refuse it with a message.
     * Anything else adds a marker, and the load that follows reports it.
     */
    private static void digest(MessageDigest sha, Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            update(sha, "not a regular file");
            return;
        }
        byte[] buffer = new byte[8192];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                sha.update(buffer, 0, n);
            }
        }
    }

    /** The SHA-256 of everything the export depends on. */
    private String fingerprint(ArticleFiles files, List<Renderer> renderers) throws MojoExecutionException {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            update(sha, "plugin " + pluginVersion());
            update(sha, "site " + Objects.requireNonNullElse(site(), ""));
            for (Renderer r : renderers) {
                update(sha, "renderer " + r.format() + " " + r.getClass().getName());
                var source = r.getClass().getProtectionDomain().getCodeSource();
                if (source != null && source.getLocation() != null && "file".equals(source.getLocation().getProtocol())) {
                    Path jar = Path.of(source.getLocation().toURI());
                    update(sha, "jar " + Files.size(jar) + " " + Files.getLastModifiedTime(jar).toMillis());
                }
            }
            if (configFile().exists()) {
                update(sha, "config");
                digest(sha, configFile().toPath());
            }
            for (Path file : files.files()) {
                String refused = files.refused().get(file);
                if (refused != null) {
                    // Not read: the load reports it, and no export with it is ever up to date.
                    update(sha, "refused " + file + " " + refused);
                    continue;
                }
                update(sha, "file " + file);
                digest(sha, file);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException | java.net.URISyntaxException | IOException e) {
            throw new MojoExecutionException("Cannot tell whether the export is up to date: " + e.getMessage(), e);
        }
    }

    private static void update(MessageDigest sha, String text) {
        sha.update(text.getBytes(UTF_8));
        sha.update((byte) 0);
    }

    private static String read(Path stamp) {
        try {
            return Files.isRegularFile(stamp) ? Files.readString(stamp, UTF_8) : "";
        } catch (IOException e) {
            return ""; // an unreadable stamp means: export again
        }
    }
}
