package org.conditioncontent.benchmarks;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The words and sentence frames the {@link CorpusGenerator} writes articles from: the plain
 * vocabulary of patient-education leaflets (body parts, signs, tests, care), so that generated
 * prose has the length, the word shapes and the reading level of real articles. Slots in a frame
 * are written {@code {body}}, {@code {sign}} and so on; {@link #sentence(SplittableRandom)} fills
 * them.
 */
final class PatientVocabulary {

    static final List<String> BODY = List.of("leg", "foot", "calf", "knee", "ankle", "hip", "back", "neck", "hand",
            "wrist", "arm", "shoulder", "chest", "skin", "eye", "ear", "throat", "nose", "mouth", "jaw", "stomach",
            "bowel", "bladder", "liver", "kidney", "heart", "lung", "head", "toe", "finger", "elbow", "spine");

    static final List<String> PROBLEM = List.of("pain", "cramps", "swelling", "stiffness", "rash", "itching",
            "weakness", "numbness", "strain", "sprain", "spasms", "infection", "soreness", "tingling", "burning",
            "cysts", "tremor", "redness", "dryness", "blisters");

    static final List<String> ADJECTIVE = List.of("Chronic", "Sudden", "Recurrent", "Nighttime", "Mild", "Acute",
            "Seasonal", "Early", "Late", "Common", "Minor", "Lasting", "Daytime", "Morning");

    static final List<String> SIGN = List.of("pain", "swelling", "a rash", "a fever", "stiffness", "redness",
            "warmth", "a dull ache", "sharp pain", "tiredness", "trouble sleeping", "a lump", "weak muscles",
            "tingling", "a cough", "itching", "dry skin", "a stiff joint", "loss of feeling", "mild cramps");

    static final List<String> TEST = List.of("blood tests", "an x-ray", "an ultrasound", "a urine test",
            "a skin test", "an MRI scan", "a CT scan", "a nerve test", "a physical exam", "a sleep study",
            "an eye exam", "a stress test");

    static final List<String> CARE = List.of("rest", "ice", "heat", "gentle stretching", "a brace", "a splint",
            "pain medicine", "physical therapy", "a warm bath", "more fluids", "a change in diet", "light exercise",
            "a cold pack", "massage", "good sleep habits", "supportive shoes", "a cream", "eye drops");

    static final List<String> HABIT = List.of("smoking", "drinking alcohol", "sitting for long periods",
            "standing on hard floors", "lifting heavy things", "skipping meals", "not drinking enough water",
            "wearing tight shoes", "sleeping in one position", "working at a desk all day");

    static final List<String> GROUP = List.of("older adults", "children", "pregnant women", "athletes",
            "people with diabetes", "people who smoke", "office workers", "people over 50", "young adults",
            "people with a family history of it");

    static final List<String> PERSON = List.of("doctor", "nurse", "care team", "health care provider",
            "physical therapist", "pharmacist");

    static final List<String> TIME = List.of("at night", "in the morning", "after exercise", "during the day",
            "in cold weather", "after long walks", "while resting", "when standing", "over time", "for a few days");

    /**
     * Sentence frames in the voice of patient leaflets: short, active, second person where it
     * helps. Each fills to 6 to 18 words, so that paragraphs read below grade 8.
     */
    static final List<String> FRAMES = List.of(
            "The main sign is {sign} in the {body}.",
            "Some people also have {sign} {time}.",
            "It is more common in {group}.",
            "The {person} will ask about your symptoms and health history.",
            "The {person} may also order {test} to rule out other causes.",
            "Most people get better with {care} and {care}.",
            "Call the {person} if you have {sign} that does not go away.",
            "The {body} may feel sore {time}.",
            "This problem can make it hard to sleep or work.",
            "It may be linked to {habit}.",
            "Changes in daily habits can help lower the risk.",
            "{care} can ease {sign} in the {body}.",
            "The cause is not always known.",
            "It may come back if the cause is not treated.",
            "A physical exam will be done.",
            "Tests such as {test} may be done.",
            "Treatment depends on the cause and how bad the symptoms are.",
            "The goal of treatment is to ease symptoms and prevent problems.",
            "Many people do not need any tests.",
            "It can happen to anyone, but {group} are more likely to have it.",
            "Stopping {habit} may help.",
            "You may notice {sign} in one or both sides.",
            "Symptoms often start slowly and get worse {time}.",
            "The {body} and the {body} are most often involved.",
            "It is not passed from person to person.",
            "Keep track of when the symptoms start and how long they last.",
            "Bring a list of your medicines to the visit.",
            "The {person} may suggest {care} at home.",
            "Some cases go away on their own in a few weeks.",
            "Severe cases may need care from a specialist.");

    static final List<String> RISK = List.of("Pregnancy", "Older age", "Being overweight", "Smoking",
            "Alcohol use disorder", "Overusing muscles", "Sitting for a long time", "Standing on hard surfaces",
            "Flat feet", "Poor sleep", "A family history of the condition", "Certain medicines", "Some health issues",
            "Not drinking enough water", "Lack of exercise", "Stress", "Cold weather", "A past injury",
            "Wearing shoes that do not fit", "Working long hours on your feet", "Low levels of vitamin D",
            "A weak immune system", "Diabetes", "High blood pressure");

    static final List<String> RISK_DETAIL = List.of("Diseases of the liver, kidneys, or heart", "Cancer",
            "Hormone disorders", "Neurological disorders", "Imbalances in minerals", "Dehydration", "Nerve damage",
            "Poor blood flow", "Thyroid problems", "Arthritis");

    static final List<String> EXAMPLE = List.of("calcium", "potassium", "magnesium", "thyroid disorders",
            "diabetes", "Parkinson disease", "peripheral neuropathy", "water pills", "statins",
            "high blood pressure medicines", "asthma medicines", "iron");

    static final List<String> TREATMENT = List.of("Stretching the muscles", "Standing and walking",
            "Massage, and hot or cold treatments", "Resting the area", "Wearing a brace", "Physical therapy",
            "Warm baths", "Ice packs", "Raising the leg", "Gentle exercise", "Drinking more fluids",
            "Changing shoes", "Sleep position changes", "Pain relievers", "Creams or lotions", "Splints at night");

    static final List<String> NOTE = List.of("when symptoms occur", "to help stop the pain", "to relax the muscles",
            "to reduce swelling", "two or three times a day", "before bed", "as the doctor advises",
            "for a few minutes at a time", "to improve blood flow", "to keep the joint still");

    static final List<String> MEASURE = List.of("Exercising and stretching every day", "Drinking plenty of liquids",
            "Wearing comfortable, supportive shoes", "Keeping a healthy weight", "Not smoking", "Limiting alcohol",
            "Taking breaks from sitting", "Warming up before sports", "Getting enough sleep",
            "Eating a balanced diet", "Keeping the skin clean and dry", "Using a humidifier");

    static final List<String> MEDICATION = List.of("Muscle relaxants", "Calcium channel blockers",
            "Anticonvulsants", "Pain relievers", "Anti-inflammatory drugs", "Antibiotics", "Antihistamines",
            "Steroid creams", "Vitamin supplements", "Antacids", "Sleep aids", "Antifungal creams");

    static final List<String> FAMILY = List.of("Delacour", "Chambe", "Roguin Maor", "Alperin", "Smith", "Garcia",
            "Nguyen", "Kowalski", "Okafor", "Tanaka", "Larsen", "Rossi", "Dubois", "Schmidt", "Haddad", "Silva",
            "Murphy", "Cohen", "Patel", "Johansson");

    static final List<String> GIVEN = List.of("A.", "B.", "C.", "D.", "E.", "F.", "G.", "H.", "J.", "K.", "L.", "M.",
            "N.", "P.", "R.", "S.", "T.", "W.");

    static final List<String> JOURNAL = List.of("Scientific Reports", "JAMA Internal Medicine", "BMJ Open",
            "The Lancet", "American Family Physician", "Journal of General Internal Medicine", "Sleep Medicine",
            "Clinical Rheumatology", "Pediatrics", "Family Practice", "British Journal of General Practice");

    static final List<String> STUDY = List.of("Association between physical activity and {sign} in older adults",
            "Effect of {care} on {sign}: a randomized clinical trial",
            "Risk factors for {sign} in {group}: a case-control study",
            "Treatment of {sign}: a systematic review",
            "Prevalence of {sign} among {group}",
            "Outcomes of {care} for {sign} in primary care");

    static final List<String> SITE = List.of("EBSCO DynaMed", "Family Doctor", "Ortho Info", "MedlinePlus",
            "Health Library", "Patient Info", "NHS inform");

    static final List<String> ORGANIZATION = List.of("American Academy of Family Physicians",
            "American Academy of Orthopaedic Surgeons", "American College of Physicians", "National Sleep Foundation",
            "Arthritis Foundation", "American Heart Association", "American Diabetes Association");

    static final List<String> ORGANIZATION_CA = List.of("Canadian Orthopaedic Foundation",
            "The College of Family Physicians of Canada", "Health Canada", "Arthritis Society Canada",
            "Heart and Stroke Foundation of Canada");

    static final List<String> CONTRIBUTOR = List.of("Mary-Beth Seymour", "Rosalyn Carson-DeWitt", "Marcin Chwistek",
            "Nicole S. Meregian", "Kari Kassir", "Dianne Scheinberg Rishikof", "Adrienne Carmack", "Warren A. Bodine");

    static final List<String> CREDENTIALS = List.of("RN", "MD", "MPH", "PA", "MS, RD", "DO", "PharmD");

    private PatientVocabulary() {}

    /** One item of a list, chosen by the random source. */
    static String pick(List<String> pool, SplittableRandom random) {
        return pool.get(random.nextInt(pool.size()));
    }

    /**
     * A sentence from a random frame with its slots filled.
     *
     * @param random the source of choices
     * @return the sentence, capitalised, ending in a full stop
     */
    static String sentence(SplittableRandom random) {
        return fill(pick(FRAMES, random), random);
    }

    /**
     * Fills the slots of a frame.
     *
     * @param frame the frame, such as "The {body} may feel sore {time}."
     * @param random the source of choices
     * @return the text, with its first letter in upper case
     */
    static String fill(String frame, SplittableRandom random) {
        StringBuilder out = new StringBuilder(frame.length() + 40);
        int i = 0;
        while (i < frame.length()) {
            int open = frame.indexOf('{', i);
            if (open < 0) {
                out.append(frame, i, frame.length());
                break;
            }
            int close = frame.indexOf('}', open);
            out.append(frame, i, open);
            out.append(pick(slot(frame.substring(open + 1, close)), random));
            i = close + 1;
        }
        if (out.length() > 0) {
            out.setCharAt(0, Character.toUpperCase(out.charAt(0)));
        }
        return out.toString();
    }

    private static List<String> slot(String name) {
        return switch (name) {
            case "body" -> BODY;
            case "sign" -> SIGN;
            case "test" -> TEST;
            case "care" -> CARE;
            case "habit" -> HABIT;
            case "group" -> GROUP;
            case "person" -> PERSON;
            case "time" -> TIME;
            default -> throw new IllegalArgumentException("No words for the slot {" + name + "}");
        };
    }
}
