/**
 * The one definition of the article wire format (field names, field order, what is omitted, how
 * enums and dates are written), shared by the loader and the JSON renderer so the two cannot
 * drift apart, and the one JSON string escaper. Not API: exported only to the library's own modules.
 */
module org.conditioncontent.json {
    requires transitive org.conditioncontent.model;

    exports org.conditioncontent.json to
            org.conditioncontent.loader,
            org.conditioncontent.render,
            org.conditioncontent.cli,
            org.conditioncontent.lsp;
}
