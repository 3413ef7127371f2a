package org.conditioncontent.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.List;

/**
 * A boxed aside beside the main text, with its own title ("Runner's stretch", "Did you
 * know?"). Its blocks keep the meaning of the section it sits in.
 *
 * @param title the aside's title
 * @param blocks its content
 */
public record Aside(@NotBlank String title, List<@Valid Block> blocks) implements Block {

    /**
     * Normalises the list: {@code null} becomes empty; elements must not be {@code null}.
     *
     * @param title the aside's title
     * @param blocks its content
     */
    public Aside {
        blocks = Lists.copy(blocks);
    }
}
