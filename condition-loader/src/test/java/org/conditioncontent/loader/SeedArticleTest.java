package org.conditioncontent.loader;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.conditioncontent.model.Condition;
import org.conditioncontent.model.Conjunction;
import org.conditioncontent.model.MedicationKind;
import org.conditioncontent.model.ReferenceType;
import org.conditioncontent.render.text.TextRenderer;
import org.conditioncontent.loader.rules.RuleSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The seed article, as the publisher exported it, against the typed example: nothing of the seed
 * is lost, and its structure is data, not formatting.
 */
class SeedArticleTest {

    private static final Path EXAMPLE = Path.of("../examples/conditions/nocturnal-leg-cramps.yaml");
    private static final Path SEED = Path.of("src/test/resources/seed/nocturnal-leg-cramps.txt");

    private static Condition article;

    /** Filled in from a reviewed run; see theSeedHasNoErrorsAndOnlyTheseWarnings. */
    private static final List<String> SEED_WARNINGS = List.of();

    private static LoadResult result;

    @BeforeAll
    static void load() {
        result = ConditionLoader.builder().rules(RuleSet.builder().builtIn().clock(RuleExamplesTest.TODAY).build()).build().load(EXAMPLE);
        article = result.orThrow();
    }

    /** The seed passes every rule but the editorial warnings listed here, each explained in the notes. */
    @Test
    void theSeedHasNoErrorsAndOnlyTheseWarnings() {
        assertThat(result.isValid()).isTrue();
        assertThat(result.diagnostics()).extracting(d -> d.line() + ":" + d.column() + " " + d.severity().label() + " " + d.rule() + " " + d.pointer())
                .containsExactlyElementsOf(SEED_WARNINGS);
    }

    @Test
    void everySentenceOfTheSeedIsInTheTextRendering() throws IOException {
        String rendered = normalise(String.join(" ", new TextRenderer().render(article).lines()
                .map(SeedArticleTest::withoutBullet).toList()));
        List<String> sentences = seedSentences();
        // Guards the splitter: the seed has 75 sentences and list items once its repeat is left out.
        assertThat(sentences).hasSize(75);
        List<String> missing = sentences.stream().filter(s -> !rendered.contains(s)).toList();
        assertThat(missing).as("seed sentences missing from the rendering:\n%s", rendered).isEmpty();
    }

    @Test
    void theSeedsStructureIsData() {
        assertThat(article.alsoCalled()).containsExactly("Muscle Cramps", "Nocturnal Muscles Cramps", "Age-Related Cramps");
        assertThat(article.media()).singleElement().extracting(m -> m.credit()).isEqualTo("Copyright © Nucleus Medical Media, Inc.");
        var healthIssues = article.riskFactors().items().get(6);
        assertThat(healthIssues.name()).isEqualTo("Some health issues");
        assertThat(healthIssues.items()).hasSize(6);
        var hormones = healthIssues.items().get(2);
        assertThat(hormones.examples()).containsExactly("thyroid disorders", "diabetes");
        assertThat(hormones.effectiveConjunction()).isEqualTo(Conjunction.OR);
        assertThat(article.treatment().options().get(0).note()).isEqualTo("when cramps occur");
        assertThat(article.medications().items()).allMatch(m -> m.kind() == MedicationKind.DRUG_CLASS);
        assertThat(article.resources()).extracting(g -> g.region()).containsExactly("US", "CA");
        assertThat(article.references()).extracting(r -> r.type())
                .containsExactly(ReferenceType.ARTICLE_JOURNAL, ReferenceType.WEBPAGE, ReferenceType.ARTICLE_JOURNAL);
        assertThat(article.references().get(0).authors()).extracting(a -> a.family()).containsExactly("Delacour", "Chambe");
        assertThat(article.references().get(0).etAl()).isTrue();
        assertThat(article.contributors()).singleElement().satisfies(c -> {
            assertThat(c.name()).isEqualTo("Mary-Beth Seymour");
            assertThat(c.credentials()).isEqualTo("RN");
        });
        assertThat(article.copyright().year()).isEqualTo(2023);
        assertThat(article.feedback().email()).isEqualTo("healthlibrarysupport@ebsco.com");
        assertThat(article.codes()).singleElement().satisfies(code -> assertThat(code.code()).isEqualTo("G47.62"));
    }

    /**
     * The seed's sentences: each line split after sentence-ending punctuation, bullets dropped,
     * white space folded. The export's accidental second copy of the resources block is left out.
     */
    private static List<String> seedSentences() throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(SEED, StandardCharsets.UTF_8));
        int first = lines.indexOf("Family Doctor—American Academy of Family Physicians");
        int second = lines.subList(first + 1, lines.size()).indexOf("Family Doctor—American Academy of Family Physicians") + first + 1;
        assertThat(second).as("the seed repeats its resources block").isGreaterThan(first);
        lines.subList(second, second + 5).clear();
        List<String> sentences = new ArrayList<>();
        for (String line : lines) {
            String text = normalise(withoutBullet(line));
            if (!text.isEmpty()) {
                sentences.addAll(Arrays.asList(text.split("(?<=[.!?:])\\s+(?=[A-Z(])")));
            }
        }
        return sentences;
    }

    private static String withoutBullet(String line) {
        String s = line.strip();
        return s.startsWith("- ") ? s.substring(2) : s;
    }

    private static String normalise(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}
