package org.conditioncontent.cli;

import java.util.concurrent.Callable;
import org.conditioncontent.lsp.ConditionsLanguageServer;
import picocli.CommandLine.Command;

/**
 * {@code conditions lsp}: runs the language server over standard input and output, for editors
 * that speak the Language Server Protocol. docs/editors.md says how to set one up.
 */
@Command(
        name = "lsp",
        description = {
            "Runs the language server over standard input and output, for editors that speak",
            "the Language Server Protocol: the findings of validate as you type, field",
            "documentation and reading levels on hover, completion of field names and values,",
            "and quick fixes. An editor starts it; docs/editors.md says how."
        },
        exitCodeList = {
            "0:the editor asked for shutdown, then exit",
            "1:the editor sent exit, or closed the connection, without asking for shutdown first"
        },
        footer = {"%nExample:%n  conditions lsp     # as an editor starts it; it then reads messages from standard input"})
final class LspCommand implements Callable<Integer> {

    private final Invocation invocation;

    /**
     * Creates the subcommand.
     *
     * @param invocation whose standard output carries the server's messages
     */
    LspCommand(Invocation invocation) {
        this.invocation = invocation;
    }

    /**
     * Serves the editor on the other end of standard input and output until it sends exit.
     *
     * @return 0 after shutdown and exit, 1 after exit alone, as the protocol asks
     */
    @Override
    public Integer call() {
        // Nothing else may write to standard output meanwhile: it carries the protocol.
        return ConditionsLanguageServer.serve(System.in, invocation.streams().out());
    }
}
