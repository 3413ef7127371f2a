package org.conditioncontent.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.conditioncontent.loader.ConditionLoader;
import org.conditioncontent.loader.CorpusResult;
import org.conditioncontent.loader.LoadResult;
import org.conditioncontent.loader.Severity;
import org.conditioncontent.loader.report.ReportFormat;
import org.conditioncontent.loader.report.ValidationReport;
import org.conditioncontent.loader.report.VisibleText;
import org.conditioncontent.model.Condition;
import org.conditioncontent.render.Renderer;
import org.conditioncontent.render.Renderers;
import org.conditioncontent.render.export.ExportFile;
import org.conditioncontent.render.export.ExportPlan;
import org.conditioncontent.render.export.FolderSwap;
import org.conditioncontent.render.html.Sitemap;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;

/**
 * {@code conditions export --out DIR [--format FORMAT[,FORMAT...]] PATH...}: validates every
 * article, and only if none has errors writes {@code DIR/<format>/<id>.<ext>} for each article
 * and format, plus {@code DIR/html/index.html} when HTML is among the formats. The rules are
 * configured as for {@code validate} ({@code --config FILE}, else {@code conditions.yaml}).
 *
 * <p>Every document is rendered into a workspace before anything is replaced, and each format's
 * folder is then swapped whole (see {@link StagedExport}), so an export that fails or is stopped
 * leaves the last good one as it was, and one that is killed is finished by the next.
 */
final class ExportCommand implements Callable<Integer> {

    /**
     * The most export threads with which the bundle's pass also writes the JSON files (decision
     * 90): about a fifth of the work on one thread ends before the rest on up to four.
     */
    static final int MAX_THREADS_FOR_ONE_PASS = 4;

    /**
     * What a refused export ends with on standard error, after the reason: the findings alone
     * read like a validate step's in a CI log (as {@code migrate} ends with "nothing was written").
     */
    static final String NOTHING_EXPORTED = "nothing was exported";

    private final Invocation invocation;
    private final Streams streams;

    private final CommandSpec spec;

    private final OptionSpec outDir = OptionSpec.builder("--out").paramLabel("DIR").type(Path.class).required(true)
            .description("The folder to write into; created if needed.").build();

    private final OptionSpec formats = OptionSpec.builder("--format").paramLabel("FORMAT")
            .type(List.class).auxiliaryTypes(String.class).splitRegex(",")
            .description("The formats to write, comma-separated (default: every format 'conditions formats' lists).")
            .build();

    private final OptionSpec siteUrl = OptionSpec.builder("--site-url").paramLabel("URL").type(String.class)
            .description("The address the html folder is published at (https://example.org/conditions/); with it, html/sitemap.xml is written.")
            .build();

    private final PluginsOption plugins = new PluginsOption();

    private final ConfigOption config = new ConfigOption();

    private final FollowLinksOption links = new FollowLinksOption();

    private final PositionalParamSpec paths = CommandModel.articlePaths();

    /**
     * Creates the subcommand.
     *
     * @param invocation where messages go, and the working directory
     */
    ExportCommand(Invocation invocation) {
        this.invocation = invocation;
        this.streams = invocation.streams();
        spec = CommandModel.of(this, "export").addOption(outDir).addOption(formats).addOption(siteUrl).addPositional(paths);
        plugins.addTo(spec);
        config.addTo(spec);
        links.addTo(spec);
        spec.usageMessage()
                .description(
                        "Validates articles, then writes each one in every format.",
                        "Writes DIR/<format>/<id>.<ext> for each article and format. With html, the",
                        "html folder is a site: index.html (A-Z, with other names), conditions.jsonl",
                        "(every article, one a line) and, with --site-url, sitemap.xml.",
                        "If any article has errors, its findings go to standard error and nothing is",
                        "written. Each format's folder is replaced whole, in one step: an export that",
                        "fails or is stopped leaves the last good one as it was, and the next export",
                        "finishes one that was killed. DIR may not be an input folder, the folder of",
                        "an input file, or inside either: the next run would read the exports.",
                        "Symbolic links that lead out of the folders given are reported, not read,",
                        "unless --follow-links is given (docs/safety.md).",
                        "The rules are configured as for 'conditions validate'.")
                .exitCodeList(CommandModel.exitCodes(
                        "0:the articles were exported",
                        "1:an article has errors; nothing was written",
                        "2:the command could not do its job (bad option or configuration, missing path, unwritable output)"))
                .footer("%nExample:%n  conditions export --out target/exports --format html,json examples/conditions");
    }

    /**
     * The command's model: its name, help text and options.
     *
     * @return the model, to add to the command line
     */
    CommandSpec spec() {
        return spec;
    }

    /**
     * Validates, then exports.
     *
     * @return 0 when exported, 1 when an article has errors (nothing is written)
     * @throws ParameterException if no renderer has a requested format
     * @throws CommandFailure if a path does not exist, the output cannot be written, or a plug-in
     *     cannot be loaded
     * @throws org.conditioncontent.loader.rules.RulesConfigException if the rules configuration
     *     cannot be used
     */
    @Override
    public Integer call() {
        try (Plugins opened = plugins.open(invocation)) {
            return run(opened);
        }
    }

    private Integer run(Plugins opened) {
        Path outDir = this.outDir.getValue();
        @Nullable String siteUrl = this.siteUrl.getValue();
        List<Path> paths = this.paths.getValue();
        if (outDir.toString().isEmpty()) {
            throw new ParameterException(spec.commandLine(),
                    "--out must name a folder; an empty one would write into the current folder");
        }
        List<Renderer> renderers = renderers(opened);
        // Renderers are thread-safe (the SPI's contract), and rendering is most of an export's work.
        int parallelism = Runtime.getRuntime().availableProcessors();
        if (siteUrl != null) {
            try {
                Sitemap.render(List.of(), siteUrl);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "--site-url: " + e.getMessage());
            }
        }
        ExportPlan plan = plan(renderers, siteUrl, parallelism);
        Path out = invocation.resolve(outDir);
        OutputFolder.checkApartFromInputs(out, outDir, paths.stream().map(invocation::resolve).toList(), paths,
                renderers.stream().map(Renderer::format).toList());
        ConditionLoader loader = Articles.loader(RulesConfiguration.ruleSet(config.file(), invocation, opened), links.follow());
        CorpusResult result = Articles.loadAll(loader, paths, invocation, config.file());
        if (result.hasAtLeast(Severity.ERROR)) {
            streams.err().print(ReportFormat.TEXT.render(
                    ValidationReport.of(result, loader.rules(), invocation.workingDirectory(), ManifestVersion.version())));
            // The report alone reads like a validate step's; in a CI log, this line tells a refused export apart.
            streams.err().println("conditions: " + NOTHING_EXPORTED + ": fix the errors above and export again");
            return Exit.PROBLEMS;
        }
        result.diagnostics().forEach(d -> streams.err().println(ValidationReport.line(d))); // warnings: worth seeing, not stopping for
        if (clashesWithIndex(plan, result)) {
            return Exit.PROBLEMS;
        }
        List<Condition> conditions = result.conditions();
        try (StagedExport export = StagedExport.open(out, line -> streams.err().println("conditions: " + VisibleText.of(line)))) {
            export.stageAll(documents(plan, conditions, export), parallelism);
            if (!export.commit(renderers.stream().map(Renderer::format).toList())) {
                streams.err().println("conditions: " + VisibleText.of(FolderSwap.oldFoldersLeftNote(out)));
            }
        }
        streams.err().println("Exported " + count(conditions.size(), "article") + " in "
                + count(renderers.size(), "format") + " to " + VisibleText.of(outDir.toString()));
        noteFoldersLeft(plan, opened.renderers().formats(), out, outDir);
        return Exit.OK;
    }

    /**
     * Names the folders of other formats in the output folder, which this export left as they
     * were ({@link ExportPlan#formatsLeft}).
     */
    private void noteFoldersLeft(ExportPlan plan, List<String> known, Path out, Path outDir) {
        List<String> left = plan.formatsLeft(out, known);
        if (!left.isEmpty()) {
            streams.err().println("conditions: " + ExportPlan.foldersLeftNote(
                    left.stream().map(format -> VisibleText.of(outDir.resolve(format).toString())).toList()));
        }
    }

    /**
     * What this export writes ({@link ExportPlan}): the bundle writes the JSON files (each article
     * made into JSON once) on up to {@link #MAX_THREADS_FOR_ONE_PASS} threads; past that, that one
     * pass would end after the rest, and the JSON files are written on every thread instead.
     *
     * @param renderers the formats, each once
     * @param siteUrl the site's address, or {@code null}
     * @param parallelism how many threads write the files
     * @return the plan
     */
    static ExportPlan plan(List<Renderer> renderers, @Nullable String siteUrl, int parallelism) {
        return ExportPlan.builder().renderers(renderers).siteUrl(siteUrl)
                .jsonFilesFromBundle(parallelism <= MAX_THREADS_FOR_ONE_PASS).build();
    }

    /**
     * The files of the export, in the order a failure is looked for in: each article in each
     * format, then the site's index, bundle and sitemap. When the bundle writes the JSON files,
     * they are not documents of their own: a JSON file that cannot be written fails the bundle,
     * so a failure among them is reported after those of the other formats' files.
     */
    private static List<StagedExport.Document> documents(ExportPlan plan, List<Condition> conditions, StagedExport export) {
        // The text is the article's JSON made and encoded once by the bundle (a Utf8Text): the
        // file's writer copies its bytes as they are (decision 111).
        ExportFile.FileSink others = (path, text) -> export.stage(path, w -> w.append(text));
        List<ExportFile> files = plan.files(conditions);
        List<StagedExport.Document> documents = new ArrayList<>(files.size());
        for (ExportFile file : files) {
            documents.add(new StagedExport.Document(file.path(), w -> file.content().write(w, others), file.wholeCorpus()));
        }
        return documents;
    }

    /** The renderers of the requested formats, each once, in the order given; by default all. */
    private List<Renderer> renderers(Plugins opened) {
        @Nullable List<String> formats = this.formats.getValue();
        Renderers found = opened.renderers();
        if (formats == null || formats.isEmpty()) {
            return found.all();
        }
        Set<String> names = new LinkedHashSet<>();
        formats.forEach(name -> names.add(name.strip()));
        List<Renderer> chosen = new ArrayList<>(names.size());
        for (String name : names) {
            chosen.add(found.find(name).orElseThrow(() -> new ParameterException(spec.commandLine(),
                    "Unknown format '" + name + "'; known formats: " + String.join(", ", found.formats()))));
        }
        return chosen;
    }

    /** An article with the id "index" would overwrite the index page: say so and export nothing. */
    private boolean clashesWithIndex(ExportPlan plan, CorpusResult result) {
        for (LoadResult file : result.files()) {
            if (file.condition() != null && plan.overwritesIndex(file.condition())) {
                streams.err().println("conditions: " + VisibleText.of(file.source()) + ": " + ExportPlan.OVERWRITES_INDEX
                        + "; " + NOTHING_EXPORTED);
                return true;
            }
        }
        return false;
    }

    /** "1 article", "3 articles". */
    static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
