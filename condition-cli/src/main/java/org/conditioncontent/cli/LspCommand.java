package org.conditioncontent.cli;

import java.util.concurrent.Callable;
import org.conditioncontent.loader.rules.RuleSet;
import org.conditioncontent.lsp.ConditionsLanguageServer;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code conditions lsp}: runs the language server over standard input and output, for editors
 * that speak the Language Server Protocol. docs/editors.md says how to set one up.
 */
final class LspCommand implements Callable<Integer> {

    private static final String SERVER_MODULE = "org.conditioncontent.lsp";

    private final Invocation invocation;

    private final CommandSpec spec;

    private final PluginsOption plugins = new PluginsOption();

    /**
     * Creates the subcommand.
     *
     * @param invocation whose standard output carries the server's messages
     */
    LspCommand(Invocation invocation) {
        this.invocation = invocation;
        spec = CommandModel.of(this, "lsp");
        plugins.addTo(spec);
        spec.usageMessage()
                .description(
                        "Runs the language server over standard input and output, for editors that speak",
                        "the Language Server Protocol: the findings of validate as you type, field",
                        "documentation and reading levels on hover, completion of field names and values,",
                        "and quick fixes. An editor starts it; docs/editors.md says how.")
                .exitCodeList(CommandModel.exitCodes(
                        "0:the editor asked for shutdown, then exit",
                        "1:the editor sent exit, or closed the connection, without asking for shutdown first",
                        "2:the language server is not in this installation, or a plug-in jar cannot be used"))
                .footer("%nExample:%n  conditions lsp     # as an editor starts it; it then reads messages from standard input");
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
     * Serves the editor on the other end of standard input and output until it sends exit.
     *
     * @return 0 after shutdown and exit, 1 after exit alone, as the protocol asks
     */
    @Override
    public Integer call() {
        if (!serverPresent()) {
            invocation.streams().err().println("conditions lsp: the language server (module " + SERVER_MODULE
                    + ") is not in this installation; unpack the whole archive again: its lsp/ folder holds it");
            return 2;
        }
        // The jars stay open while the server runs: its loaders check with their house rules, as
        // validate does with the same --plugins and CONDITIONS_PLUGINS.
        try (Plugins opened = plugins.open(invocation)) {
            // A house rule that cannot be loaded stops the command here, with validate's message,
            // rather than fail every check once the editor is connected.
            opened.discoverRules(RuleSet.builder().builtIn()).build();
            // Nothing else may write to standard output meanwhile: it carries the protocol.
            return ConditionsLanguageServer.serve(System.in, invocation.streams().out(), opened.classLoader());
        }
    }

    /**
     * Whether the server's module was resolved. The command requires it only statically: on the
     * class path it is always there, in a runtime started without it it is absent.
     */
    private static boolean serverPresent() {
        Module command = LspCommand.class.getModule();
        ModuleLayer layer = command.getLayer();
        return !command.isNamed() || layer == null || layer.findModule(SERVER_MODULE).isPresent();
    }
}
