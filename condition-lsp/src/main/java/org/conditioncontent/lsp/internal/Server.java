package org.conditioncontent.lsp.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionOptions;
import org.eclipse.lsp4j.CompletionOptions;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesRegistrationOptions;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.WatchKind;
import org.eclipse.lsp4j.FileSystemWatcher;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Registration;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.SaveOptions;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.ServerInfo;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.TextDocumentSyncOptions;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageClientAware;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.lsp4j.services.WorkspaceService;
import org.jspecify.annotations.Nullable;

/**
 * The language server: its life cycle (initialize, shutdown, exit) and its services. Documents and
 * what is done with them are in {@link Documents}. Not API: {@code ConditionsLanguageServer}
 * starts it.
 */
public final class Server implements LanguageServer, LanguageClientAware {

    /** The server's name, also the source of its diagnostics. */
    public static final String NAME = "conditions";

    /** The files whose changes on disk the server asks to be told of: the articles and the rules configuration. */
    static final List<String> WATCHED = List.of("**/*.yaml", "**/*.yml", "**/*.json");

    /**
     * Deletions of anything, folders included: an editor tells of a deleted folder by one event for
     * the folder, not one for each article it held (VS Code does).
     */
    static final String DELETED = "**/*";

    /** The id of the server's registration of {@link #WATCHED} and {@link #DELETED}. */
    static final String WATCHERS = "conditions-watched-files";

    private final Documents documents;
    private volatile @Nullable LanguageClient client;
    /** Whether the client registers file watchers when the server asks (dynamic registration). */
    private volatile boolean watchesFiles;
    private final CompletableFuture<Integer> exit = new CompletableFuture<>();
    private volatile boolean shutdown;

    /**
     * Creates a server that is not yet connected to a client.
     *
     * @param houseRules the class loader whose house rules are checked, besides the built-in ones
     */
    public Server(ClassLoader houseRules) {
        documents = new Documents(houseRules);
    }

    @Override
    public void connect(LanguageClient client) {
        this.client = client;
        documents.connect(client);
    }

    @Override
    public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
        List<WorkspaceFolder> folders = params.getWorkspaceFolders();
        if (folders != null && !folders.isEmpty()) {
            folders.forEach(f -> addRoot(f.getUri()));
        } else if (params.getRootUri() != null) {
            addRoot(params.getRootUri());
        }
        watchesFiles = dynamicWatchers(params);
        ServerCapabilities capabilities = new ServerCapabilities();
        TextDocumentSyncOptions sync = new TextDocumentSyncOptions();
        sync.setOpenClose(true);
        sync.setChange(TextDocumentSyncKind.Incremental);
        sync.setSave(new SaveOptions(false));
        capabilities.setTextDocumentSync(sync);
        capabilities.setHoverProvider(true);
        capabilities.setCompletionProvider(new CompletionOptions(false, List.of(" ", "\"", "-")));
        capabilities.setCodeActionProvider(new CodeActionOptions(List.of(CodeActionKind.QuickFix)));
        return CompletableFuture.completedFuture(new InitializeResult(capabilities, new ServerInfo(NAME, version())));
    }

    /**
     * The server's version, for {@code serverInfo}: its jar's {@code Implementation-Version} on the
     * class path, its module's version on the module path (where the manifest's entries do not
     * reach the {@code Package}); {@code null}, which LSP allows, for classes outside a jar.
     */
    static @Nullable String version() {
        String version = Server.class.getPackage().getImplementationVersion();
        if (version == null && Server.class.getModule().getDescriptor() != null) {
            version = Server.class.getModule().getDescriptor().rawVersion().orElse(null);
        }
        return version;
    }

    private void addRoot(String uri) {
        Path root = OpenDocument.fileOf(uri);
        if (root != null) {
            documents.checks().addRoot(root);
        }
    }

    /** Whether the client says it registers file watchers at the server's request. */
    private static boolean dynamicWatchers(InitializeParams params) {
        var capabilities = params.getCapabilities();
        var workspace = capabilities == null ? null : capabilities.getWorkspace();
        var watched = workspace == null ? null : workspace.getDidChangeWatchedFiles();
        return watched != null && Boolean.TRUE.equals(watched.getDynamicRegistration());
    }

    /**
     * Reads the workspace folders' articles for the findings across files and, when the client
     * can, asks it to watch the article files and the rules configurations: editors send
     * {@code workspace/didChangeWatchedFiles} only for files watched at a server's request, and
     * a pull, a branch switched or a file deleted changes them on disk without a save.
     */
    @Override
    public void initialized(InitializedParams params) {
        documents.refreshCrossFile();
        LanguageClient c = client;
        if (watchesFiles && c != null) {
            List<FileSystemWatcher> watchers = new ArrayList<>();
            WATCHED.forEach(glob -> watchers.add(new FileSystemWatcher(Either.forLeft(glob))));
            watchers.add(new FileSystemWatcher(Either.forLeft(DELETED), WatchKind.Delete));
            c.registerCapability(new RegistrationParams(List.of(new Registration(WATCHERS, "workspace/didChangeWatchedFiles",
                    new DidChangeWatchedFilesRegistrationOptions(watchers)))));
        }
    }

    @Override
    public CompletableFuture<Object> shutdown() {
        shutdown = true;
        documents.close();
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void exit() {
        ended();
    }

    /** The input ended or exit came: 0 when shutdown was asked for first, 1 otherwise, as LSP says. */
    public void ended() {
        exit.complete(shutdown ? 0 : 1);
        documents.close();
    }

    /**
     * Completes with the exit code when the client sends exit.
     *
     * @return the exit code's future
     */
    public CompletableFuture<Integer> exitCode() {
        return exit;
    }

    @Override
    public TextDocumentService getTextDocumentService() {
        return documents;
    }

    @Override
    public WorkspaceService getWorkspaceService() {
        return new WorkspaceService() {
            @Override
            public void didChangeConfiguration(DidChangeConfigurationParams params) {
                // The server takes its configuration from conditions.yaml, not from the editor's settings.
            }

            @Override
            public void didChangeWatchedFiles(DidChangeWatchedFilesParams params) {
                List<FileEvent> changes = params.getChanges() == null ? List.of() : params.getChanges();
                documents.filesChanged(changes.stream().filter(Objects::nonNull).map(FileEvent::getUri).filter(Objects::nonNull)
                        .map(OpenDocument::fileOf).filter(Objects::nonNull).toList());
            }
        };
    }

    /** The documents service, for tests that call it directly. */
    Documents documents() {
        return documents;
    }
}
