/**
 * The renderer SPI and the built-in renderers: plain text, HTML and canonical JSON.
 */
module org.conditioncontent.render {
    requires transitive org.conditioncontent.model;
    requires org.conditioncontent.json;

    exports org.conditioncontent.render;
    exports org.conditioncontent.render.text;
    exports org.conditioncontent.render.html;
    exports org.conditioncontent.render.json;
    exports org.conditioncontent.render.export;

    uses org.conditioncontent.render.Renderer;

    provides org.conditioncontent.render.Renderer with
            org.conditioncontent.render.text.TextRenderer,
            org.conditioncontent.render.html.HtmlRenderer,
            org.conditioncontent.render.json.JsonRenderer;
}
