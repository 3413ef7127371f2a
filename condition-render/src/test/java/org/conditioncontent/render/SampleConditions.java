package org.conditioncontent.render;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.conditioncontent.model.Author;
import org.conditioncontent.model.CodingSystem;
import org.conditioncontent.model.Condition;
import org.conditioncontent.model.Conjunction;
import org.conditioncontent.model.Contributor;
import org.conditioncontent.model.ContributorRole;
import org.conditioncontent.model.Copyright;
import org.conditioncontent.model.Feedback;
import org.conditioncontent.model.Measure;
import org.conditioncontent.model.Media;
import org.conditioncontent.model.MedicalCode;
import org.conditioncontent.model.Medication;
import org.conditioncontent.model.MedicationKind;
import org.conditioncontent.model.Medications;
import org.conditioncontent.model.Prevention;
import org.conditioncontent.model.Reference;
import org.conditioncontent.model.ReferenceType;
import org.conditioncontent.model.Resource;
import org.conditioncontent.model.ResourceGroup;
import org.conditioncontent.model.Review;
import org.conditioncontent.model.RiskFactor;
import org.conditioncontent.model.RiskFactors;
import org.conditioncontent.model.Section;
import org.conditioncontent.model.SectionKind;
import org.conditioncontent.model.Treatment;
import org.conditioncontent.model.Treatments;

/**
 * Articles for the renderers' tests, built in code so that a change to the model shows up as a
 * compile error here rather than as a silently different fixture.
 *
 * <ul>
 *   <li>{@link #nocturnalLegCramps()}: the seed article ({@code seeds/nocturnal-leg-cramps.txt}),
 *       every element of it and nothing else but its language and its ICD-10-CM code;
 *   <li>{@link #complete()}: the seed plus every optional part the seed lacks (further sections,
 *       links, DOI, PMID, access and review dates, reviewers, related articles);
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
                .sections(
                        new Section(SectionKind.WHEN_TO_SEE_A_DOCTOR, null,
                                List.of("Most leg cramps are harmless and go away on their own."),
                                "Call the doctor if cramps:",
                                List.of("Happen often or disrupt sleep night after night",
                                        "Come with swelling, redness, or skin changes in the leg",
                                        "Come with muscle weakness")),
                        new Section(SectionKind.QUESTIONS_TO_ASK, "Questions for Your Doctor",
                                List.of(), null,
                                List.of("Could a medicine I take be causing the cramps?",
                                        "Which stretches should I do before bed?")))
                .review(new Review(
                        "This content is reviewed regularly and is updated when new and relevant evidence is made available.",
                        LocalDate.of(2023, 6, 1), LocalDate.of(2024, 6, 1), List.of("EBSCO Medical Review Board")))
                .related("restless-legs-syndrome", "peripheral-neuropathy")
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
                .alsoCalled(next.get(), next.get())
                .codes(new MedicalCode(CodingSystem.ICD_10_CM, next.get(), next.get()))
                .definition(next.get(), next.get())
                .media(new Media(next.get(), next.get(), next.get()), new Media(next.get(), null, null))
                .causes(next.get())
                .riskFactors(new RiskFactors(two(next), next.get(), List.of(
                        new RiskFactor(next.get(), two(next), Conjunction.OR, List.of(
                                new RiskFactor(next.get(), List.of(next.get(), next.get(), next.get()), Conjunction.AND,
                                        List.of()))))))
                .symptoms(next.get())
                .diagnosis(next.get())
                .treatment(new Treatments(two(next), next.get(), List.of(new Treatment(next.get(), next.get()))))
                .prevention(new Prevention(two(next), next.get(), List.of(new Measure(next.get(), next.get()))))
                .medications(new Medications(two(next), next.get(), List.of(
                        new Medication(next.get(), MedicationKind.DRUG, next.get()),
                        new Medication(next.get(), MedicationKind.DRUG_CLASS, null))))
                .sections(new Section(SectionKind.COMPLICATIONS, next.get(), two(next), next.get(), two(next)))
                .resources(new ResourceGroup(next.get(), next.get(), List.of(
                        new Resource(next.get(), next.get(), next.get()), new Resource(next.get(), null, next.get()))))
                .references(journal, web, book)
                .contributors(new Contributor(next.get(), next.get(), ContributorRole.AUTHOR),
                        new Contributor(next.get(), null, ContributorRole.MEDICAL_REVIEWER))
                .copyright(new Copyright(2023, next.get()))
                .review(new Review(next.get(), LocalDate.of(2023, 6, 1), LocalDate.of(2024, 6, 1), two(next)))
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
        Reference reference = new Reference(null, List.of(new Author(null, null, null)), true, null, null, null, null,
                null, null, null, null, null, null, null, null);
        return new Condition(null, null, null, null, List.of(), List.of(new MedicalCode(null, null, null)),
                List.of(), List.of(new Media(null, null, null)), List.of(),
                new RiskFactors(null, null, List.of(new RiskFactor(null, List.of("x"), null,
                        List.of(new RiskFactor(null, null, null, null))))),
                List.of(), List.of(),
                new Treatments(null, null, List.of(new Treatment(null, null))),
                new Prevention(null, null, List.of(new Measure(null, null))),
                new Medications(null, null, List.of(new Medication(null, null, null))),
                List.of(new Section(null, null, List.of("Text."), null, null)),
                List.of(new ResourceGroup(null, null, List.of(new Resource(null, null, null)))),
                List.of(reference),
                List.of(new Contributor(null, null, null)),
                new Copyright(null, null),
                new Review(null, null, null, null),
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
                .definition("Nocturnal leg cramps are sudden spasms in the lower leg and foot muscles. "
                        + "The calf muscles are most often involved. The cramps are painful and often disrupt sleep.")
                .media(new Media("Copyright \u00a9 Nucleus Medical Media, Inc.", null, null))
                .causes("The exact cause of nocturnal leg cramps is unknown. They may be due to chemical imbalances. "
                        + "This may lead to problems with the nerves, muscles, or blood supply.")
                .riskFactors(new RiskFactors(
                        List.of("Nocturnal leg cramps are more common in people at least 50 years of age."),
                        "Other things that raise the risk are:",
                        List.of(
                                RiskFactor.of("Pregnancy"),
                                RiskFactor.of("Alcohol use disorder"),
                                RiskFactor.of("Overusing muscles"),
                                RiskFactor.of("Sitting for a long time, or standing on hard surfaces"),
                                RiskFactor.of("Flat feet or other foot or ankle deformities"),
                                new RiskFactor("Certain medicines",
                                        List.of("those to treat high blood pressure and high cholesterol"), null, List.of()),
                                new RiskFactor("Some health issues", List.of(), null, List.of(
                                        RiskFactor.of("Diseases of the liver, kidneys, heart, and blood vessels"),
                                        RiskFactor.of("Cancer"),
                                        new RiskFactor("Hormone disorders",
                                                List.of("thyroid disorders", "diabetes"), Conjunction.OR, List.of()),
                                        new RiskFactor("Neurological disorders",
                                                List.of("Parkinson disease", "peripheral neuropathy"), Conjunction.AND, List.of()),
                                        new RiskFactor("Imbalances in minerals",
                                                List.of("calcium", "potassium", "magnesium"), null, List.of()))),
                                RiskFactor.of("Dehydration"))))
                .symptoms("The main symptom is a sudden cramp in the calf or foot muscle.")
                .diagnosis("The doctor will ask about symptoms and health history. A physical exam will be done. "
                                + "Diagnosis is based on symptoms.",
                        "Blood tests and imaging tests may be done to check for underlying causes.")
                .treatment(new Treatments(
                        List.of("The goal of treatment is to reduce cramps. It may also include treating any underlying causes."),
                        "If no cause is found, treatment options are:",
                        List.of(
                                new Treatment("Stretching leg muscles", "when cramps occur"),
                                new Treatment("Standing on the affected leg and walking", "to help stop cramping"),
                                new Treatment("Massage, and hot or cold treatments", "to relax the muscles"))))
                .prevention(new Prevention(
                        List.of(),
                        "The risk of nocturnal leg cramps may be reduced by:",
                        List.of(
                                Measure.of("Exercising and stretching the legs and feet"),
                                Measure.of("Drinking plenty of liquids"),
                                Measure.of("Wearing comfortable, supportive shoes"))))
                .medications(new Medications(
                        List.of("Medicines may be used if the cramps are severe."),
                        "Options are:",
                        List.of(
                                Medication.of("Muscle relaxants", MedicationKind.DRUG_CLASS),
                                Medication.of("Calcium channel blockers", MedicationKind.DRUG_CLASS),
                                Medication.of("Anticonvulsants", MedicationKind.DRUG_CLASS))))
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
                .contributors(new Contributor("Mary-Beth Seymour", "RN", ContributorRole.AUTHOR))
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
