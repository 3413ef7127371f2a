package org.conditioncontent.testplugin;

import java.io.IOException;
import org.conditioncontent.model.Condition;
import org.conditioncontent.render.Renderer;

/** A plug-in renderer for the command's tests: the title in capitals. Compiled into a jar by PluginJar. */
public final class ShoutRenderer implements Renderer {

    public ShoutRenderer() {}

    @Override
    public String format() {
        return "shout";
    }

    @Override
    public String mediaType() {
        return "text/plain";
    }

    @Override
    public String fileExtension() {
        return "shout.txt";
    }

    @Override
    public void render(Condition condition, Appendable out) {
        try {
            out.append(condition.title().toUpperCase(java.util.Locale.ROOT)).append('\n');
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
