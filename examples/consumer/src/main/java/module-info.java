/** An application that reads and renders articles on the module path. */
module org.conditioncontent.examples.consumer {
    requires org.conditioncontent.loader;
    requires org.conditioncontent.render;
}
