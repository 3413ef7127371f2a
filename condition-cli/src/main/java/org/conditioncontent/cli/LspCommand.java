package org.conditioncontent.cli;

import java.io.PrintStream;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.conditioncontent.loader.report.VisibleText;
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
                        "Runs the language server that editors start, over standard input and output.",
                        "Editors that speak the Language Server Protocol get the findings of validate as",
                        "you type, field documentation and reading levels on hover, completion of field",
                        "names and values, and quick fixes. docs/editors.md says how to set one up.")
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
            // Nothing else may write to standard output meanwhile: it carries the protocol. What a
            // house rule prints there goes to standard error, where editors show the server's log.
            PrintStream protocol = invocation.streams().out();
            PrintStream before = System.out;
            ProtocolLog log = null;
            try {
                System.setOut(invocation.streams().err());
                Articles.quietValidator();
                log = ProtocolLog.to(invocation.streams().err());
                return ConditionsLanguageServer.serve(System.in, protocol, opened.classLoader());
            } finally {
                if (log != null) {
                    log.close();
                }
                System.setOut(before);
            }
        }
    }

    /**
     * What the protocol library logs through java.util.logging while the server runs, such as a
     * malformed message from the editor with its stack trace: one line on standard error instead,
     * as every message of the command is a line for people. The logger is held here because
     * java.util.logging keeps loggers only weakly.
     */
    private static final class ProtocolLog extends Handler {
        private static final Logger LIBRARY = Logger.getLogger("org.eclipse.lsp4j");

        private final PrintStream err;
        private final boolean libraryParents;

        private ProtocolLog(PrintStream err) {
            this.err = err;
            this.libraryParents = LIBRARY.getUseParentHandlers();
        }

        static ProtocolLog to(PrintStream err) {
            ProtocolLog log = new ProtocolLog(err);
            LIBRARY.setUseParentHandlers(false);
            LIBRARY.addHandler(log);
            return log;
        }

        /** Prints the record's first line; never throws, as a handler must not. */
        @Override
        public void publish(LogRecord record) {
            String message = record.getMessage();
            try {
                if (record.getParameters() != null && message != null) {
                    message = MessageFormat.format(message, record.getParameters());
                }
            } catch (IllegalArgumentException e) {
                // A malformed pattern: the message as it is.
            }
            if (message == null || message.isBlank()) {
                message = record.getThrown() == null ? "(no message)" : record.getThrown().toString();
            }
            String line = message.strip().lines().findFirst().orElse("");
            err.println("conditions lsp: " + record.getLevel().getName().toLowerCase(Locale.ROOT) + ": "
                    + VisibleText.of(line));
        }

        @Override
        public void flush() {
            err.flush();
        }

        /** Puts the logger back as it was (tests run the command in one JVM after another). */
        @Override
        public void close() {
            LIBRARY.removeHandler(this);
            LIBRARY.setUseParentHandlers(libraryParents);
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
