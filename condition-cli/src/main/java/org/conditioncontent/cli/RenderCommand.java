package org.conditioncontent.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.concurrent.Callable;
import org.conditioncontent.loader.ConditionLoader;
import org.conditioncontent.loader.Diagnostic;
import org.conditioncontent.loader.LoadResult;
import org.conditioncontent.loader.report.ValidationReport;
import org.conditioncontent.loader.report.VisibleText;
import org.conditioncontent.model.Condition;
import org.conditioncontent.render.Renderer;
import org.conditioncontent.render.Renderers;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;

/**
 * {@code conditions render --format FORMAT [--out FILE] FILE}: renders one article to standard
 * output, or writes it atomically to a file. An article with errors is not rendered: its
 * diagnostics go to standard error and the exit code is 1. Warnings are shown and do not stop it.
 * The rules are configured as for {@code validate}, so that an article that would not export does
 * not render either.
 */
final class RenderCommand implements Callable<Integer> {

    private final Invocation invocation;
    private final Streams streams;

    private final CommandSpec spec;

    private final OptionSpec format = OptionSpec.builder("--format").paramLabel("FORMAT")
            .type(String.class).required(true)
            .description("The format, such as text, html or json.").build();

    private final OptionSpec out = OptionSpec.builder("--out").paramLabel("FILE").type(Path.class)
            .description("Write the document to this file instead of standard output; its folder is created if needed.")
            .build();

    private final PluginsOption plugins = new PluginsOption();

    private final ConfigOption config = new ConfigOption();

    private final PositionalParamSpec file = PositionalParamSpec.builder().paramLabel("FILE").required(true)
            .type(Path.class).converters(PathArgument.READ)
            .description("The article file (.json, .yaml or .yml).").build();

    /**
     * Creates the subcommand.
     *
     * @param invocation where the document and messages go, and the working directory
     */
    RenderCommand(Invocation invocation) {
        this.invocation = invocation;
        this.streams = invocation.streams();
        spec = CommandModel.of(this, "render").addOption(format).addOption(out).addPositional(file);
        plugins.addTo(spec);
        config.addTo(spec);
        spec.usageMessage()
                .description(
                        "Renders one article to standard output or a file.",
                        "The formats are those 'conditions formats' lists. An article with errors is",
                        "not rendered: its findings go to standard error. The rules are configured as",
                        "for 'conditions validate'.")
                .exitCodeList(CommandModel.exitCodes(
                        "0:the article was rendered",
                        "1:the article has errors; nothing was written",
                        "2:the command could not do its job (bad option or configuration, missing file, unwritable output)"))
                .footer("%nExample:%n  conditions render --format text examples/conditions/dehydration.yaml",
                        // Each example fits in picocli's 80 columns: a longer one is wrapped, and
                        // its first line, copied, fails for want of the FILE.
                        "  conditions render --format html examples/conditions/dehydration.yaml > d.html");
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
     * Loads the article and renders it.
     *
     * @return 0 when rendered, 1 when the article has errors
     * @throws ParameterException if no renderer has the format
     * @throws CommandFailure if the file does not exist, the output cannot be written, or a plug-in
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
        String format = this.format.getValue();
        @Nullable Path out = this.out.getValue();
        Path file = this.file.getValue();
        Renderers renderers = opened.renderers();
        Renderer renderer = renderers.find(format).orElseThrow(() -> new ParameterException(spec.commandLine(),
                "Unknown format '" + format + "'; known formats: " + String.join(", ", renderers.formats())));
        if (out != null) {
            checkOut(out, file);
        }
        ConditionLoader loader = Articles.loader(RulesConfiguration.ruleSet(config.file(), invocation, opened));
        LoadResult result = Articles.load(loader, file, invocation);
        for (Diagnostic d : result.diagnostics()) {
            streams.err().println(ValidationReport.line(d));
        }
        Condition condition = result.condition();
        if (condition == null) {
            return Exit.PROBLEMS;
        }
        if (out == null) {
            // Bytes, not text: the document is UTF-8 whatever the stream's charset.
            byte[] document = renderer.render(condition).getBytes(UTF_8);
            streams.out().write(document, 0, document.length);
        } else {
            write(out, renderer, condition);
        }
        return Exit.OK;
    }

    /**
     * Refuses an {@code --out} that cannot be the document's file, before the article is read:
     * a name that ends with a separator names a folder (the path drops the separator, and a file
     * of the folder's name was written), and the article itself would be replaced by its
     * rendering.
     */
    private void checkOut(Path out, Path file) {
        List<String> typed = this.out.originalStringValues();
        String given = typed.isEmpty() ? out.toString() : typed.get(typed.size() - 1);
        if (given.isEmpty()) {
            throw new CommandFailure("--out is empty; give it a file name");
        }
        char last = given.charAt(given.length() - 1);
        if (last == '/' || last == out.getFileSystem().getSeparator().charAt(0)) {
            throw new CommandFailure(VisibleText.of(given) + " ends with " + last + ", so it names a folder; give --out a file name");
        }
        Path target = invocation.resolve(out);
        Path article = invocation.resolve(file);
        try {
            if (Files.exists(target) && Files.exists(article) && Files.isSameFile(target, article)) {
                throw new CommandFailure(VisibleText.of(given) + " is the article being rendered, which the document would replace;"
                        + " give --out another file name");
            }
        } catch (IOException e) {
            // Cannot tell: the write or the read reports what is wrong with either file.
        }
    }

    /**
     * Writes the document to a file as {@code cp} would treat it: a regular file is replaced
     * atomically and keeps its permissions; a link to one is followed, and the file it leads to
     * replaced, so that the link stays; anything else that is not a folder, such as
     * {@code /dev/null}, {@code /dev/stdout} or a named pipe, is written to, never replaced.
     */
    private void write(Path given, Renderer renderer, Condition condition) {
        Path target = invocation.resolve(given);
        @Nullable BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(target, BasicFileAttributes.class);
        } catch (IOException e) {
            attributes = null; // not there yet, or a link that leads nowhere: a new file
        }
        if (attributes != null && attributes.isDirectory()) {
            throw new CommandFailure(VisibleText.of(given.toString()) + " is a folder; give --out a file name");
        }
        if (attributes != null && !attributes.isRegularFile()) {
            byte[] document = renderer.render(condition).getBytes(UTF_8);
            try (OutputStream device = Files.newOutputStream(target, StandardOpenOption.WRITE)) {
                device.write(document);
            } catch (IOException e) {
                throw CommandFailure.cannotWrite(given, e);
            }
            return;
        }
        Path file = target;
        if (attributes != null && Files.isSymbolicLink(target)) {
            try {
                file = target.toRealPath();
            } catch (IOException e) {
                throw CommandFailure.cannotWrite(given, e);
            }
        }
        try (StagedFiles files = new StagedFiles()) {
            files.stage(file, w -> renderer.render(condition, w));
            files.commit();
        }
    }
}
