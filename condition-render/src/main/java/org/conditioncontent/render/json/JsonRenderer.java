package org.conditioncontent.render.json;

import java.util.Objects;
import org.conditioncontent.json.WireFormat;
import org.conditioncontent.model.Condition;
import org.conditioncontent.render.Renderer;

/**
 * Renders an article as canonical JSON: the article wire format that the loader reads, with
 * fields in a fixed order, absent values left out, two-space indentation, UTF-8 and a trailing
 * newline. Loading the output gives back an equal {@link Condition}, and rendering that again
 * gives the same bytes.
 *
 * <p>Immutable and thread-safe.
 */
public final class JsonRenderer implements Renderer {

    /** Creates the renderer; it has no options. */
    public JsonRenderer() {}

    /** @return {@code "json"} */
    @Override
    public String format() {
        return "json";
    }

    /** @return {@code "application/json"} (JSON is always UTF-8) */
    @Override
    public String mediaType() {
        return "application/json";
    }

    /** @return {@code "json"} */
    @Override
    public String fileExtension() {
        return "json";
    }

    @Override
    public void render(Condition condition, Appendable out) {
        Objects.requireNonNull(condition, "condition must not be null");
        Objects.requireNonNull(out, "out must not be null");
        WireFormat.write(condition, out);
    }
}
