package org.conditioncontent.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.conditioncontent.model.Condition;
import org.conditioncontent.model.RiskFactor;
import org.conditioncontent.model.Section;
import org.jspecify.annotations.Nullable;

/**
 * What the mustache template needs beyond the record: a template has no logic, so the facts it
 * tests (is a list empty?) and the few values it cannot compute (the joined other names, the id and
 * heading of a further section, the meta description) come from this view. A user of mustache.java
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

    /** @return the meta description: the start of the definition, as our renderer writes it */
    public String description() {
        String text = condition.definition().isEmpty() ? "" : condition.definition().get(0);
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

    /** @return whether there is a definition */
    public boolean hasDefinition() {
        return !condition.definition().isEmpty() || !condition.media().isEmpty();
    }

    /** @return whether there are causes */
    public boolean hasCauses() {
        return !condition.causes().isEmpty();
    }

    /** @return whether there are symptoms */
    public boolean hasSymptoms() {
        return !condition.symptoms().isEmpty();
    }

    /** @return whether there is a diagnosis */
    public boolean hasDiagnosis() {
        return !condition.diagnosis().isEmpty();
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

    /** @return the further sections with their ids and headings */
    public List<SectionView> sectionViews() {
        List<SectionView> out = new ArrayList<>(condition.sections().size());
        for (Section s : condition.sections()) {
            String id = s.kind().name().toLowerCase(Locale.ROOT).replace('_', '-');
            String heading = s.heading() != null ? s.heading() : headingOf(id);
            out.add(new SectionView(id, heading, s.paragraphs(), s.leadIn(), s.items()));
        }
        return out;
    }

    /** @return the risk factors, each with whether it has a nested list */
    public List<RiskItem> riskItems() {
        if (condition.riskFactors() == null) {
            return List.of();
        }
        List<RiskItem> out = new ArrayList<>(condition.riskFactors().items().size());
        for (RiskFactor r : condition.riskFactors().items()) {
            out.add(new RiskItem(r.name(), r.examples(), !r.items().isEmpty(), r.items()));
        }
        return out;
    }

    private static String headingOf(String id) {
        String words = id.replace('-', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /**
     * A further section as the template shows it.
     *
     * @param id the section's id
     * @param heading its heading
     * @param paragraphs its paragraphs
     * @param leadIn the sentence before its list
     * @param items its list
     */
    public record SectionView(String id, String heading, List<String> paragraphs, @Nullable String leadIn, List<String> items) {
        /** @return whether the section has a list */
        public boolean hasItems() {
            return !items.isEmpty();
        }
    }

    /**
     * A risk factor as the template shows it.
     *
     * @param name its name
     * @param examples its examples
     * @param nested whether it has a nested list
     * @param items the nested list
     */
    public record RiskItem(String name, List<String> examples, boolean nested, List<RiskFactor> items) {}
}
