/**
 * A language server for condition articles: editors that speak the Language Server Protocol get
 * the loader's findings as they type, field documentation and reading levels on hover, completion
 * of field names and values, and quick fixes. Started by {@code conditions lsp}, or by
 * {@link org.conditioncontent.lsp.ConditionsLanguageServer#serve}.
 *
 * <p>LSP4J's jars carry no module descriptor and no {@code Automatic-Module-Name}: their module
 * names come from their file names ({@code org.eclipse.lsp4j-0.24.0.jar} gives
 * {@code org.eclipse.lsp4j}), which Maven keeps stable. docs/decisions.md records the choice.
 */
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"})
module org.conditioncontent.lsp {
    requires org.conditioncontent.loader;
    requires org.conditioncontent.json;
    requires org.eclipse.lsp4j;
    requires org.eclipse.lsp4j.jsonrpc;
    requires com.google.gson;
    requires static org.jspecify;

    exports org.conditioncontent.lsp;
}
