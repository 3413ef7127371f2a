package org.conditioncontent.loader.rules.internal;

import java.util.List;
import org.conditioncontent.loader.Severity;
import org.conditioncontent.loader.rules.RuleContext;
import org.conditioncontent.model.Aside;
import org.conditioncontent.model.Block;
import org.conditioncontent.model.Condition;
import org.conditioncontent.model.Media;
import org.conditioncontent.model.Section;

/** Pictures without a description of what they show. */
final class MediaDescriptionRule extends BuiltInRule {

    MediaDescriptionRule() {
        super("media-description", Severity.WARNING, "Pictures say what they show",
                "A picture without a description is hidden from screen readers (the page has to mark it as decoration, "
                        + "with an empty alt text), so a reader who cannot see it loses what it shows. Describe it in a "
                        + "sentence: what it shows and what the reader should notice. A credit without a picture needs none.");
    }

    @Override
    public void check(Condition c, RuleContext context) {
        List<Section> body = c.body();
        for (int i = 0; i < body.size(); i++) {
            section(body.get(i), "/body/" + i, context);
        }
    }

    private static void section(Section section, String pointer, RuleContext context) {
        blocks(section.blocks(), pointer + "/blocks", context);
        List<Section> inner = section.sections();
        for (int i = 0; i < inner.size(); i++) {
            section(inner.get(i), pointer + "/sections/" + i, context);
        }
    }

    /** Pictures stand among a section's blocks or an aside's, the only places the model has them. */
    private static void blocks(List<Block> blocks, String pointer, RuleContext context) {
        for (int j = 0; j < blocks.size(); j++) {
            Block block = blocks.get(j);
            if (block instanceof Media media && media.url() != null && media.description() == null) {
                context.report(pointer + "/" + j, "The picture " + quote(media.url()) + " has no description; say in a sentence"
                        + " what it shows, for readers who cannot see it");
            } else if (block instanceof Aside aside) {
                blocks(aside.blocks(), pointer + "/" + j + "/blocks", context);
            }
        }
    }
}
