package org.conditioncontent.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;
import org.conditioncontent.cli.preview.PreviewServer;
import org.conditioncontent.cli.preview.Workspace;
import org.conditioncontent.loader.ArticleFiles;
import org.conditioncontent.loader.ConditionLoader;
import org.conditioncontent.loader.report.VisibleText;
import org.conditioncontent.render.Renderers;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;

/**
 * {@code conditions preview [--port N] [--config FILE] PATH...}: a live preview in the browser.
 * Serves, on 127.0.0.1 only, the index and each article as {@code conditions export} renders
 * them, with each article's findings above it, and reloads the open pages when a file is saved.
 * Runs until interrupted (Ctrl-C), then stops the server and exits.
 */
final class PreviewCommand implements Callable<Integer> {

    /** The port when none is given: free on most machines, easy to type. */
    static final int DEFAULT_PORT = 8030;

    private final Invocation invocation;

    private final CommandSpec spec;

    private final OptionSpec port = OptionSpec.builder("--port").paramLabel("N")
            .type(int.class).initialValue(DEFAULT_PORT)
            .description("The port on 127.0.0.1 (default: " + DEFAULT_PORT + "; 0 for any free port).").build();

    private final ConfigOption config = new ConfigOption();

    private final PluginsOption plugins = new PluginsOption();

    private final FollowLinksOption links = new FollowLinksOption();

    private final PositionalParamSpec paths = CommandModel.articlePaths();

    /**
     * Creates the subcommand.
     *
     * @param invocation where messages go, and the working directory
     */
    PreviewCommand(Invocation invocation) {
        this.invocation = invocation;
        spec = CommandModel.of(this, "preview").addOption(port).addPositional(paths);
        config.addTo(spec);
        plugins.addTo(spec);
        links.addTo(spec);
        spec.usageMessage()
                .description(
                        "Shows the articles in the browser and reloads them when a file is saved.",
                        "Serves the index and each article as 'conditions export' renders them, with the",
                        "article's findings (severity, line:column, message, rule) above it; an article",
                        "with errors shows its findings instead. New files appear in the index, deleted",
                        "ones go. Listens on 127.0.0.1 only, and serves nothing but the articles' pages",
                        "and its own script and style sheet. Ctrl-C stops it.")
                .exitCodeList(CommandModel.exitCodes(
                        "0:the preview was stopped",
                        "2:the command could not do its job (bad option or configuration, missing path, port in use)"))
                .footer("%nExample:%n  conditions preview examples/conditions      # then open http://127.0.0.1:8030/");
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
     * Starts the preview, prints its address and serves until the process is interrupted.
     *
     * @return 0 once stopped
     * @throws ParameterException if the port is out of range
     * @throws CommandFailure if a path does not exist, the port cannot be bound or the folders
     *     cannot be watched
     */
    @Override
    public Integer call() {
        int port = this.port.getValue();
        List<Path> paths = this.paths.getValue();
        if (port < 0 || port > 65_535) {
            throw new ParameterException(spec.commandLine(), "--port must be from 0 to 65535, but it is " + port);
        }
        List<Path> roots = paths.stream().map(invocation::resolve).toList();
        for (int i = 0; i < roots.size(); i++) {
            if (!Files.exists(roots.get(i))) {
                throw CommandFailure.noSuchPath(paths.get(i), roots.get(i));
            }
        }
        // The plug-ins stay open while the preview runs: its loader checks with their rules.
        try (Plugins opened = plugins.open(invocation)) {
            return preview(loader(opened), roots);
        }
    }

    /**
     * The preview's loader: the rules configured and plugged in, and the link policy
     * {@code --follow-links} asks for, as validate's.
     *
     * @param opened the plug-ins
     * @return the loader
     * @throws CommandFailure if the configuration cannot be used
     */
    ConditionLoader loader(Plugins opened) {
        return Articles.loader(RulesConfiguration.ruleSet(config.file(), invocation, opened), links.follow());
    }

    private Integer preview(ConditionLoader loader, List<Path> roots) {
        List<Path> paths = this.paths.getValue();
        SourceNames names = new SourceNames(paths, invocation);
        Path configuration = config.file() == null ? null : invocation.resolve(config.file());
        Workspace workspace = new Workspace(roots, loader, search(loader, configuration), file -> names.asGiven(file.toString()));
        PreviewServer server = start(workspace);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            invocation.streams().err().println("Preview stopped.");
            stopped.countDown();
        }, "conditions-preview-stop"));
        int files = workspace.snapshot().pages().size();
        invocation.streams().out().println("Previewing " + files + " article file" + (files == 1 ? "" : "s") + " at " + server.url()
                + " (Ctrl-C stops)");
        invocation.streams().out().flush();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            server.close();
        }
        return Exit.OK;
    }

    /**
     * How the preview finds its pages' files: as validate does, in one search with the loader's
     * link policy (a link that leads nowhere or out of the folders becomes a page with a
     * {@code file-unreadable} error, not read), passing over the configuration given with
     * {@code --config} when a folder holds it under another name than {@code conditions.yaml}.
     *
     * @param loader the preview's loader, whose link policy the search applies
     * @param configuration the configuration file, resolved, or {@code null}
     * @return the search, from the roots that exist to their article files
     */
    static Function<List<Path>, ArticleFiles> search(ConditionLoader loader, @Nullable Path configuration) {
        return present -> Articles.passOver(loader.find(present), present, configuration);
    }

    private PreviewServer start(Workspace workspace) {
        int port = this.port.getValue();
        try {
            // Printed as it comes, from the watch's thread: the preview goes on without the folder.
            PrintStream err = invocation.streams().err();
            return PreviewServer.start(workspace, Renderers.discover().get("html"), port, problem -> {
                err.println("conditions preview: " + VisibleText.of(problem));
                err.flush();
            });
        } catch (BindException e) {
            throw new CommandFailure("cannot listen on 127.0.0.1:" + port + " (" + e.getMessage()
                    + "); choose another port with --port, or --port 0 for any free one", e);
        } catch (IOException | UncheckedIOException e) {
            throw new CommandFailure("cannot start the preview: " + CommandFailure.reason(e), e);
        }
    }
}
