package org.conditioncontent.lsp.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * <p>Checks run on one thread of their own, in the order the changes came. A document has at most
 * one check waiting, of its text as it is when the check starts, and a workspace folder at most one
 * reload of its findings across files: a fast typist, or a client that reads nothing back, queues
 * no backlog and no copies of old texts. Nothing is published for a document after it is closed.
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
    /** The documents whose check is queued and has not started, by URI. */
    private final Set<String> checkQueued = ConcurrentHashMap.newKeySet();
    /** The last check of each open document, with the version it checked, for hover to reuse. */
    private final Map<String, Checked> lastChecks = new ConcurrentHashMap<>();
    /** The workspace folders whose reload of findings across files is queued and has not started. */
    private final Set<Path> reloadQueued = ConcurrentHashMap.newKeySet();
    /**
     * Held while a document is closed and while diagnostics are published: a check that was
     * running when its document closed must not publish after the close cleared them.
     */
    private final Object publishing = new Object();

    /** A check's result, and the document (at one version) it is of. */
    private record Checked(OpenDocument doc, LoadResult result) {}

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
        synchronized (publishing) {
            OpenDocument doc = open.remove(params.getTextDocument().getUri());
            lastChecks.remove(params.getTextDocument().getUri());
            if (doc != null && doc.file() != null) {
                openFiles.remove(doc.file());
            }
            LanguageClient c = client;
            if (c != null) {
                c.publishDiagnostics(new PublishDiagnosticsParams(params.getTextDocument().getUri(), List.of()));
            }
            if (doc != null && doc.kind() == DocumentKind.RULES_CONFIG) {
                // Its articles were checked with the text typed; closed unsaved, the file on disk rules again.
                recheckAll();
            }
        }
    }

    @Override
    public CompletableFuture<Hover> hover(HoverParams params) {
        return answer(() -> {
            OpenDocument doc = open.get(params.getTextDocument().getUri());
            return doc == null || !checks.isArticle(doc) ? null : Hovers.hover(doc, params.getPosition(), () -> checked(doc));
        });
    }

    @Override
    public CompletableFuture<Either<List<CompletionItem>, CompletionList>> completion(CompletionParams params) {
        return answer(() -> {
            OpenDocument doc = open.get(params.getTextDocument().getUri());
            List<CompletionItem> items = doc == null || !checks.isArticle(doc) ? List.of()
                    : Completions.complete(doc, params.getPosition());
            return Either.forRight(new CompletionList(false, items));
        });
    }

    @Override
    public CompletableFuture<List<Either<Command, CodeAction>>> codeAction(CodeActionParams params) {
        return answer(() -> {
            OpenDocument doc = open.get(params.getTextDocument().getUri());
            List<Either<Command, CodeAction>> actions = new ArrayList<>();
            if (doc != null && checks.isArticle(doc) && params.getContext() != null) {
                QuickFixes.fixes(doc, params.getContext().getDiagnostics(), checks.loaderFor(doc.file())).forEach(a -> actions.add(Either.forRight(a)));
            }
            return actions;
        });
    }

    /**
     * The loader's result for a document at its version: the last check's when it was of this
     * version (a hover on a large article would otherwise check the whole article again on the
     * thread that reads messages, each time), else a check now.
     */
    private LoadResult checked(OpenDocument doc) {
        Checked last = lastChecks.get(doc.uri());
        if (last != null && last.doc() == doc) {
            return last.result();
        }
        LoadResult result = checks.check(doc);
        keep(doc, result);
        return result;
    }

    /** Keeps a check's result for hover, while its document is open at that version. */
    private void keep(OpenDocument doc, LoadResult result) {
        synchronized (publishing) {
            if (open.get(doc.uri()) == doc) {
                lastChecks.put(doc.uri(), new Checked(doc, result));
            }
        }
    }

    /** Checks every open document again, as after a change of the rules configuration. */
    void recheckAll() {
        open.values().forEach(this::schedule);
    }

    /**
     * Takes files changed on disk (created, changed or deleted), as the client's watchers tell:
     * the findings across files of the workspace folders that hold an article among them are
     * found again, and a rules configuration among them has every open document checked again
     * (its rules changed, or which files are articles). A change under a folder of build output,
     * which the search passes over, changes no finding across files.
     */
    void filesChanged(List<Path> files) {
        Set<Path> roots = new LinkedHashSet<>();
        boolean configuration = false;
        for (Path file : files) {
            Path root = checks.rootOf(file);
            DocumentKind kind = DocumentKind.of(file, file.toUri().toString(), root);
            configuration |= kind == DocumentKind.RULES_CONFIG;
            // A name without an extension that is no file now: a folder deleted with its articles.
            boolean folder = kind == DocumentKind.OTHER && !file.getFileName().toString().contains(".") && !Files.isRegularFile(file);
            if (root != null && (kind != DocumentKind.OTHER || folder) && !CrossFile.inBuildOutput(root, file, folder)) {
                roots.add(root);
            }
        }
        roots.forEach(this::refreshCrossFile);
        if (configuration) {
            recheckAll();
        }
    }

    /** Finds the findings across files of every workspace folder again, then republishes. */
    void refreshCrossFile() {
        checks.roots().forEach(this::refreshCrossFile);
    }

    private void refreshCrossFile(Path root) {
        if (!reloadQueued.add(root)) {
            return; // the reload already queued will read the files as they are when it starts
        }
        submit(() -> {
            reloadQueued.remove(root);
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

    /** Queues a check of a document, unless one is queued already, which will check its latest text. */
    private void schedule(OpenDocument doc) {
        String uri = doc.uri();
        if (!checkQueued.add(uri)) {
            return;
        }
        submit(() -> {
            checkQueued.remove(uri);
            OpenDocument latest = open.get(uri);
            if (latest != null) {
                publish(latest);
            }
        });
    }

    /**
     * Checks a document and publishes its diagnostics, unless it has changed or closed meanwhile:
     * the newer version has its own check queued, and a closed one keeps none.
     */
    private void publish(OpenDocument doc) {
        LoadResult result = checks.check(doc);
        List<Diagnostic> findings = new ArrayList<>(result.diagnostics());
        if (doc.file() != null && checks.isArticle(doc)) {
            findings.addAll(crossFile.of(doc.file(), doc.text()));
        }
        synchronized (publishing) {
            if (open.get(doc.uri()) != doc) {
                return;
            }
            lastChecks.put(doc.uri(), new Checked(doc, result));
            LanguageClient c = client;
            if (c != null) {
                c.publishDiagnostics(new PublishDiagnosticsParams(doc.uri(), Checks.toLsp(findings, doc), doc.version()));
            }
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
