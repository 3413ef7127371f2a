package org.conditioncontent.model.outline;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.conditioncontent.model.Aside;
import org.conditioncontent.model.Block;
import org.conditioncontent.model.Condition;
import org.conditioncontent.model.Contributor;
import org.conditioncontent.model.Item;
import org.conditioncontent.model.ItemKind;
import org.conditioncontent.model.ItemList;
import org.conditioncontent.model.Media;
import org.conditioncontent.model.Paragraph;
import org.conditioncontent.model.Reference;
import org.conditioncontent.model.Resource;
import org.conditioncontent.model.ResourceGroup;
import org.conditioncontent.model.Section;
import org.conditioncontent.model.SectionKind;
import org.jspecify.annotations.Nullable;

/**
 * An article in reading order: the one walk over a {@link Condition} that renderers, editorial
 * rules and apps share, so that they cannot drift apart. The order is the header, the body's
 * sections as the publisher placed them (each with its blocks, then its nested sections), the
 * resources, the references and last the credits.
 *
 * <p>An outline is a cheap, immutable view; it walks the article again on every call.
 *
 * <pre>{@code
 * Outline.of(condition).texts().forEach(t -> System.out.println(t.pointer() + " " + t.role()));
 * }</pre>
 */
public final class Outline {

    private final Condition condition;

    private Outline(Condition condition) {
        this.condition = condition;
    }

    /**
     * The outline of an article.
     *
     * @param condition the article
     * @return its outline
     * @throws NullPointerException if the article is {@code null}
     */
    public static Outline of(Condition condition) {
        return new Outline(Objects.requireNonNull(condition, "condition must not be null"));
    }

    /**
     * Walks the article, calling the visitor for each part in reading order.
     *
     * @param visitor what receives the parts
     * @throws NullPointerException if the visitor is {@code null}
     */
    public void walk(OutlineVisitor visitor) {
        Objects.requireNonNull(visitor, "visitor must not be null");
        Condition c = condition;
        visitor.header(new Part.Header(c));
        for (int i = 0; i < c.body().size(); i++) {
            section(c.body().get(i), Location.root().element("body", i), 1, visitor);
        }
        if (!c.resources().isEmpty()) {
            visitor.resources(new Part.ResourcesPart(c.resources()));
        }
        if (!c.references().isEmpty()) {
            visitor.references(new Part.ReferencesPart(c.references()));
        }
        if (hasCredits(c)) {
            visitor.credits(new Part.CreditsPart(c));
        }
    }

    /**
     * Whether an article has anything for {@link Part.CreditsPart}.
     *
     * @param c the article
     * @return whether it names contributors, a publisher, dates, a copyright, a review, a
     *     disclaimer or a feedback address
     */
    public static boolean hasCredits(Condition c) {
        return !c.contributors().isEmpty() || c.publisher() != null || c.published() != null || c.updated() != null
                || c.copyright() != null || c.review() != null || c.disclaimer() != null || c.feedback() != null;
    }

    private static void section(Section s, Location at, int depth, OutlineVisitor visitor) {
        Part.SectionPart part = new Part.SectionPart(s, at, depth);
        visitor.enterSection(part);
        blocks(s.blocks(), at.member("blocks"), s.kind(), depth, visitor);
        for (int i = 0; i < s.sections().size(); i++) {
            section(s.sections().get(i), at.element("sections", i), depth + 1, visitor);
        }
        visitor.exitSection(part);
    }

    private static void blocks(List<Block> blocks, Location array, SectionKind kind, int depth, OutlineVisitor visitor) {
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            Location at = array.element(i);
            if (block instanceof Paragraph p) {
                visitor.paragraph(new Part.ParagraphPart(p, at, kind));
            } else if (block instanceof ItemList list) {
                // A kind is required, but an article built in code may lack it; it renders all the same.
                ItemKind items = kind == null ? null : kind.itemKind();
                list(list, at.member("items"), 1, items, visitor);
            } else if (block instanceof Aside aside) {
                Part.AsidePart part = new Part.AsidePart(aside, at, depth);
                visitor.enterAside(part);
                blocks(aside.blocks(), at.member("blocks"), kind, depth, visitor);
                visitor.exitAside(part);
            } else {
                visitor.figure(new Part.FigurePart((Media) block, at));
            }
        }
    }

    private static void list(ItemList list, Location items, int depth, @Nullable ItemKind inherited, OutlineVisitor visitor) {
        Part.ListPart part = new Part.ListPart(list, items, depth);
        visitor.enterList(part);
        for (int i = 0; i < list.items().size(); i++) {
            Item item = list.items().get(i);
            ItemKind kind = item.kind() != null ? item.kind() : inherited;
            Location at = items.element(i);
            Part.ItemPart itemPart = new Part.ItemPart(item, at, i, kind);
            visitor.enterItem(itemPart);
            if (!item.items().isEmpty()) {
                list(new ItemList(item.items(), item.ordered()), at.member("items"), depth + 1, kind, visitor);
            }
            visitor.exitItem(itemPart);
        }
        visitor.exitList(part);
    }

    /**
     * The list items of one kind, in reading order.
     *
     * @param kind the kind
     * @return the items; empty when there are none
     * @throws NullPointerException if the kind is {@code null}
     */
    public List<Item> items(ItemKind kind) {
        Objects.requireNonNull(kind, "kind must not be null");
        List<Item> out = new ArrayList<>();
        walk(new OutlineAdapter() {
            @Override
            public void enterItem(Part.ItemPart item) {
                if (item.kind() == kind) {
                    out.add(item.item());
                }
            }
        });
        return List.copyOf(out);
    }

    /**
     * Every text of the article in reading order, with its pointer and role: what editorial rules
     * read.
     *
     * @return the texts
     */
    public List<Text> texts() {
        List<Text> out = new ArrayList<>();
        walk(new OutlineAdapter() {
            @Override
            public void header(Part.Header header) {
                Condition c = header.condition();
                out.add(new Text("/title", c.title(), TextRole.TITLE));
                add("/subtitle", c.subtitle(), TextRole.SUBTITLE);
                add("/series", c.series(), TextRole.SUBTITLE);
                for (int i = 0; i < c.alsoCalled().size(); i++) {
                    out.add(new Text("/alsoCalled/" + i, c.alsoCalled().get(i), TextRole.OTHER_NAME));
                }
            }

            @Override
            public void enterSection(Part.SectionPart section) {
                add(section.pointer() + "/heading", section.section().heading(), TextRole.HEADING);
            }

            @Override
            public void paragraph(Part.ParagraphPart paragraph) {
                out.add(new Text(paragraph.pointer(), paragraph.paragraph().text(), TextRole.PARAGRAPH));
            }

            @Override
            public void enterItem(Part.ItemPart part) {
                Item item = part.item();
                String at = part.pointer();
                add(at + "/term", item.term(), TextRole.TERM);
                out.add(new Text(at + "/text", item.text(), TextRole.ITEM));
                add(at + "/note", item.note(), TextRole.NOTE);
                for (int i = 0; i < item.examples().size(); i++) {
                    out.add(new Text(at + "/examples/" + i, item.examples().get(i), TextRole.EXAMPLE));
                }
                for (int i = 0; i < item.paragraphs().size(); i++) {
                    out.add(new Text(at + "/paragraphs/" + i, item.paragraphs().get(i), TextRole.PARAGRAPH));
                }
            }

            @Override
            public void enterAside(Part.AsidePart aside) {
                out.add(new Text(aside.pointer() + "/title", aside.aside().title(), TextRole.HEADING));
            }

            @Override
            public void figure(Part.FigurePart figure) {
                out.add(new Text(figure.pointer() + "/credit", figure.media().credit(), TextRole.CAPTION));
                add(figure.pointer() + "/description", figure.media().description(), TextRole.CAPTION);
            }

            @Override
            public void resources(Part.ResourcesPart resources) {
                for (int g = 0; g < resources.groups().size(); g++) {
                    ResourceGroup group = resources.groups().get(g);
                    String at = "/resources/" + g;
                    add(at + "/heading", group.heading(), TextRole.HEADING);
                    for (int i = 0; i < group.items().size(); i++) {
                        Resource r = group.items().get(i);
                        out.add(new Text(at + "/items/" + i + "/organization", r.organization(), TextRole.NAME));
                        add(at + "/items/" + i + "/site", r.site(), TextRole.NAME);
                    }
                }
            }

            @Override
            public void references(Part.ReferencesPart references) {
                for (int i = 0; i < references.references().size(); i++) {
                    Reference r = references.references().get(i);
                    out.add(new Text("/references/" + i + "/title", r.title(), TextRole.CITATION));
                }
            }

            @Override
            public void credits(Part.CreditsPart credits) {
                Condition c = credits.condition();
                for (int i = 0; i < c.contributors().size(); i++) {
                    Contributor person = c.contributors().get(i);
                    out.add(new Text("/contributors/" + i + "/name", person.name(), TextRole.NAME));
                }
                if (c.publisher() != null) {
                    out.add(new Text("/publisher/name", c.publisher().name(), TextRole.NAME));
                }
                if (c.copyright() != null) {
                    out.add(new Text("/copyright/holder", c.copyright().holder(), TextRole.NAME));
                }
                if (c.review() != null) {
                    add("/review/statement", c.review().statement(), TextRole.NOTICE);
                }
                add("/disclaimer", c.disclaimer(), TextRole.NOTICE);
                if (c.feedback() != null) {
                    out.add(new Text("/feedback/invitation", c.feedback().invitation(), TextRole.NOTICE));
                }
            }

            private void add(String pointer, @Nullable String value, TextRole role) {
                if (value != null) {
                    out.add(new Text(pointer, value, role));
                }
            }
        });
        return List.copyOf(out);
    }
}
