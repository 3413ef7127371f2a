/**
 * The {@code conditions} command: validates, renders and exports condition articles. Its entry
 * point is {@code org.conditioncontent.cli.Main}; nothing here is a library API.
 */
module org.conditioncontent.cli {
    requires org.conditioncontent.loader;
    requires org.conditioncontent.json;
    requires org.conditioncontent.render;
    requires info.picocli;
    requires java.logging;
    requires jdk.httpserver; // the live preview's web server
    requires static org.jspecify;

    // picocli sets the annotated option fields of the commands reflectively.
    opens org.conditioncontent.cli to info.picocli;
}
