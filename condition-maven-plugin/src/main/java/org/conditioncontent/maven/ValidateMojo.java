package org.conditioncontent.maven;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.conditioncontent.loader.ArticleFiles;
import org.conditioncontent.loader.ConditionLoader;
import org.conditioncontent.loader.CorpusResult;
import org.conditioncontent.loader.Severity;
import org.conditioncontent.loader.report.ReportFormat;
import org.conditioncontent.loader.report.ValidationReport;

/**
 * {@code conditions:validate}: checks the articles as {@code conditions validate} does, logs every
 * finding as {@code FILE:LINE:COLUMN: SEVERITY: MESSAGE [RULE]} (which IDEs turn into links),
 * writes the reports under {@code target/conditions/} (having deleted those an earlier run left
 * there), and fails the build when a finding is at
 * or above {@code failOn} or there are more warnings than {@code maxWarnings}. A build that
 * passes logs one summary line.
 */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class ValidateMojo extends ArticlesMojo {

    /** How many findings the failure message quotes; the log above it has them all. */
    static final int QUOTED = 3;

    /** The least severity that fails the build: {@code error} or {@code warning}. */
    @Parameter(property = "conditions.failOn", defaultValue = "error")
    private String failOn = "error";

    /** The most warnings a passing build may have; -1 for no limit. */
    @Parameter(property = "conditions.maxWarnings", defaultValue = "-1")
    private int maxWarnings = -1;

    /** The reports to write: any of {@code sarif}, {@code junit}, {@code json}, {@code text}, {@code github}. */
    @Parameter(defaultValue = "sarif,junit,json")
    private List<String> reports = new ArrayList<>();

    /** Creates the goal; Maven calls this. */
    public ValidateMojo() {}

    /**
     * Checks the articles.
     *
     * @throws MojoExecutionException if the goal cannot do its job (a bad option, a missing
     *     folder, a bad rules configuration, an unwritable report)
     * @throws MojoFailureException if the articles have findings at or above {@code failOn}, or
     *     more warnings than {@code maxWarnings}
     */
    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        Log log = getLog();
        if (skip()) {
            log.info("conditions: validation skipped");
            return;
        }
        // An earlier run's reports go first: one this run does not write, or that a configuration
        // error below (failOn's included) stops it from writing, would be taken for this run's by a
        // step that uploads it.
        deleteReports();
        Severity threshold = switch (failOn.strip().toLowerCase(Locale.ROOT)) {
            case "error" -> Severity.ERROR;
            case "warning" -> Severity.WARNING;
            default -> throw new MojoExecutionException("failOn must be error or warning, not " + failOn);
        };
        List<ReportFormat> formats = new ArrayList<>();
        for (String name : reports) {
            formats.add(format(name));
        }
        ArticleFiles files = articleFiles();
        if (files == null) {
            return;
        }
        ConditionLoader loader = loader();
        CorpusResult corpus = loader.loadAll(files);
        ValidationReport report = ValidationReport.of(corpus, loader.rules(), basedir().toPath(), pluginVersion());
        log(report.diagnostics());
        for (ReportFormat format : formats) {
            write(report(format), format.render(report));
        }
        String summary = "conditions: " + report.summary();
        long warnings = report.count(Severity.WARNING);
        if (report.hasAtLeast(threshold)) {
            long failing = report.diagnostics().stream().filter(d -> d.severity().isAtLeast(threshold)).count();
            throw new MojoFailureException(summary + "; " + failing + (failing == 1 ? " finding" : " findings")
                    + " at or above " + threshold.label() + ", the first:" + first(report, threshold));
        }
        if (maxWarnings >= 0 && warnings > maxWarnings) {
            throw new MojoFailureException(summary + "; more than maxWarnings " + maxWarnings + ", the first:"
                    + first(report, Severity.WARNING));
        }
        log.info(summary);
    }

    /** The file a report is written to. */
    private Path report(ReportFormat format) {
        return reportsDirectory().toPath().resolve("conditions." + format.fileExtension());
    }

    /** Deletes the report files this goal writes, whichever are there. */
    private void deleteReports() throws MojoExecutionException {
        for (ReportFormat format : ReportFormat.values()) {
            Path file = report(format);
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                throw new MojoExecutionException("Cannot delete the earlier report " + file + ": " + e.getMessage(), e);
            }
        }
    }

    private static ReportFormat format(String name) throws MojoExecutionException {
        for (ReportFormat f : ReportFormat.values()) {
            if (f.toString().equals(name.strip().toLowerCase(Locale.ROOT))) {
                return f;
            }
        }
        throw new MojoExecutionException("Unknown report " + name + "; the reports are sarif, junit, json, text and github");
    }

    /** The first findings at or above a severity, one a line. */
    private static String first(ValidationReport report, Severity threshold) {
        StringBuilder lines = new StringBuilder();
        report.diagnostics().stream().filter(d -> d.severity().isAtLeast(threshold)).limit(QUOTED)
                .forEach(d -> lines.append('\n').append(ValidationReport.line(d)));
        return lines.toString();
    }

    /**
     * Writes a file whole or not at all: a temporary file beside it, then a move. The temporary
     * file is made as any new file is, with the permissions the umask gives, as the command's
     * files are; {@link Files#createTempFile} would make it, and so the file, its owner's only.
     */
    static void write(Path file, String text) throws MojoExecutionException {
        try {
            Files.createDirectories(file.getParent());
            String random = Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36);
            Path temporary = file.resolveSibling("." + file.getFileName() + "." + random + ".tmp");
            try {
                Files.writeString(temporary, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
