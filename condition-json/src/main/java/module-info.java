/**
 * The one definition of the article wire format (field names, field order, what is omitted, how
 * enums and dates are written), shared by the loader and the JSON renderer so the two cannot
 * drift apart; the one JSON string escaper; and the UTF-8 sink the command's export writes through,
which escapes HTML text and JSON strings by the same rules as it encodes them. Not API: exported
only to the library's own modules.
 */
module org.conditioncontent.json {
    requires transitive org.conditioncontent.model;

    exports org.conditioncontent.json to
            org.conditioncontent.loader,
            org.conditioncontent.render,
            org.conditioncontent.cli,
            org.conditioncontent.lsp;
}
