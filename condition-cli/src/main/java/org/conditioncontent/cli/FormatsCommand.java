package org.conditioncontent.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.conditioncontent.render.Renderer;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code conditions formats [--plugins JAR[,JAR...]]}: the renderers found, one a line, in
 * columns: format name, media type, file extension, class, and for a renderer from a plug-in the
 * jar it came from. Lists the built-in ones and any plugged in on the class path or as a plug-in.
 */
final class FormatsCommand implements Callable<Integer> {

    private final Invocation invocation;

    private final PluginsOption plugins = new PluginsOption();

    private final CommandSpec spec;

    /**
     * Creates the subcommand.
     *
     * @param invocation where the list goes, the working directory and the environment
     */
    FormatsCommand(Invocation invocation) {
        this.invocation = invocation;
        spec = CommandModel.of(this, "formats");
        plugins.addTo(spec);
        spec.usageMessage()
                .description(
                        "Lists the renderers found, one a line.",
                        "Columns: format, media type, file extension, class, and the jar of a renderer",
                        "from a plug-in. A renderer in a jar given with --plugins (or in",
                        "CONDITIONS_PLUGINS) is listed once the jar registers it in",
                        "META-INF/services/org.conditioncontent.render.Renderer.")
                .exitCodeList(CommandModel.exitCodes(
                        "0:the list was printed",
                        "2:the command could not do its job (a renderer failed to load)"))
                .footer("%nExample:%n  conditions formats --plugins examples/target/examples-0.1.0-SNAPSHOT.jar");
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
     * Lists the renderers on standard output, sorted by format name.
     *
     * @return 0
     * @throws CommandFailure if two renderers share a format name, or a renderer or a plug-in
     *     cannot be loaded
     */
    @Override
    public Integer call() {
        List<List<String>> rows = new ArrayList<>();
        try (Plugins opened = plugins.open(invocation)) {
            for (Renderer r : opened.renderers().all()) {
                rows.add(List.of(r.format(), r.mediaType(), r.fileExtension(), r.getClass().getName(), opened.jarOf(r.getClass())));
            }
        }
        Table.lines(rows).forEach(invocation.streams().out()::println);
        return Exit.OK;
    }
}
