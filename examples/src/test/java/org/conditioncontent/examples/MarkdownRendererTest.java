package org.conditioncontent.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.conditioncontent.loader.ConditionLoader;
import org.conditioncontent.model.Condition;
import org.conditioncontent.model.Reference;
import org.conditioncontent.model.ReferenceType;
import org.conditioncontent.model.Resource;
import org.conditioncontent.model.ResourceGroup;
import org.conditioncontent.render.Renderers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MarkdownRendererTest {

    private static String seed;

    @BeforeAll
    static void renderTheSeed() {
        // Tests run in the module's folder, beside the example articles.
        Condition condition = ConditionLoader.builder().build().loadOrThrow(Path.of("conditions/nocturnal-leg-cramps.yaml"));
        seed = new MarkdownRenderer().render(condition);
    }

    @Test
    void describesItsFormat() {
        MarkdownRenderer renderer = new MarkdownRenderer();

        assertThat(renderer.format()).isEqualTo("markdown");
        assertThat(renderer.mediaType()).isEqualTo("text/markdown; charset=UTF-8");
        assertThat(renderer.fileExtension()).isEqualTo("md");
    }

    @Test
    void isFoundByTheServiceLoader() {
        assertThat(Renderers.discover().get("markdown")).isInstanceOf(MarkdownRenderer.class);
    }

    @Test
    void makesTheTitleTheOnlyTopHeadingAndEachPartASecondLevelOne() {
        List<String> lines = seed.lines().toList();

        assertThat(lines.get(0)).isEqualTo("# Nocturnal Leg Cramps");
        assertThat(lines).filteredOn(line -> line.startsWith("# ")).hasSize(1);
        assertThat(lines).filteredOn(line -> line.startsWith("## ")).containsExactly(
                "## Definition", "## Causes", "## Risk Factors", "## Symptoms", "## Diagnosis", "## Treatment",
                "## Prevention", "## Medications", "## Resources", "## References");
        assertThat(lines).contains("### Canadian Resources");
        assertThat(seed).endsWith("healthlibrarysupport@ebsco.com.\n").doesNotEndWith("\n\n");
    }

    @Test
    void writesListItemsWithNestingNotesAndExamples() {
        assertThat(seed).startsWith("# Nocturnal Leg Cramps\n\nAlso called: Muscle Cramps, Nocturnal Muscles Cramps, Age-Related Cramps\n\n");
        assertThat(seed).contains("often disrupt sleep.\n\n*Copyright © Nucleus Medical Media, Inc.*\n\n## Causes");
        assertThat(seed).contains("Other things that raise the risk are:\n\n- Pregnancy\n- Alcohol use disorder\n");
        assertThat(seed).contains("- Some health issues\n  - Diseases of the liver, kidneys, heart, and blood vessels\n");
        assertThat(seed).contains("  - Hormone disorders\u2014such as thyroid disorders or diabetes\n");
        assertThat(seed).contains("  - Imbalances in minerals\u2014such as calcium, potassium, and magnesium\n");
        assertThat(seed).contains("- Stretching leg muscles\u2014when cramps occur\n");
        assertThat(seed).contains("- Muscle relaxants\n");
        assertThat(seed).contains("- Family Doctor (American Academy of Family Physicians)\n");
    }

    @Test
    void numbersTheReferencesAndLinksOnlyWebUrls() {
        assertThat(seed).contains("1. Delacour C., Chambe J., et al. *Association between physical activity");
        assertThat(seed).contains("Scientific Reports, 2020;10(1):2638.\n");
        assertThat(seed).contains("[https://www.dynamed.com/condition/nocturnal-leg-cramps](<https://www.dynamed.com/condition/nocturnal-leg-cramps>)");
        assertThat(seed).contains("\n3. Roguin Maor N., Alperin M., et al.");
    }

    @Test
    void closesWithTheCreditsAfterARule() {
        String credits = seed.substring(seed.indexOf("\n---\n"));

        assertThat(credits).contains("By Mary-Beth Seymour, RN\n")
                .contains("© 2023 EBSCO Information Services\n")
                .contains("This information is neither intended nor implied")
                .contains("healthlibrarysupport@ebsco.com.\n");
    }

    @ParameterizedTest
    @CsvSource(delimiterString = "=>", value = {
        "plain text                 => plain text",
        "*bold* _em_ `code`         => \\*bold\\* \\_em\\_ \\`code\\`",
        "[x](javascript:alert(1))   => \\[x\\](javascript:alert(1))",
        "<script>&amp;              => \\<script\\>\\&amp;",
        "# not a heading #          => \\# not a heading \\#",
        "- not an item              => \\- not an item",
        "+ not an item              => \\+ not an item",
        "1. not an item             => 1\\. not an item",
        "2024) not an item          => 2024\\) not an item",
        "=== not an underline       => \\=== not an underline",
        "a \\ b | c ~ d             => a \\\\ b \\| c \\~ d",
        "mid-line - and 1. stay     => mid-line - and 1. stay"
    })
    void escapesMarkdownSyntax(String text, String escaped) {
        assertThat(MarkdownRenderer.escape(text)).isEqualTo(escaped);
    }

    @Test
    void keepsEveryValueOnItsOwnLine() {
        assertThat(MarkdownRenderer.escape("  one\n# two\r\nthree  ")).isEqualTo("one \\# two three");
    }

    @Test
    void neitherInjectsMarkupNorLinksUnsafeUrls() {
        Condition hostile = Condition.builder("hostile", "Title\n## Injected")
                .alsoCalled("<img src=x onerror=alert(1)>")
                .resources(new ResourceGroup("US", null, List.of(
                        new Resource("Evil", null, "javascript:alert(1)"),
                        new Resource("Good", null, "https://example.org/a_b"))))
                .references(Reference.builder(ReferenceType.WEBPAGE).title("*T*").url("https://example.org/x>y").build())
                .build();

        String markdown = new MarkdownRenderer().render(hostile);

        assertThat(markdown.lines()).first().isEqualTo("# Title \\#\\# Injected");
        assertThat(markdown.lines()).filteredOn(line -> line.startsWith("#")).hasSize(3); // title, Resources, References
        assertThat(markdown).contains("Also called: \\<img src=x onerror=alert(1)\\>\n");
        assertThat(markdown).contains("- Evil\n").doesNotContain("(<javascript:");
        assertThat(markdown).contains("- [Good](<https://example.org/a_b>)\n");
        assertThat(markdown).contains("1. *\\*T\\**. https://example.org/x\\>y\n");
    }
}
