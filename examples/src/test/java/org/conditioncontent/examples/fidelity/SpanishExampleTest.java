package org.conditioncontent.examples.fidelity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.conditioncontent.model.Condition;
import org.conditioncontent.model.SectionKind;
import org.conditioncontent.render.Labels;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * The Spanish example article renders with Spanish labels in text and HTML: no word of a built-in
 * English label is left in either rendering, the Spanish ones are there, and the page and its
 * JSON-LD say the article's language. (The Nu checker runs on it in {@code ExportedPagesTest}, axe
 * in {@code .ci/run}, the publisher layout in {@code ExampleFidelityTest}.)
 */
class SpanishExampleTest {

    private static final Condition ARTICLE = Examples.load("quemadura-solar");

    /**
     * Every word the English label set adds: each label with its placeholders cut out, every
     * default heading and every month name.
     */
    static List<String> englishLabels() {
        Labels english = Labels.english();
        List<String> words = new ArrayList<>();
        for (Labels.Label label : Labels.Label.values()) {
            for (String piece : english.get(label).split("\\{[a-z]+\\}")) {
                if (piece.chars().anyMatch(Character::isLetter)) {
                    words.add(piece.strip());
                }
            }
        }
        for (SectionKind kind : SectionKind.values()) {
            words.add(english.heading(kind));
        }
        for (int month = 1; month <= 12; month++) {
            words.add(english.month(month));
        }
        return words;
    }

    @Test
    void theLabelListIsTheWholeEnglishSet() {
        assertThat(englishLabels()).contains("such as", "or", "and", "Also called", "Risk Factors", "References",
                "Accessed", "website", "October", "When to See a Doctor").hasSizeGreaterThan(50);
    }

    @Test
    void noEnglishLabelIsInTheText() {
        String text = Examples.RENDERERS.get("text").render(ARTICLE);
        assertNoEnglish(text, "text");
        assertThat(text).contains("\nAfección\n", "\nFactores de riesgo\n", "\nCuándo consultar al médico\n",
                "- Toman algunos medicamentos, como ciertos antibióticos o ciertos diuréticos\n",
                "Publicado: 1 de julio de 2025. Última actualización: 12 de mayo de 2026.",
                "Disponible en: https://medlineplus.gov/spanish/sunburn.html. Consultado el 12 de mayo de 2026.");
    }

    @Test
    void noEnglishLabelIsInThePage() {
        String html = Examples.RENDERERS.get("html").render(ARTICLE);
        Document doc = Jsoup.parse(html);
        assertNoEnglish(doc.text(), "html");
        assertNoEnglish(doc.title(), "html title");
        assertThat(doc.selectFirst("html").attr("lang")).isEqualTo("es");
        assertThat(doc.select("h2").eachText()).contains("Definición", "Causas", "Síntomas", "Tratamiento",
                "Prevención", "Recursos", "Referencias", "Colaboradores");
        assertThat(doc.select("p.also-called").text()).isEqualTo("También llamada: Eritema solar");
        assertThat(doc.select("footer time").eachText()).containsExactly("1 de julio de 2025", "12 de mayo de 2026");
        assertThat(doc.select("script[type=application/ld+json]").html()).contains("\"inLanguage\": \"es\"");
    }

    private static void assertNoEnglish(String rendering, String what) {
        for (String label : englishLabels()) {
            Pattern word = Pattern.compile("(?<!\\p{L})" + Pattern.quote(label) + "(?!\\p{L})");
            assertThat(word.matcher(rendering).find())
                    .as("the English label \"%s\" in the %s rendering of the Spanish article", label, what)
                    .isFalse();
        }
    }
}
