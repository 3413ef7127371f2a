package org.conditioncontent.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.conditioncontent.model.Block;
import org.conditioncontent.model.Condition;
import org.conditioncontent.model.Item;
import org.conditioncontent.model.ItemList;
import org.conditioncontent.model.Media;
import org.conditioncontent.model.Paragraph;
import org.conditioncontent.model.Section;
import org.conditioncontent.model.SectionKind;
import org.jspecify.annotations.Nullable;

/**
 * What the mustache template needs beyond the record: a template has no logic, so the facts it
 * tests (is a list empty?) and the few values it cannot compute (the joined other names, the id and
 * heading of a section, the text of a list item, the meta description) come from this view. A user of mustache.java
 * writes such a view too; the benchmark builds it for every rendering, so its cost is counted.
 */
public final class MustacheView {

    private final Condition condition;
    private final String css;

    /**
     * Creates the view of one article.
     *
     * @param condition the article
     * @param css the style sheet to inline, as our renderer does
     */
    public MustacheView(Condition condition, String css) {
        this.condition = condition;
        this.css = css;
    }

    /** @return the article, the scope of the template's body */
    public Condition condition() {
        return condition;
    }

    /** @return the page language */
    public String language() {
        return condition.language() == null ? "en" : condition.language();
    }

    /** @return the page title */
    public String title() {
        return condition.title();
    }

    /** @return the meta description: the start of the first definition paragraph, as our renderer writes it */
    public String description() {
        String text = "";
        for (SectionView section : sectionViews()) {
            if (section.id().equals("definition")) {
                for (BlockView block : section.blocks()) {
                    if (block.paragraph() != null) {
                        text = block.paragraph();
                        break;
                    }
                }
                break;
            }
        }
        return text.length() <= 160 ? text : text.substring(0, 159) + "\u2026";
    }

    /** @return the built-in style sheet */
    public String css() {
        return css;
    }

    /** @return the other names joined, or {@code null} when there are none */
    public @Nullable String alsoCalledText() {
        return condition.alsoCalled().isEmpty() ? null : String.join("; ", condition.alsoCalled());
    }

    /** @return whether there are codes */
    public boolean hasCodes() {
        return !condition.codes().isEmpty();
    }

    /** @return whether there are resources */
    public boolean hasResources() {
        return !condition.resources().isEmpty();
    }

    /** @return whether there are references */
    public boolean hasReferences() {
        return !condition.references().isEmpty();
    }

    /** @return whether there are contributors */
    public boolean hasContributors() {
        return !condition.contributors().isEmpty();
    }

    /** @return the body's sections in reading order, with their ids, headings and blocks */
    public List<SectionView> sectionViews() {
        List<SectionView> out = new ArrayList<>(condition.body().size());
        for (Section s : condition.body()) {
            String id = s.kind().name().toLowerCase(Locale.ROOT).replace('_', '-');
            String heading = s.heading() != null ? s.heading() : headingOf(s.kind());
            List<BlockView> blocks = new ArrayList<>(s.blocks().size());
            for (Block block : s.blocks()) {
                if (block instanceof Paragraph p) {
                    blocks.add(new BlockView(p.text(), null, false, null, List.of()));
                } else if (block instanceof Media m) {
                    blocks.add(new BlockView(null, m.credit(), false, null, List.of()));
                } else if (block instanceof ItemList list) {
                    blocks.add(new BlockView(null, null, true, list.ordered() ? "ol" : "ul", items(list.items(), s.kind(), 0)));
                }
                // The corpus has no asides; the template shows none.
            }
            out.add(new SectionView(id, heading, blocks));
        }
        return out;
    }

    private static List<ItemView> items(List<Item> items, SectionKind kind, int depth) {
        List<ItemView> out = new ArrayList<>(items.size());
        for (Item item : items) {
            // A risk factor's nested items are kinds of it: "Some health issues, such as:", as our renderer writes it.
            String suchAs = depth == 0 ? ", such as" : "\u2014such as";
            StringBuilder text = new StringBuilder(item.text());
            if (!item.examples().isEmpty()) {
                text.append(suchAs).append(' ').append(String.join(", ", item.examples()));
            }
            if (item.note() != null) {
                text.append('\u2014').append(item.note());
            }
            if (!item.items().isEmpty() && kind == SectionKind.RISK_FACTORS) {
                text.append(suchAs).append(':');
            }
            out.add(new ItemView(text.toString(), !item.items().isEmpty(), items(item.items(), kind, depth + 1)));
        }
        return out;
    }

    private static String headingOf(SectionKind kind) {
        String words = kind.name().replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /**
     * A section as the template shows it.
     *
     * @param id the section's id
     * @param heading its heading
     * @param blocks its blocks
     */
    public record SectionView(String id, String heading, List<BlockView> blocks) {}

    /**
     * A block as the template shows it: one of a paragraph, a credit or a list.
     *
     * @param paragraph the paragraph's text, or {@code null}
     * @param credit the illustration's credit, or {@code null}
     * @param list whether the block is a list
     * @param tag {@code ul} or {@code ol} for a list
     * @param items the list's items
     */
    public record BlockView(@Nullable String paragraph, @Nullable String credit, boolean list, @Nullable String tag,
            List<ItemView> items) {}

    /**
     * A list item as the template shows it.
     *
     * @param text its text with its examples and note
     * @param nested whether it has a nested list
     * @param items the nested list
     */
    public record ItemView(String text, boolean nested, List<ItemView> items) {}
}
