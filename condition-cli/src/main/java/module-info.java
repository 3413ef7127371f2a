/**
 * The {@code conditions} command: validates, renders and exports condition articles. Its entry
 * point is {@code org.conditioncontent.cli.Main}; nothing here is a library API.
 */
module org.conditioncontent.cli {
    requires org.conditioncontent.loader;
    requires org.conditioncontent.json;
    requires org.conditioncontent.render;
    // The language server is optional at run time: LSP4J's jars are automatic modules, which jlink
    // cannot link, so the self-contained runtime leaves it out and its launcher adds it from lsp/
    // for `conditions lsp` alone (decision 39).
    requires static org.conditioncontent.lsp;
    requires info.picocli;
    requires org.snakeyaml.engine; // migrate finds the comments it cannot keep with the YAML parser
    requires java.logging;
    requires jdk.httpserver; // the live preview's web server
    requires static org.jspecify;
}
