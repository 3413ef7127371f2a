package org.conditioncontent.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.conditioncontent.model.Author;
import org.conditioncontent.model.CodingSystem;
import org.conditioncontent.model.Condition;
import org.conditioncontent.model.PartialDate;
import org.conditioncontent.model.ItemKind;
import org.conditioncontent.model.Item;
import org.conditioncontent.model.ItemList;
import org.conditioncontent.model.Section;
import org.conditioncontent.model.SectionKind;
import org.conditioncontent.model.Contributor;
import org.conditioncontent.model.ContributorRole;
import org.conditioncontent.model.Copyright;
import org.conditioncontent.model.MedicalCode;
import org.conditioncontent.model.Reference;
import org.conditioncontent.model.ReferenceType;
import org.conditioncontent.model.Review;
import org.conditioncontent.render.SampleConditions;
import org.junit.jupiter.api.Test;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class JsonLdTest {

    private static final JsonMapper JSON = JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private static JsonNode read(Condition c) {
        return JSON.readTree(JsonLd.of(c));
    }


    @Test
    void aPageAndAFragmentHoldTheSameJsonLdAsItsString() {
        // The pages write the JSON-LD straight into themselves; its string form, checked by
        // HtmlWriter.jsonScript(String), is what they must hold, byte for byte.
        for (Condition c : List.of(SampleConditions.complete(), SampleConditions.shapes(), SampleConditions.minimal(),
                SampleConditions.nocturnalLegCramps())) {
            String script = "<script type=\"application/ld+json\">\n" + JsonLd.of(c) + "\n</script>\n";
            assertThat(HtmlRenderer.builder().build().render(c)).as(c.id()).contains(script);
            assertThat(HtmlRenderer.builder().fragment(true).jsonLd(true).build().render(c)).as(c.id())
                    .endsWith(script + "</article>\n");
        }
    }
    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.propertyNames().forEach(names::add);
        return names;
    }

    private static List<String> values(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        for (JsonNode element : array) {
            values.add(element.path(field).asString());
        }
        return values;
    }

    @Test
    void describesTheSeedAsAMedicalWebPageAboutAMedicalCondition() {
        JsonNode page = read(SampleConditions.complete());

        assertThat(fieldNames(page)).containsExactly("@context", "@type", "name", "description", "inLanguage",
                "mainEntity", "lastReviewed", "author", "copyrightHolder", "copyrightYear", "citation");
        assertThat(page.path("@context").asString()).isEqualTo("https://schema.org");
        assertThat(page.path("@type").asString()).isEqualTo("MedicalWebPage");
        assertThat(page.path("name").asString()).isEqualTo("Nocturnal Leg Cramps");
        assertThat(page.path("description").asString()).startsWith("Nocturnal leg cramps are sudden spasms").endsWith("\u2026");
        assertThat(page.path("inLanguage").asString()).isEqualTo("en-US");
        assertThat(page.path("lastReviewed").asString()).isEqualTo("2023-06-01");
        assertThat(page.path("author").get(0).path("@type").asString()).isEqualTo("Person");
        assertThat(page.path("author").get(0).path("name").asString()).isEqualTo("Mary-Beth Seymour");
        assertThat(page.path("author").get(0).path("honorificSuffix").asString()).isEqualTo("RN");
        assertThat(page.path("copyrightHolder").path("@type").asString()).isEqualTo("Organization");
        assertThat(page.path("copyrightHolder").path("name").asString()).isEqualTo("EBSCO Information Services");
        assertThat(page.path("copyrightYear").isInt()).isTrue();
        assertThat(page.path("copyrightYear").asInt()).isEqualTo(2023);
    }

    @Test
    void givesTheConditionItsNamesCodesRiskFactorsTreatmentsAndPrevention() {
        JsonNode condition = read(SampleConditions.nocturnalLegCramps()).path("mainEntity");

        assertThat(condition.path("@type").asString()).isEqualTo("MedicalCondition");
        assertThat(condition.path("name").asString()).isEqualTo("Nocturnal Leg Cramps");
        assertThat(condition.path("alternateName").size()).isEqualTo(3);
        assertThat(condition.path("alternateName").get(0).asString()).isEqualTo("Muscle Cramps");
        JsonNode code = condition.path("code").get(0);
        assertThat(code.path("@type").asString()).isEqualTo("MedicalCode");
        assertThat(code.path("codeValue").asString()).isEqualTo("G47.62");
        assertThat(code.path("codingSystem").asString()).isEqualTo("ICD-10-CM");

        // Nested factors are flattened in reading order; "Some health issues" only groups them.
        assertThat(values(condition.path("riskFactor"), "@type")).containsOnly("MedicalRiskFactor");
        assertThat(values(condition.path("riskFactor"), "name")).containsExactly(
                "Pregnancy", "Alcohol use disorder", "Overusing muscles",
                "Sitting for a long time, or standing on hard surfaces", "Flat feet or other foot or ankle deformities",
                "Certain medicines", "Diseases of the liver, kidneys, heart, and blood vessels", "Cancer",
                "Hormone disorders", "Neurological disorders", "Imbalances in minerals", "Dehydration");

        assertThat(values(condition.path("possibleTreatment"), "@type")).containsExactly(
                "MedicalTherapy", "MedicalTherapy", "MedicalTherapy", "DrugClass", "DrugClass", "DrugClass");
        assertThat(values(condition.path("possibleTreatment"), "name")).containsExactly(
                "Stretching leg muscles", "Standing on the affected leg and walking", "Massage, and hot or cold treatments",
                "Muscle relaxants", "Calcium channel blockers", "Anticonvulsants");
        assertThat(values(condition.path("primaryPrevention"), "@type")).containsOnly("MedicalTherapy");
        assertThat(values(condition.path("primaryPrevention"), "name")).containsExactly(
                "Exercising and stretching the legs and feet", "Drinking plenty of liquids",
                "Wearing comfortable, supportive shoes");
    }

    @Test
    void typesADrugByItsKind() {
        Condition c = Condition.builder("x", "X")
                .body(Section.of(SectionKind.MEDICATIONS, ItemList.bullets(
                        Item.builder("Magnesium oxide").kind(ItemKind.DRUG).build(),
                        Item.builder("Statins").kind(ItemKind.DRUG_CLASS).build(),
                        Item.of("Quinine"))))
                .build();
        JsonNode treatments = read(c).path("mainEntity").path("possibleTreatment");
        assertThat(values(treatments, "@type")).containsExactly("Drug", "DrugClass", "Drug");
        assertThat(values(treatments, "name")).containsExactly("Magnesium oxide", "Statins", "Quinine");
    }

    @Test
    void namesItemsByKindWhereverThePublisherPutThem() {
        JsonNode page = read(SampleConditions.shapes());
        JsonNode condition = page.path("mainEntity");
        // One in a section nested two deep, one in an aside whose item says its kind.
        assertThat(values(condition.path("riskFactor"), "name")).containsExactly("Tight calf muscles", "Running in worn shoes");
        assertThat(values(condition.path("cause"), "@type")).containsOnly("MedicalCause");
        assertThat(values(condition.path("cause"), "name")).containsExactly("Dehydration", "Overload");
        // Self-care steps are treatments; the sub-steps of a step are its parts, not treatments of their own.
        assertThat(values(condition.path("possibleTreatment"), "name"))
                .containsExactly("Rest the leg", "Stretch gently", "Ice the calf", "Ibuprofen", "Pain relievers");
        assertThat(values(condition.path("possibleTreatment"), "@type"))
                .containsExactly("MedicalTherapy", "MedicalTherapy", "MedicalTherapy", "Drug", "DrugClass");
        assertThat(values(condition.path("drug"), "@type")).containsExactly("Drug");
        assertThat(values(condition.path("drug"), "name")).containsExactly("Ibuprofen");
    }

    @Test
    void writesThePublisherApartFromCopyrightDatesAtTheirPrecisionAndOrganizations() {
        JsonNode page = read(SampleConditions.shapes());
        assertThat(page.path("publisher").path("@type").asString()).isEqualTo("Organization");
        assertThat(page.path("publisher").path("name").asString()).isEqualTo("Example Health Agency");
        assertThat(page.path("publisher").path("url").asString()).isEqualTo("https://example.org");
        assertThat(page.has("copyrightHolder")).isFalse();
        assertThat(page.path("url").asString()).isEqualTo("https://example.org/guides/calf-strain");
        assertThat(page.path("datePublished").asString()).isEqualTo("2018");
        assertThat(page.path("dateModified").asString()).isEqualTo("2023-03-04");
        assertThat(page.path("lastReviewed").asString()).isEqualTo("2019-10");
        assertThat(page.path("inLanguage").asString()).isEqualTo("en-US");
        JsonNode editor = page.path("editor").get(0);
        assertThat(editor.path("@type").asString()).isEqualTo("Organization");
        assertThat(editor.path("name").asString()).isEqualTo("The Guide's Editorial Staff");
        assertThat(page.path("author").get(0).path("@type").asString()).isEqualTo("Person");
        assertThat(page.path("author").get(0).path("honorificSuffix").asString()).isEqualTo("MD");
    }

    @Test
    void citesEachReferenceWithItsAuthorsYearJournalAndIdentifiers() {
        JsonNode citations = read(SampleConditions.complete()).path("citation");

        assertThat(values(citations, "@type")).containsExactly("ScholarlyArticle", "WebPage", "ScholarlyArticle", "ScholarlyArticle");
        JsonNode delacour = citations.get(0);
        assertThat(delacour.path("name").asString()).startsWith("Association between physical activity");
        assertThat(values(delacour.path("author"), "name")).containsExactly("C. Delacour", "J. Chambe");
        assertThat(values(delacour.path("author"), "familyName")).containsExactly("Delacour", "Chambe");
        assertThat(delacour.path("datePublished").asString()).isEqualTo("2020");
        assertThat(delacour.path("isPartOf").path("@type").asString()).isEqualTo("Periodical");
        assertThat(delacour.path("isPartOf").path("name").asString()).isEqualTo("Scientific Reports");
        assertThat(delacour.path("pagination").asString()).isEqualTo("2638");
        assertThat(delacour.path("sameAs").get(0).asString()).isEqualTo("https://doi.org/10.1038/s41598-020-59538-7");

        JsonNode dynamed = citations.get(1);
        assertThat(dynamed.path("isPartOf").path("@type").asString()).isEqualTo("WebSite");
        assertThat(dynamed.path("isPartOf").path("name").asString()).isEqualTo("EBSCO DynaMed");
        assertThat(dynamed.path("url").asString()).isEqualTo("https://www.dynamed.com/condition/nocturnal-leg-cramps");
        assertThat(dynamed.has("author")).isFalse();

        assertThat(citations.get(3).path("sameAs").get(0).asString()).isEqualTo("https://pubmed.ncbi.nlm.nih.gov/22963024/");
    }

    @Test
    void citesBooksReportsAndOrganizationsAndLeavesOutWhatIsNotAUsableIdentifier() {
        Reference book = Reference.builder(ReferenceType.BOOK).title("Sleep Medicine")
                .author(new Author(null, null, "American Academy of Sleep Medicine")).author(new Author("Plato", null, null))
                .publisher("AASM").year(2014).doi("not a doi").pmid("0123").url("javascript:alert(1)").build();
        Reference report = Reference.builder(ReferenceType.REPORT).title("Annual report").year(12345)
                .doi("10.1000/a b").build();
        JsonNode citations = read(Condition.builder("x", "X").references(book, report).build()).path("citation");

        JsonNode b = citations.get(0);
        assertThat(b.path("@type").asString()).isEqualTo("Book");
        assertThat(values(b.path("author"), "@type")).containsExactly("Organization", "Person");
        assertThat(values(b.path("author"), "name")).containsExactly("American Academy of Sleep Medicine", "Plato");
        assertThat(b.path("publisher").path("name").asString()).isEqualTo("AASM");
        assertThat(b.has("url")).as("a javascript: URL").isFalse();
        assertThat(b.has("sameAs")).as("a malformed DOI and PMID").isFalse();

        JsonNode r = citations.get(1);
        assertThat(r.path("@type").asString()).isEqualTo("Report");
        assertThat(r.has("datePublished")).as("a year without four digits").isFalse();
        assertThat(r.has("sameAs")).as("a DOI with a space does not match the DOI pattern").isFalse();
    }

    @Test
    void namesContributorsByTheirRole() {
        Condition c = Condition.builder("x", "X")
                .contributors(Contributor.person("A. Author", "MD", ContributorRole.AUTHOR),
                        Contributor.person("R. Reviewer", null, ContributorRole.MEDICAL_REVIEWER),
                        Contributor.person("E. Editor", null, ContributorRole.EDITOR),
                        Contributor.person("C. Someone", null, null))
                .build();
        JsonNode page = read(c);
        assertThat(values(page.path("author"), "name")).containsExactly("A. Author");
        assertThat(values(page.path("reviewedBy"), "name")).containsExactly("R. Reviewer");
        assertThat(values(page.path("editor"), "name")).containsExactly("E. Editor");
        assertThat(values(page.path("contributor"), "name")).containsExactly("C. Someone");
        assertThat(page.path("reviewedBy").get(0).has("honorificSuffix")).isFalse();
    }

    @Test
    void leavesOutWhatTheArticleDoesNotHave() {
        JsonNode page = read(SampleConditions.minimal());
        assertThat(fieldNames(page)).containsExactly("@context", "@type", "name", "mainEntity");
        assertThat(fieldNames(page.path("mainEntity"))).containsExactly("@type", "name");
    }

    @Test
    void leavesOutBlankValuesMalformedLanguagesAndTheNextReviewDate() {
        Condition c = Condition.builder("x", "X").language("english")
                .alsoCalled(" ", "Other")
                .codes(new MedicalCode(CodingSystem.MESH, " ", null), new MedicalCode(null, "D009120", null))
                .copyright(new Copyright(null, " "))
                .review(new Review(null, null, PartialDate.ofYear(2025), List.of()))
                .build();
        JsonNode page = read(c);
        assertThat(page.has("inLanguage")).isFalse();
        assertThat(page.has("lastReviewed")).isFalse();
        assertThat(page.has("copyrightHolder")).isFalse();
        assertThat(page.has("copyrightYear")).isFalse();
        assertThat(page.path("mainEntity").path("alternateName").size()).isEqualTo(1);
        assertThat(page.path("mainEntity").path("alternateName").get(0).asString()).isEqualTo("Other");
        JsonNode codes = page.path("mainEntity").path("code");
        assertThat(codes.size()).isEqualTo(1);
        assertThat(fieldNames(codes.get(0))).containsExactly("@type", "codeValue");
    }

    @Test
    void keepsTheCharactersOfAHostileNameButNoLessThanSign() {
        String name = "</script><script>alert(1)</script>\u2028\u202e\u200b\u0000\ud800 \"x\" \\";
        String json = JsonLd.of(Condition.builder("x", name).build());
        assertThat(json).doesNotContain("<").doesNotContain("\u2028").contains("\\u003c/script\\u003e");
        // The one change: an unpaired surrogate has no UTF-8 form and becomes U+FFFD.
        assertThat(JSON.readTree(json).path("mainEntity").path("name").asString()).isEqualTo(name.replace('\ud800', '\ufffd'));
    }

    @Test
    void readsALanguageTagExactlyAsTheModelsPatternDoes() {
        // Every string of up to six characters over letters of both cases, digits, the hyphen
        // and three that the tag never holds; then longer random ones, subtags of up to ten.
        Pattern pattern = Pattern.compile(Condition.LANGUAGE_TAG_PATTERN);
        char[] alphabet = {'e', 'Z', '0', '9', '-', '_', '\u00e9', '@'};
        List<String> wrong = new ArrayList<>();
        List<String> texts = new ArrayList<>(List.of("", "en", "en-US", "eng-latn-US", "de-1996", "x", "en-", "-en",
                "en--US", "en-U", "en-abcdefgh", "en-abcdefghi", "enUS", "e1", "zh-Hant-TW", "EN-us"));
        for (int length = 1; length <= 6; length++) {
            int count = (int) Math.pow(alphabet.length, length);
            for (int k = 0; k < count; k++) {
                StringBuilder s = new StringBuilder();
                for (int i = 0, rest = k; i < length; i++, rest /= alphabet.length) {
                    s.append(alphabet[rest % alphabet.length]);
                }
                texts.add(s.toString());
            }
        }
        Random random = new Random(123);
        for (int k = 0; k < 20_000; k++) {
            StringBuilder s = new StringBuilder(random.nextInt(2) == 0 ? "en" : "abc".substring(0, 1 + random.nextInt(3)));
            for (int subtags = random.nextInt(4); subtags > 0; subtags--) {
                s.append('-');
                for (int i = random.nextInt(11); i > 0; i--) {
                    s.append(alphabet[random.nextInt(4)]);
                }
            }
            texts.add(s.toString());
        }
        for (String text : texts) {
            if (JsonLd.isLanguageTag(text) != pattern.matcher(text).matches()) {
                wrong.add(text);
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(JsonLd.isLanguageTag(null)).isFalse();
    }
}
