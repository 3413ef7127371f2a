package org.conditioncontent.loader.format1;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.conditioncontent.model.Block;
import org.conditioncontent.model.Item;
import org.conditioncontent.model.ItemKind;
import org.conditioncontent.model.ItemList;
import org.conditioncontent.model.Media;
import org.conditioncontent.model.Paragraph;
import org.conditioncontent.model.PartialDate;
import org.conditioncontent.model.SectionKind;
import org.conditioncontent.model.Suppression;
import org.jspecify.annotations.Nullable;

/**
 * Turns a format-1 article into the format-2 article with the same content and meaning, and
 * records where each part came from. The typed slots become sections in format 1's fixed reading
 * order (definition with its illustrations, causes, risk factors, symptoms, diagnosis,
 * treatment, prevention, medications, then the further sections); a summary becomes paragraphs,
 * a lead-in the paragraph before its list, and a risk factor, treatment, measure or medication a
 * list item of its section's kind. One upgrade per article; not thread-safe.
 *
 * @param article the upgraded article
 * @param pointers where each of its parts came from
 */
public record Upgrade(org.conditioncontent.model.Condition article, PointerMap pointers) {

    /**
     * Upgrades an article.
     *
     * @param v1 a bound format-1 article
     * @return the format-2 article and its pointer map, or {@code null} when the article has no
     *     id or no title
     */
    public static @Nullable Upgrade of(Condition v1) {
        // Without an id or a title there is no article to upgrade; the binder has reported them.
        return v1.id() == null || v1.title() == null ? null : new Builder(v1).build();
    }

    private static final class Builder {
        private final Condition v1;
        private final PointerMap pointers = new PointerMap();
        private final List<org.conditioncontent.model.Section> body = new ArrayList<>();

        Builder(Condition v1) {
            this.v1 = v1;
        }

        Upgrade build() {
            List<Block> definition = new ArrayList<>();
            String at = next();
            paragraphs(v1.definition(), "/definition", at, definition);
            for (int i = 0; i < v1.media().size(); i++) {
                pointers.put(at + "/blocks/" + definition.size(), "/media/" + i);
                definition.add(v1.media().get(i));
            }
            section(SectionKind.DEFINITION, v1.definition().isEmpty() ? "/media" : "/definition", definition);
            prose(SectionKind.CAUSES, v1.causes(), "/causes");
            RiskFactors risks = v1.riskFactors();
            if (risks != null) {
                List<Item> items = new ArrayList<>();
                for (RiskFactor r : risks.items()) {
                    items.add(item(r));
                }
                listSection(SectionKind.RISK_FACTORS, "/riskFactors", risks.summary(), risks.leadIn(), items, "/items");
                renameItemTexts("/riskFactors/items", RiskFactor::items, risks.items());
            }
            prose(SectionKind.SYMPTOMS, v1.symptoms(), "/symptoms");
            prose(SectionKind.DIAGNOSIS, v1.diagnosis(), "/diagnosis");
            Treatments treatment = v1.treatment();
            if (treatment != null) {
                List<Item> items = treatment.options().stream()
                        .map(t -> Item.builder(t.name()).note(t.note()).build()).toList();
                listSection(SectionKind.TREATMENT, "/treatment", treatment.summary(), treatment.leadIn(), items, "/options");
            }
            Prevention prevention = v1.prevention();
            if (prevention != null) {
                List<Item> items = prevention.measures().stream()
                        .map(m -> Item.builder(m.name()).note(m.note()).build()).toList();
                listSection(SectionKind.PREVENTION, "/prevention", prevention.summary(), prevention.leadIn(), items, "/measures");
            }
            Medications medications = v1.medications();
            if (medications != null) {
                List<Item> items = medications.items().stream()
                        .map(m -> Item.builder(m.name()).note(m.note()).kind(kind(m.kind())).build()).toList();
                listSection(SectionKind.MEDICATIONS, "/medications", medications.summary(), medications.leadIn(), items, "/items");
            }
            for (int n = 0; n < v1.sections().size(); n++) {
                Section s = v1.sections().get(n);
                String from = "/sections/" + n;
                String section = next();
                List<Block> blocks = new ArrayList<>();
                paragraphs(s.paragraphs(), from + "/paragraphs", section, blocks);
                List<Item> items = s.items().stream().map(Item::of).toList();
                list(section, from, s.leadIn(), items, from + "/items", blocks);
                for (int i = 0; i < items.size(); i++) {
                    // A further section's items are texts in format 1: the item's text is the item.
                    pointers.put(section + "/blocks/" + (blocks.size() - 1) + "/items/" + i + "/text", from + "/items/" + i);
                }
                pointers.put(section + "/heading", from + "/heading");
                pointers.put(section + "/kind", from + "/kind");
                pointers.put(section, from);
                body.add(new org.conditioncontent.model.Section(s.kind(), s.heading(), false, blocks, List.of()));
            }
            Review review = v1.review();
            org.conditioncontent.model.Review upgradedReview = review == null ? null
                    : new org.conditioncontent.model.Review(review.statement(), date(review.lastReviewed()),
                            date(review.nextReview()), review.reviewers());
            List<Suppression> suppressions = v1.suppressions().stream()
                    .map(s -> new Suppression(s.rule(), pointers.toUpgraded(s.field()), s.reason())).toList();
            org.conditioncontent.model.Condition article = org.conditioncontent.model.Condition.builder(v1.id(), v1.title())
                    .formatVersion(org.conditioncontent.model.Condition.FORMAT_VERSION)
                    .language(v1.language())
                    .alsoCalled(v1.alsoCalled().toArray(String[]::new))
                    .codes(v1.codes().toArray(org.conditioncontent.model.MedicalCode[]::new))
                    .body(body.toArray(org.conditioncontent.model.Section[]::new))
                    .resources(v1.resources().toArray(org.conditioncontent.model.ResourceGroup[]::new))
                    .references(v1.references().toArray(org.conditioncontent.model.Reference[]::new))
                    .contributors(v1.contributors().toArray(org.conditioncontent.model.Contributor[]::new))
                    .review(upgradedReview)
                    .copyright(v1.copyright())
                    .disclaimer(v1.disclaimer())
                    .feedback(v1.feedback())
                    .related(v1.related().toArray(String[]::new))
                    .suppressions(suppressions.toArray(Suppression[]::new))
                    .build();
            return new Upgrade(article, pointers);
        }

        /** The pointer of the next section of the body. */
        private String next() {
            return "/body/" + body.size();
        }

        private void section(SectionKind kind, String from, List<Block> blocks) {
            if (!blocks.isEmpty()) {
                pointers.put(next(), from);
                body.add(new org.conditioncontent.model.Section(kind, null, false, blocks, List.of()));
            }
        }

        private void prose(SectionKind kind, List<String> paragraphs, String from) {
            List<Block> blocks = new ArrayList<>();
            paragraphs(paragraphs, from, next(), blocks);
            section(kind, from, blocks);
        }

        private void paragraphs(List<String> texts, String from, String section, List<Block> blocks) {
            for (int i = 0; i < texts.size(); i++) {
                pointers.put(section + "/blocks/" + blocks.size(), from + "/" + i);
                blocks.add(new Paragraph(texts.get(i)));
            }
        }

        /**
         * A typed list section of format 1: its summary, its lead-in and its list. A section with
         * a lead-in but no items keeps an empty list, so that the empty-list rule still reports it.
         */
        private void listSection(SectionKind kind, String from, List<String> summary, @Nullable String leadIn,
                List<Item> items, String itemsField) {
            String section = next();
            List<Block> blocks = new ArrayList<>();
            paragraphs(summary, from + "/summary", section, blocks);
            list(section, from, leadIn, items, from + itemsField, blocks);
            pointers.put(section, from);
            body.add(new org.conditioncontent.model.Section(kind, null, false, blocks, List.of()));
            for (int i = 0; i < items.size(); i++) {
                pointers.put(section + "/blocks/" + (blocks.size() - 1) + "/items/" + i + "/text", from + itemsField + "/" + i + "/name");
            }
        }

        private void list(String section, String from, @Nullable String leadIn, List<Item> items, String itemsFrom, List<Block> blocks) {
            if (leadIn != null) {
                pointers.put(section + "/blocks/" + blocks.size(), from + "/leadIn");
                blocks.add(new Paragraph(leadIn));
            }
            if (!items.isEmpty() || leadIn != null) {
                String list = section + "/blocks/" + blocks.size();
                pointers.put(list + "/items", itemsFrom);
                pointers.put(list, itemsFrom);
                blocks.add(new ItemList(items, false));
            }
        }

        /** Nested risk factors: the text of each nested item was its {@code name}. */
        private <T> void renameItemTexts(String from, Function<T, List<T>> children, List<T> values) {
            // The list is the last block of the section just added.
            String list = "/body/" + (body.size() - 1) + "/blocks/" + (body.get(body.size() - 1).blocks().size() - 1) + "/items";
            nested(list, from, children, values);
        }

        private <T> void nested(String list, String from, Function<T, List<T>> children, List<T> values) {
            for (int i = 0; i < values.size(); i++) {
                pointers.put(list + "/" + i + "/text", from + "/" + i + "/name");
                nested(list + "/" + i + "/items", from + "/" + i + "/items", children, children.apply(values.get(i)));
            }
        }

        private static Item item(RiskFactor r) {
            Item.Builder b = Item.builder(r.name()).examples(r.examples().toArray(String[]::new)).conjunction(r.conjunction());
            r.items().forEach(child -> b.items(item(child)));
            return b.build();
        }

        private static @Nullable ItemKind kind(@Nullable MedicationKind kind) {
            if (kind == null) {
                return null;
            }
            return kind == MedicationKind.DRUG ? ItemKind.DRUG : ItemKind.DRUG_CLASS;
        }

        private static @Nullable PartialDate date(@Nullable LocalDate date) {
            return date == null ? null : PartialDate.of(date);
        }
    }
}
