package org.conditioncontent.maven;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
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
import org.conditioncontent.loader.rules.EditorialRule;
import org.conditioncontent.loader.report.VisibleText;
import org.conditioncontent.model.Condition;
import org.conditioncontent.render.Renderer;
import org.conditioncontent.render.Renderers;
import org.conditioncontent.render.export.ExportFile;
import org.conditioncontent.render.export.ExportPlan;
import org.conditioncontent.render.export.FolderSwap;
import org.conditioncontent.render.export.FolderTree;

/**
 * {@code conditions:export}: writes the same files as {@code conditions export} ({@link ExportPlan}):
 * {@code OUT/<format>/<id>.<ext>} for every article in every format and, with HTML, a site in
 * {@code OUT/html}: the A&ndash;Z index, the bundle {@code conditions.jsonl}, related articles
 * linked both ways and, with {@code <siteUrl>}, {@code sitemap.xml}. It validates first and
 * exports nothing when an article has errors. The export is built in a hidden folder inside the
 * output folder, and the format folders are then swapped in whole under a journal, as the command
 * does ({@link FolderSwap}): a failed export leaves the last good one, and the next build finishes
 * or removes one that a killed build left, and says so. As with the command, nothing else in the
 * output folder is touched, and the folders of other formats left there by an earlier export are
 * named in a warning. It is skipped when nothing that goes into it changed since the last one (the
 * articles, the rules configuration, the rules' and renderers' jars, the formats, the site's
 * address and the plugin's version) and the format folders still hold the files it wrote, by name
 * and size, as the compiler skips sources that did not change. It logs its findings as
 * {@code conditions:validate} does, and a skipped export logs those the last one found.
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

    /**
     * The clock the fingerprint's date is read from: UTC, as the rules' default clock, so that
     * the fingerprint changes with the day the rules judge dates against. A test sets another.
     */
    Clock clock = Clock.systemUTC();

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
        try (FolderSwap swap = FolderSwap.into(out)) {
            exportInto(swap, files, found, plan, stamp);
        }
    }

    /**
     * The export into a swap that is closed when it ends: another module of a build on several
     * threads with the same output folder is refused while this one runs (decision 205).
     */
    private void exportInto(FolderSwap swap, ArticleFiles files, Renderers found, ExportPlan plan, Path stamp)
            throws MojoExecutionException, MojoFailureException {
        Path out = swap.out();
        // First of all, as conditions export does: a build killed during the swap left some
        // formats new and others old, which the up-to-date check (its stamp deleted) or a failed
        // validation must not leave as they are.
        recover(swap);
        List<String> formatNames = plan.renderers().stream().map(Renderer::format).toList();
        String fingerprint = fingerprint(files, plan.renderers());
        ExportStamp last = ExportStamp.read(stamp);
        if (last != null && Files.isDirectory(out) && last.describes(fingerprint, written(out, formatNames))) {
            // The same findings as the export that ran, which the inputs unchanged would find
            // again: a build log that skips the export must not look clean when it is not.
            last.findings().forEach(f -> log(f.severity(), f.line()));
            getLog().info("conditions: export is up to date, nothing changed since the last one: " + out + "; " + last.summary()
                    + ", as the last export found");
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
        boolean cleaned = export(swap, plan, conditions, formatNames, stamp);
        if (!cleaned) {
            getLog().warn("conditions: " + VisibleText.of(FolderSwap.oldFoldersLeftNote(out)));
        }
        // What was written goes into the stamp, so that a damaged export is never up to date, and
        // what was found, so that an up-to-date build logs it again.
        ValidateMojo.write(stamp, new ExportStamp(fingerprint, written(out, formatNames), report.summary(),
                report.diagnostics().stream().map(ExportStamp.Finding::of).toList()).text());
        getLog().info("conditions: exported " + conditions.size() + " articles in " + plan.renderers().size() + " formats to " + out
                + "; " + report.summary());
        noteFoldersLeft(plan, found, out);
    }

    /**
     * Finishes or removes an export into the output folder that a killed build left, and says so
     * in the words of {@code conditions export}; also deletes the staging folders that versions of
     * the plugin before the journal left, {@code .conditions-new-RANDOM} and
     * {@code .conditions-old-RANDOM}, which no later build removed.
     */
    private void recover(FolderSwap swap) throws MojoExecutionException {
        try {
            swap.recover().ifPresent(done -> getLog().warn("conditions: " + VisibleText.of(done.note(swap.out()))));
        } catch (FolderSwap.Failure e) {
            throw switch (e.kind()) {
                case WORKSPACE_IN_THE_WAY -> new MojoExecutionException(e.path() + " is in the way: it is the export's working folder,"
                        + " but not a folder; remove it");
                case BUSY -> new MojoExecutionException(busy(swap, e), e);
                default -> new MojoExecutionException("Cannot recover the interrupted export in " + e.path() + ": " + reason(e)
                        + "; move " + FolderSwap.WORKSPACE + " out of the way to start afresh", e);
            };
        }
        if (!Files.isDirectory(swap.out())) {
            return; // no output folder yet: nothing was left in it
        }
        try (DirectoryStream<Path> earlier = Files.newDirectoryStream(swap.out(), ".conditions-{new,old}-*")) {
            for (Path folder : earlier) {
                if (Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
                    if (String.valueOf(folder.getFileName()).startsWith(".conditions-old-")) {
                        putBack(folder, swap.out());
                    }
                    FolderTree.delete(folder);
                    getLog().warn("conditions: deleted " + VisibleText.of(folder.toString())
                            + ", left by an export of an earlier version of the plugin that was interrupted");
                }
            }
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot delete what an interrupted export left in " + swap.out() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Moves back into the output folder each format folder that an earlier version of the plugin,
     * killed between its two renames, moved aside and never replaced: the last good export, which
     * deleting the staging folder would lose.
     */
    private void putBack(Path aside, Path out) throws IOException {
        try (DirectoryStream<Path> folders = Files.newDirectoryStream(aside)) {
            for (Path folder : folders) {
                Path target = out.resolve(folder.getFileName().toString());
                if (Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS) && !Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                    Files.move(folder, target, StandardCopyOption.ATOMIC_MOVE);
                    getLog().warn("conditions: put " + VisibleText.of(target.toString()) + " back from " + VisibleText.of(aside.toString())
                            + ", where an interrupted export of an earlier version of the plugin had moved it");
                }
            }
        }
    }

    /**
     * Writes the export into the swap's workspace, then swaps its format folders in under the
     * journal: as {@code conditions export}, the export replaces the folders of the formats it
     * writes and nothing else (decision 28: the output folder may hold the user's own files). A
     * failure before the swap, or one whose moves were put back, leaves the output folder as it
     * was and deletes the workspace; one that could not put them back leaves the journal, which
     * the next build replays.
     *
     * @return whether the workspace, with the previous export's folders, was deleted
     */
    private static boolean export(FolderSwap swap, ExportPlan plan, List<Condition> conditions, List<String> formats, Path stamp)
            throws MojoExecutionException {
        Path out = swap.out();
        Path staged = swap.staging();
        try {
            for (String format : formats) {
                swap.requireReplaceable(format); // before any file is written, not after all are
            }
            // The workspace, marked as this build's: from here it is this export's to delete.
            swap.begin();
            try {
                Files.createDirectories(staged);
                ExportFile.writeAll(plan.files(conditions), staged);
                for (String format : formats) {
                    Files.createDirectories(staged.resolve(format)); // a format with no file still gets its folder
                }
                // Until the stamp is written again the folder may be part old, part new: never up to date.
                Files.deleteIfExists(stamp);
                return swap.commit(formats);
            } catch (IOException | RuntimeException e) {
                try {
                    swap.abandon();
                } catch (IOException undeleted) {
                    e.addSuppressed(undeleted); // the next build removes it, and says so
                }
                throw e;
            }
        } catch (FolderSwap.Failure e) {
            throw new MojoExecutionException(switch (e.kind()) {
                case FOLDER_IN_THE_WAY -> "Cannot write the export to " + out + ": " + e.path() + " is in the way: it is a file or a link,"
                        + " not a folder; move it";
                case PUT_BACK -> "Cannot write the export to " + out + ": " + reason(e) + "; it is as it was";
                case LEFT_FOR_RECOVERY -> "Cannot write the export to " + out + ": " + reason(e) + "; the next export into it finishes this one";
                case BUSY -> busy(swap, e);
                default -> "Cannot write the export to " + out + ": " + reason(e);
            }, e);
        } catch (FileAlreadyExistsException e) {
            throw new MojoExecutionException("Cannot write the export to " + out + ": " + e.getFile() + " is in the way: it is a file or"
                    + " a link, not a folder; move it", e);
        } catch (IOException e) {
            // A renderer's or the bundle's failure to write too: ExportFile.writeAll gives its cause.
            throw new MojoExecutionException("Cannot write the export to " + out + ": " + e.getMessage(), e);
        }
    }

    /** Another export into the same folder is running: this one changed nothing. As a sentence of the log, capitalized. */
    private static String busy(FolderSwap swap, FolderSwap.Failure e) {
        String note = e.busyNote(swap.out());
        return Character.toUpperCase(note.charAt(0)) + note.substring(1);
    }

    /** What went wrong under a failure of the swap: its cause's message. */
    private static String reason(FolderSwap.Failure e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        return Objects.requireNonNullElse(cause.getMessage(), cause.getClass().getSimpleName());
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

    /**
     * The SHA-256 of everything the export and its findings depend on: the plugin's version, the
     * site's address, the renderers and their jars, the rules and their jars, the rules
     * configuration, today's date (the review and reference dates are judged against it) and each
     * article file by path and content.
     */
    private String fingerprint(ArticleFiles files, List<Renderer> renderers) throws MojoExecutionException {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            update(sha, "plugin " + pluginVersion());
            update(sha, "site " + Objects.requireNonNullElse(site(), ""));
            for (Renderer r : renderers) {
                update(sha, "renderer " + r.format() + " " + r.getClass().getName());
                jar(sha, r.getClass());
            }
            // The rules: the built-in ones' jar (a snapshot changes without a new version) and the
            // house rules of the plugin's dependencies. The stamp records the findings they made,
            // and an error stops the export, so a changed rule makes the export run again.
            update(sha, "rules");
            jar(sha, ConditionLoader.class);
            try {
                for (ServiceLoader.Provider<EditorialRule> rule
                        : ServiceLoader.load(EditorialRule.class, ExportMojo.class.getClassLoader()).stream().toList()) {
                    update(sha, "rule " + rule.type().getName());
                    jar(sha, rule.type());
                }
            } catch (ServiceConfigurationError e) {
                // Not loaded: building the loader fails with the message, after the check.
                update(sha, "rule not loaded " + e.getMessage());
            }
            // A review that falls due tomorrow is a finding tomorrow: an export is up to date for
            // the day it ran only.
            update(sha, "today " + LocalDate.now(clock));
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
        } catch (NoSuchAlgorithmException | URISyntaxException | IOException e) {
            throw new MojoExecutionException("Cannot tell whether the export is up to date: " + e.getMessage(), e);
        }
    }

    /** Adds the size and time of the jar a class comes from, when it comes from a file. */
    private static void jar(MessageDigest sha, Class<?> type) throws IOException, URISyntaxException {
        var source = type.getProtectionDomain().getCodeSource();
        if (source != null && source.getLocation() != null && "file".equals(source.getLocation().getProtocol())) {
            Path jar = Path.of(source.getLocation().toURI());
            update(sha, "jar " + Files.size(jar) + " " + Files.getLastModifiedTime(jar).toMillis());
        }
    }

    private static void update(MessageDigest sha, String text) {
        sha.update(text.getBytes(UTF_8));
        sha.update((byte) 0);
    }}
