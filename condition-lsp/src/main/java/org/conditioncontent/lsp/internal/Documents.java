package org.conditioncontent.lsp.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;
import org.conditioncontent.loader.Diagnostic;
import org.conditioncontent.loader.LoadResult;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.jspecify.annotations.Nullable;

/**
 * The open documents and what the server does with them: checks on open, change and save
 * (published as diagnostics), hover, completion and quick fixes.
 *
 * <p>Checks run on one thread of their own, in the order the changes came; a check whose
 * document has changed again before it started is skipped, so a fast typist queues no backlog.
 * Requests are answered on the thread that reads messages, from the text as it is: every text is
 * treated as hostile, and a request that fails anyway is answered with an error, the server going
 * on with the next message.
 */
final class Documents implements TextDocumentService {

    private final Map<String, OpenDocument> open = new ConcurrentHashMap<>();
    private final Map<Path, String> openFiles = new ConcurrentHashMap<>();
    private final Checks checks;
    private final CrossFile crossFile = new CrossFile();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "conditions-lsp-checks");
        t.setDaemon(true);
        return t;
    });
    private volatile @Nullable LanguageClient client;

    /** @param houseRules the class loader whose house rules are checked, besides the built-in ones */
    Documents(ClassLoader houseRules) {
        checks = new Checks(openFiles::get, houseRules, this::warn);
    }

    void connect(LanguageClient value) {
        this.client = value;
    }

    Checks checks() {
        return checks;
    }

    /**
     * Stops taking checks; those queued still run. The thread is not interrupted: an interrupt
     * while it writes to a channel would close the channel, and with it the session.
     */
    void close() {
        worker.shutdown();
    }

    @Override
    public void didOpen(DidOpenTextDocumentParams params) {
        var item = params.getTextDocument();
        OpenDocument doc = OpenDocument.of(item.getUri(), item.getText() == null ? "" : item.getText(), item.getVersion(),
                checks::rootOf);
        store(doc);
        schedule(doc);
    }

    @Override
    public void didChange(DidChangeTextDocumentParams params) {
        String uri = params.getTextDocument().getUri();
        OpenDocument before = open.get(uri);
        if (before == null) {
            return; // a change to a document never opened: nothing to apply it to
        }
        Integer version = params.getTextDocument().getVersion();
        OpenDocument doc = before.withText(TextChanges.apply(before.text(), params.getContentChanges()),
                version != null ? version : before.version() + 1);
        store(doc);
        schedule(doc);
    }

    @Override
    public void didSave(DidSaveTextDocumentParams params) {
        OpenDocument doc = open.get(params.getTextDocument().getUri());
        if (doc == null) {
            return;
        }
        if (doc.kind() == DocumentKind.RULES_CONFIG) {
            recheckAll();
        }
        if (doc.file() != null && doc.kind() != DocumentKind.OTHER) {
            Path root = checks.rootOf(doc.file());
            if (root != null) {
                refreshCrossFile(root);
            }
        }
    }

    @Override
    public void didClose(DidCloseTextDocumentParams params) {
        OpenDocument doc = open.remove(params.getTextDocument().getUri());
        if (doc != null && doc.file() != null) {
            openFiles.remove(doc.file());
        }
        LanguageClient c = client;
        if (c != null) {
            c.publishDiagnostics(new PublishDiagnosticsParams(params.getTextDocument().getUri(), List.of()));
        }
    }

    @Override
    public CompletableFuture<Hover> hover(HoverParams params) {
        return answer(() -> {
            OpenDocument doc = open.get(params.getTextDocument().getUri());
            return doc == null || !doc.kind().isArticle() ? null : Hovers.hover(doc, params.getPosition(), checks);
        });
    }

    @Override
    public CompletableFuture<Either<List<CompletionItem>, CompletionList>> completion(CompletionParams params) {
        return answer(() -> {
            OpenDocument doc = open.get(params.getTextDocument().getUri());
            List<CompletionItem> items = doc == null || !doc.kind().isArticle() ? List.of()
                    : Completions.complete(doc, params.getPosition());
            return Either.forRight(new CompletionList(false, items));
        });
    }

    @Override
    public CompletableFuture<List<Either<Command, CodeAction>>> codeAction(CodeActionParams params) {
        return answer(() -> {
            OpenDocument doc = open.get(params.getTextDocument().getUri());
            List<Either<Command, CodeAction>> actions = new ArrayList<>();
            if (doc != null && doc.kind().isArticle() && params.getContext() != null) {
                QuickFixes.fixes(doc, params.getContext().getDiagnostics()).forEach(a -> actions.add(Either.forRight(a)));
            }
            return actions;
        });
    }

    /** Checks every open document again, as after a change of the rules configuration. */
    void recheckAll() {
        open.values().forEach(this::schedule);
    }

    /** Finds the findings across files of every workspace folder again, then republishes. */
    void refreshCrossFile() {
        checks.roots().forEach(this::refreshCrossFile);
    }

    private void refreshCrossFile(Path root) {
        submit(() -> {
            crossFile.refresh(root, checks.loaderFor(root.resolve(DocumentKind.CONFIG_FILE)));
            open.values().stream().filter(d -> d.file() != null && d.file().startsWith(root)).forEach(this::schedule);
        });
    }

    private void store(OpenDocument doc) {
        open.put(doc.uri(), doc);
        if (doc.file() != null) {
            openFiles.put(doc.file(), doc.text());
        }
    }

    private void schedule(OpenDocument doc) {
        submit(() -> publish(doc));
    }

    /** Checks a document and publishes its diagnostics, unless it has changed since. */
    private void publish(OpenDocument doc) {
        OpenDocument latest = open.get(doc.uri());
        if (latest != doc) {
            return; // changed or closed since: the newer version has its own check queued
        }
        LoadResult result = checks.check(doc);
        List<Diagnostic> findings = new ArrayList<>(result.diagnostics());
        if (doc.file() != null) {
            findings.addAll(crossFile.of(doc.file()));
        }
        LanguageClient c = client;
        if (c != null) {
            c.publishDiagnostics(new PublishDiagnosticsParams(doc.uri(), Checks.toLsp(findings, doc), doc.version()));
        }
        if (doc.kind() == DocumentKind.RULES_CONFIG && result.diagnostics().isEmpty()) {
            open.values().stream().filter(d -> d.kind().isArticle()).forEach(this::schedule);
        }
    }

    private void submit(Runnable task) {
        try {
            worker.execute(() -> {
                try {
                    task.run();
                } catch (RuntimeException | StackOverflowError e) {
                    log("conditions: a check failed: " + e);
                }
            });
        } catch (RejectedExecutionException e) {
            // Shut down: nothing more is checked.
        }
    }

    /** Shows a warning the user should act on, such as a rules configuration that cannot be used. */
    private void warn(String message) {
        LanguageClient c = client;
        if (c != null) {
            c.showMessage(new MessageParams(MessageType.Warning, message));
        }
    }

    private void log(String message) {
        LanguageClient c = client;
        if (c != null) {
            c.logMessage(new MessageParams(MessageType.Error, message));
        }
    }

    /** Answers a request, or answers it with an error when computing the answer fails. */
    private <T> CompletableFuture<T> answer(Supplier<T> compute) {
        try {
            return CompletableFuture.completedFuture(compute.get());
        } catch (RuntimeException | StackOverflowError e) {
            log("conditions: a request failed: " + e);
            return CompletableFuture.failedFuture(new ResponseErrorException(
                    new ResponseError(ResponseErrorCode.InternalError, "conditions: " + e, null)));
        }
    }
}
