package org.conditioncontent.render;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.conditioncontent.model.Aside;
import org.conditioncontent.model.Author;
import org.conditioncontent.model.CodingSystem;
import org.conditioncontent.model.Condition;
import org.conditioncontent.model.Conjunction;
import org.conditioncontent.model.Contributor;
import org.conditioncontent.model.ContributorRole;
import org.conditioncontent.model.Copyright;
import org.conditioncontent.model.Feedback;
import org.conditioncontent.model.Item;
import org.conditioncontent.model.ItemKind;
import org.conditioncontent.model.ItemList;
import org.conditioncontent.model.Media;
import org.conditioncontent.model.MedicalCode;
import org.conditioncontent.model.Paragraph;
import org.conditioncontent.model.PartialDate;
import org.conditioncontent.model.Publisher;
import org.conditioncontent.model.Reference;
import org.conditioncontent.model.ReferenceType;
import org.conditioncontent.model.Resource;
import org.conditioncontent.model.ResourceGroup;
import org.conditioncontent.model.Review;
import org.conditioncontent.model.Section;
import org.conditioncontent.model.SectionKind;

/**
 * Articles for the renderers' tests, built in code so that a change to the model shows up as a
 * compile error here rather than as a silently different fixture.
 *
 * <ul>
 *   <li>{@link #nocturnalLegCramps()}: the seed article ({@code seeds/nocturnal-leg-cramps.txt}),
 *       every element of it and nothing else but its language and its ICD-10-CM code;
 *   <li>{@link #complete()}: the seed plus every optional part the seed lacks (further sections,
 *       links, DOI, PMID, access and review dates, reviewers, related articles);
 *   <li>{@link #french()}: a short article in a language without a built-in label set;
 *   <li>{@link #minimal()}: an id and a title only;
 *   <li>{@link #everyFieldFilledWith(String)}: one string in every text field and every URL, for
 *       escaping tests;
 *   <li>{@link #withNullsWhereValidationForbidsThem()}: {@code null} in every required field the
 *       records let through, for tests that renderers never fail on content.
 * </ul>
 */
public final class SampleConditions {

    private SampleConditions() {}

    /**
     * The seed article.
     *
     * @return the article
     */
    public static Condition nocturnalLegCramps() {
        return seed(false).build();
    }

    /**
     * The seed article with every optional part filled in.
     *
     * @return the article
     */
    public static Condition complete() {
        return seed(true)
                .body(
                        new Section(SectionKind.WHEN_TO_SEE_A_DOCTOR, null, false, List.of(
                                Paragraph.of("Most leg cramps are harmless and go away on their own."),
                                Paragraph.of("Call the doctor if cramps:"),
                                ItemList.bullets(
                                        Item.of("Happen often or disrupt sleep night after night"),
                                        Item.of("Come with swelling, redness, or skin changes in the leg"),
                                        Item.of("Come with muscle weakness"))), List.of()),
                        new Section(SectionKind.QUESTIONS_TO_ASK, "Questions for Your Doctor", false, List.of(
                                ItemList.bullets(
                                        Item.of("Could a medicine I take be causing the cramps?"),
                                        Item.of("Which stretches should I do before bed?"))), List.of()))
                .review(new Review(
                        "This content is reviewed regularly and is updated when new and relevant evidence is made available.",
                        PartialDate.of(LocalDate.of(2023, 6, 1)), PartialDate.of(LocalDate.of(2024, 6, 1)),
                        List.of("EBSCO Medical Review Board")))
                .related("restless-legs-syndrome", "peripheral-neuropathy")
                .build();
    }

    /**
     * An article in the shapes format 2 adds, as a publisher other than the seed's writes them: a
     * headless lead summary, question headings, a numbered guide whose steps have sub-bullets and
     * a paragraph, terms with descriptions, a boxed aside holding a risk factor, sections nested
     * three deep (a risk factor in the deepest), drugs by generic name, month-only and year-only
     * dates, an organization as a contributor, and a publisher without a copyright.
     *
     * @return the article
     */
    public static Condition shapes() {
        return Condition.builder("calf-strain", "Calf Strain")
                .language("en-US")
                .subtitle("A guide for runners")
                .series("Muscle and Joint Guides")
                .url("https://example.org/guides/calf-strain")
                .body(
                        new Section(SectionKind.DEFINITION, null, true, List.of(
                                Paragraph.of("A calf strain is a small tear in the muscles at the back of the lower leg.")), List.of()),
                        new Section(SectionKind.CAUSES, "Why does it happen?", false, List.of(
                                ItemList.bullets(
                                        Item.builder("losing more fluid than you take in").term("Dehydration").build(),
                                        Item.builder("running farther than the muscle is used to").term("Overload").build())),
                                List.of(new Section(SectionKind.WHO_IS_AFFECTED, "Who gets it?", false, List.of(
                                        Paragraph.of("Runners over 40 are most often affected.")), List.of(
                                        new Section(SectionKind.RISK_FACTORS, "Higher risk", false, List.of(
                                                ItemList.bullets(Item.of("Tight calf muscles"))), List.of()))))),
                        new Section(SectionKind.SELF_CARE, "What can I do at home?", false, List.of(
                                Paragraph.of("Follow these steps:"),
                                ItemList.numbered(
                                        Item.builder("Rest the leg").items(Item.of("Walk only short distances"), Item.of("Use a cane if needed"))
                                                .build(),
                                        Item.builder("Stretch gently").paragraphs("Stop if the stretch hurts.").build()),
                                new Aside("Runner's stretch", List.of(
                                        Paragraph.of("Lean against a wall with one leg back."),
                                        ItemList.bullets(Item.builder("Running in worn shoes").kind(ItemKind.RISK_FACTOR).build())))),
                                List.of(new Section(SectionKind.TREATMENT, "Immediate relief", false, List.of(
                                        ItemList.bullets(Item.of("Ice the calf"))), List.of()))),
                        new Section(SectionKind.MEDICATIONS, null, false, List.of(
                                ItemList.bullets(
                                        Item.builder("Ibuprofen").kind(ItemKind.DRUG).build(),
                                        Item.builder("Pain relievers").kind(ItemKind.DRUG_CLASS).build())), List.of()))
                .contributors(
                        Contributor.person("Ana Ruiz", "MD", ContributorRole.AUTHOR),
                        Contributor.organization("The Guide's Editorial Staff", ContributorRole.EDITOR))
                .publisher(new Publisher("Example Health Agency", "https://example.org"))
                .published(PartialDate.ofYear(2018))
                .updated(PartialDate.of(LocalDate.of(2023, 3, 4)))
                .review(new Review(null, PartialDate.ofMonth(2019, 10), null, List.of()))
                .build();
    }

    /**
     * A short article in French, written for these tests: the built-in label sets have no French
     * one, so the words the renderers add (default headings, "such as", "Published", month names)
     * are English, and a page in French marks them as such. It has a publisher's own heading,
     * items with examples, a note and a risk factor's nested kinds, a web page cited with its
     * site, address and access date, dates to the day, to the month and to the year, reviewers
     * and a related article.
     *
     * @return the article
     */
    public static Condition french() {
        return Condition.builder("hoquet", "Hoquet")
                .language("fr-FR")
                .series("Petits maux du quotidien")
                .alsoCalled("Singultus")
                .codes(new MedicalCode(CodingSystem.ICD_10_CM, "R06.6", "Hoquet"))
                .body(
                        Section.of(SectionKind.DEFINITION,
                                Paragraph.of("Le hoquet est une contraction brusque du diaphragme, suivie de la fermeture "
                                        + "des cordes vocales, qui fait entendre un petit bruit.")),
                        Section.of(SectionKind.CAUSES,
                                Paragraph.of("Il survient souvent sans raison précise, par exemple\u00a0:"),
                                ItemList.bullets(
                                        Item.of("Un repas avalé trop vite"),
                                        Item.builder("Certaines boissons").examples("les boissons gazeuses", "l'alcool")
                                                .conjunction(Conjunction.OR).build(),
                                        Item.builder("Un brusque changement de température")
                                                .note("une boisson glacée, par exemple").build())),
                        Section.of(SectionKind.RISK_FACTORS,
                                ItemList.bullets(Item.builder("Quelques problèmes de santé").kind(ItemKind.RISK_FACTOR)
                                        .items(Item.of("Reflux gastro-œsophagien"), Item.of("Troubles nerveux")).build())),
                        new Section(SectionKind.SELF_CARE, "Que faire chez soi\u00a0?", false, List.of(
                                ItemList.bullets(
                                        Item.of("Boire lentement un verre d'eau"),
                                        Item.of("Retenir sa respiration quelques secondes"))), List.of()),
                        Section.of(SectionKind.WHEN_TO_SEE_A_DOCTOR,
                                Paragraph.of("Consultez un médecin si le hoquet dure plus de deux jours, "
                                        + "ou s'il empêche de manger ou de dormir.")))
                .references(Reference.builder(ReferenceType.WEBPAGE).title("Le hoquet").site("Santé Exemple")
                        .url("https://sante.example/hoquet").year(2024).month(5).accessed(LocalDate.of(2025, 3, 14)).build())
                .contributors(Contributor.person("Claire Martin", "MD", ContributorRole.AUTHOR))
                .publisher(new Publisher("Santé Exemple", "https://sante.example"))
                .published(PartialDate.ofMonth(2024, 5))
                .updated(PartialDate.of(LocalDate.of(2025, 2, 10)))
                .review(new Review(null, PartialDate.of(LocalDate.of(2025, 1, 20)), PartialDate.ofYear(2027),
                        List.of("Comité de relecture médicale")))
                .related("reflux-gastro-oesophagien")
                .build();
    }

    /**
     * An article with an id and a title and nothing else.
     *
     * @return the article
     */
    public static Condition minimal() {
        return Condition.builder("minimal", "Minimal Condition").build();
    }

    /**
     * An article whose every text field, URL, e-mail address, id, date-free code and name holds the
     * same string, for tests that prove a renderer escapes or refuses whatever it is given. Such an
     * article does not pass validation, which is the point: renderers must not rely on it.
     *
     * @param value the string to put everywhere
     * @return the article
     */
    public static Condition everyFieldFilledWith(String value) {
        return everyFieldFilledFrom(() -> value);
    }

    /**
     * An article with the shape of {@link #everyFieldFilledWith(String)} whose every string field
     * takes the next string from a supplier, in a fixed order, so that a fuzz test can put a
     * different hostile string into each field.
     *
     * @param next gives the string for each field in turn; called once per field
     * @return the article
     */
    public static Condition everyFieldFilledFrom(Supplier<String> next) {
        Reference journal = Reference.builder(ReferenceType.ARTICLE_JOURNAL)
                .author(next.get(), next.get()).author(new Author(null, null, next.get())).etAl(true)
                .title(next.get()).journal(next.get()).site(next.get()).publisher(next.get()).year(2020)
                .volume(next.get()).issue(next.get()).pages(next.get()).doi(next.get()).pmid(next.get()).url(next.get())
                .accessed(LocalDate.of(2024, 1, 2))
                .build();
        Reference web = journal.toBuilder().type(ReferenceType.WEBPAGE).title(next.get()).url(next.get()).build();
        Reference book = journal.toBuilder().type(ReferenceType.BOOK).title(next.get()).doi(next.get()).build();
        return Condition.builder(next.get(), next.get())
                .language(next.get())
                .subtitle(next.get())
                .series(next.get())
                .alsoCalled(next.get(), next.get())
                .codes(new MedicalCode(CodingSystem.ICD_10_CM, next.get(), next.get()))
                .body(
                        new Section(SectionKind.DEFINITION, next.get(), false, List.of(
                                Paragraph.of(next.get()), Paragraph.of(next.get()),
                                new Media(next.get(), next.get(), next.get()), new Media(next.get(), null, null)), List.of()),
                        new Section(SectionKind.RISK_FACTORS, null, false, List.of(
                                Paragraph.of(next.get()),
                                ItemList.bullets(Item.builder(next.get()).examples(next.get(), next.get())
                                        .conjunction(Conjunction.OR)
                                        .items(Item.builder(next.get()).examples(next.get(), next.get(), next.get()).build())
                                        .build())), List.of(
                                new Section(SectionKind.OTHER, next.get(), false, List.of(
                                        new Aside(next.get(), List.of(Paragraph.of(next.get()),
                                                ItemList.numbered(Item.builder(next.get()).term(next.get()).note(next.get())
                                                        .paragraphs(next.get(), next.get())
                                                        .items(Item.of(next.get())).build())))), List.of()))),
                        new Section(SectionKind.TREATMENT, null, true, List.of(
                                Paragraph.of(next.get()),
                                ItemList.numbered(Item.builder(next.get()).note(next.get()).build(),
                                        Item.builder(next.get()).kind(ItemKind.DRUG).build(),
                                        Item.builder(next.get()).kind(ItemKind.DRUG_CLASS).build())), List.of()),
                        new Section(SectionKind.COMPLICATIONS, next.get(), false, List.of(
                                Paragraph.of(next.get()), ItemList.bullets(Item.of(next.get()), Item.of(next.get()))), List.of()))
                .resources(new ResourceGroup(next.get(), next.get(), List.of(
                        new Resource(next.get(), next.get(), next.get()), new Resource(next.get(), null, next.get()))))
                .references(journal, web, book)
                .contributors(Contributor.person(next.get(), next.get(), ContributorRole.AUTHOR),
                        Contributor.person(next.get(), null, ContributorRole.MEDICAL_REVIEWER),
                        Contributor.organization(next.get(), ContributorRole.EDITOR))
                .publisher(new Publisher(next.get(), next.get()))
                .url(next.get())
                .published(PartialDate.ofMonth(2019, 10))
                .updated(PartialDate.ofYear(2022))
                .copyright(new Copyright(2023, next.get()))
                .review(new Review(next.get(), PartialDate.of(LocalDate.of(2023, 6, 1)), PartialDate.ofMonth(2024, 6), two(next)))
                .disclaimer(next.get())
                .feedback(new Feedback(next.get(), next.get()))
                .related(next.get())
                .build();
    }

    private static List<String> two(Supplier<String> next) {
        return List.of(next.get(), next.get());
    }

    /**
     * An article built with the records' constructors and {@code null} in every required field
     * that they accept it in: what an application gets when it skips validation.
     *
     * @return the article
     */
    public static Condition withNullsWhereValidationForbidsThem() {
        Reference reference = new Reference(null, List.of(new Author(null, null, null)), true, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null);
        Item item = new Item(null, null, null, List.of("x"), null, null, List.of(), List.of(
                new Item(null, null, null, null, null, null, null, null, false)), true);
        return new Condition(null, null, null, null, null, null, List.of(), List.of(new MedicalCode(null, null, null)),
                List.of(new Section(null, null, false, List.of(
                        new Paragraph("Text."), new Media(null, null, null), new Paragraph(null), new ItemList(List.of(item), false),
                        new Aside(null, List.of(new Paragraph("Text.")))), List.of(
                        new Section(null, null, false, List.of(new Paragraph("Text.")), null)))),
                List.of(new ResourceGroup(null, null, List.of(new Resource(null, null, null)))),
                List.of(reference),
                List.of(new Contributor(null, null, null, false), new Contributor(null, null, null, true)),
                new Publisher(null, null),
                null,
                null,
                null,
                new Review(null, null, null, null),
                new Copyright(null, null),
                null,
                new Feedback(null, null),
                null,
                null);
    }

    private static Condition.Builder seed(boolean complete) {
        return Condition.builder("nocturnal-leg-cramps", "Nocturnal Leg Cramps")
                .language("en-US")
                .alsoCalled("Muscle Cramps", "Nocturnal Muscles Cramps", "Age-Related Cramps")
                .codes(new MedicalCode(CodingSystem.ICD_10_CM, "G47.62", "Sleep related leg cramps"))
                .body(
                        Section.of(SectionKind.DEFINITION,
                                Paragraph.of("Nocturnal leg cramps are sudden spasms in the lower leg and foot muscles. "
                                        + "The calf muscles are most often involved. The cramps are painful and often disrupt sleep."),
                                new Media("Copyright \u00a9 Nucleus Medical Media, Inc.", null, null)),
                        Section.of(SectionKind.CAUSES,
                                Paragraph.of("The exact cause of nocturnal leg cramps is unknown. They may be due to chemical imbalances. "
                                        + "This may lead to problems with the nerves, muscles, or blood supply.")),
                        Section.of(SectionKind.RISK_FACTORS,
                                Paragraph.of("Nocturnal leg cramps are more common in people at least 50 years of age."),
                                Paragraph.of("Other things that raise the risk are:"),
                                ItemList.bullets(
                                        Item.of("Pregnancy"),
                                        Item.of("Alcohol use disorder"),
                                        Item.of("Overusing muscles"),
                                        Item.of("Sitting for a long time, or standing on hard surfaces"),
                                        Item.of("Flat feet or other foot or ankle deformities"),
                                        Item.builder("Certain medicines")
                                                .examples("those to treat high blood pressure and high cholesterol").build(),
                                        Item.builder("Some health issues").items(
                                                Item.of("Diseases of the liver, kidneys, heart, and blood vessels"),
                                                Item.of("Cancer"),
                                                Item.builder("Hormone disorders").examples("thyroid disorders", "diabetes")
                                                        .conjunction(Conjunction.OR).build(),
                                                Item.builder("Neurological disorders")
                                                        .examples("Parkinson disease", "peripheral neuropathy")
                                                        .conjunction(Conjunction.AND).build(),
                                                Item.builder("Imbalances in minerals")
                                                        .examples("calcium", "potassium", "magnesium").build()).build(),
                                        Item.of("Dehydration"))),
                        Section.of(SectionKind.SYMPTOMS,
                                Paragraph.of("The main symptom is a sudden cramp in the calf or foot muscle.")),
                        Section.of(SectionKind.DIAGNOSIS,
                                Paragraph.of("The doctor will ask about symptoms and health history. A physical exam will be done. "
                                        + "Diagnosis is based on symptoms."),
                                Paragraph.of("Blood tests and imaging tests may be done to check for underlying causes.")),
                        Section.of(SectionKind.TREATMENT,
                                Paragraph.of("The goal of treatment is to reduce cramps. It may also include treating any underlying causes."),
                                Paragraph.of("If no cause is found, treatment options are:"),
                                ItemList.bullets(
                                        Item.builder("Stretching leg muscles").note("when cramps occur").build(),
                                        Item.builder("Standing on the affected leg and walking").note("to help stop cramping").build(),
                                        Item.builder("Massage, and hot or cold treatments").note("to relax the muscles").build())),
                        Section.of(SectionKind.PREVENTION,
                                Paragraph.of("The risk of nocturnal leg cramps may be reduced by:"),
                                ItemList.bullets(
                                        Item.of("Exercising and stretching the legs and feet"),
                                        Item.of("Drinking plenty of liquids"),
                                        Item.of("Wearing comfortable, supportive shoes"))),
                        Section.of(SectionKind.MEDICATIONS,
                                Paragraph.of("Medicines may be used if the cramps are severe."),
                                Paragraph.of("Options are:"),
                                ItemList.bullets(
                                        Item.builder("Muscle relaxants").kind(ItemKind.DRUG_CLASS).build(),
                                        Item.builder("Calcium channel blockers").kind(ItemKind.DRUG_CLASS).build(),
                                        Item.builder("Anticonvulsants").kind(ItemKind.DRUG_CLASS).build())))
                .resources(
                        new ResourceGroup("US", null, List.of(
                                new Resource("American Academy of Family Physicians", "Family Doctor",
                                        complete ? "https://familydoctor.org" : null),
                                new Resource("American Academy of Orthopaedic Surgeons", "Ortho Info",
                                        complete ? "https://orthoinfo.aaos.org" : null))),
                        new ResourceGroup("CA", "Canadian resources", List.of(
                                new Resource("Canadian Orthopaedic Foundation", null,
                                        complete ? "https://whenithurtstomove.org" : null),
                                Resource.of("The College of Family Physicians of Canada"))))
                .references(references(complete))
                .contributors(Contributor.person("Mary-Beth Seymour", "RN", ContributorRole.AUTHOR))
                .copyright(new Copyright(2023, "EBSCO Information Services"))
                .review(complete ? null : new Review(
                        "This content is reviewed regularly and is updated when new and relevant evidence is made available.",
                        null, null, List.of()))
                .disclaimer("This information is neither intended nor implied to be a substitute for professional "
                        + "medical advice. Always seek the advice of your physician or other qualified health provider "
                        + "prior to starting any new treatment or with questions regarding a medical condition.")
                .feedback(new Feedback(
                        "To send comments or feedback to our Editorial Team regarding the content please email us at",
                        "healthlibrarysupport@ebsco.com"));
    }

    private static Reference[] references(boolean complete) {
        Reference delacour = Reference.builder(ReferenceType.ARTICLE_JOURNAL)
                .author("Delacour", "C.").author("Chambe", "J.").etAl(true)
                .title("Association between physical activity and nocturnal leg cramps in patients over 60 years old: "
                        + "a case-control study")
                .journal("Scientific Reports").year(2020).volume("10").issue("1").pages("2638")
                .doi(complete ? "10.1038/s41598-020-59538-7" : null)
                .build();
        Reference dynamed = Reference.builder(ReferenceType.WEBPAGE)
                .title("Nocturnal leg cramps").site("EBSCO DynaMed")
                .url("https://www.dynamed.com/condition/nocturnal-leg-cramps")
                .accessed(complete ? LocalDate.of(2023, 5, 15) : null)
                .build();
        Reference roguinMaor = Reference.builder(ReferenceType.ARTICLE_JOURNAL)
                .author("Roguin Maor", "N.").author("Alperin", "M.").etAl(true)
                .title("Effect of magnesium oxide supplementation on nocturnal leg cramps: a randomized clinical trial")
                .journal("JAMA Internal Medicine").year(2017).volume("177").issue("5").pages("617-623")
                .build();
        if (!complete) {
            return new Reference[] {delacour, dynamed, roguinMaor};
        }
        // A journal article without "et al", found by its PubMed id.
        Reference allen = Reference.builder(ReferenceType.ARTICLE_JOURNAL)
                .author("Allen", "R. E.").author("Kirby", "K. A.")
                .title("Nocturnal leg cramps")
                .journal("American Family Physician").year(2012).volume("86").issue("4").pages("350-355")
                .pmid("22963024")
                .build();
        return new Reference[] {delacour, dynamed, roguinMaor, allen};
    }
}
