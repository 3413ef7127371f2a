package org.conditioncontent.loader.rules.internal;

import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Counts the syllables of one English word, as the readability formulas need them.
 *
 * <p>The count comes from three layers, tried in this order:
 * <ol>
 *   <li>the shape of the token: hyphenated words are the sum of their parts, numbers are counted as
 *       they are read aloud ("50" is "fifty", two syllables; "2.5" is "two point five"; "1999" is
 *       "nineteen ninety-nine"; "3rd" is "third"), initialisms are spelled ("MRI" is three, "mg" is
 *       two);</li>
 *   <li>a small exception dictionary of words that matter in health writing and that no spelling
 *       rule gets right ("diabetes", "acne", "syncope", "business", ...);</li>
 *   <li>vowel-group rules: each run of vowels is a syllable, split where two vowels are sounded
 *       apart ("di-et", "ra-di-o", "cre-ate", "flu-id", "be-ing", "i-de-a"), with a silent final e
 *       ("make") except in -le ("table"), silent -es and -ed except after sibilants and t/d ("places",
 *       "wanted"), a silent e before -ly, -ment, -ful, -less, -ness, -let ("completely",
 *       "platelet") and at the end of the first half of a compound ("lifestyle"), y as a vowel after
 *       a consonant but not between vowels ("gym", "player"), the palatal endings that do not split
 *       ("-tion", "-cial", "-cian", "-tious", "-gion"), the syllabic m of "-ism", "spasm" and
 *       "rhythm", and prefixes sounded apart ("re-act", "pre-existing", "co-operate", "Mc").</li>
 * </ol>
 *
 * <p>The rules are measured against a labelled list of common and medical words in the tests
 * ({@code readability/syllables.tsv}); they do not reproduce a pronouncing dictionary, and proper
 * names or rare words may be off by one. The class allocates a few small arrays per call and compiles
 * no regular expressions; it is stateless and thread-safe.
 */
public final class Syllables {

    private Syllables() {}

    /**
     * Counts already made, by word. Prose repeats its words (patient information more than most),
     * and a look-up costs a fraction of the rules below, which were a sixth of the editorial rules'
     * time. A count depends on the word alone, so sharing counts between threads and articles is
     * safe. Bounded so that a hostile or huge corpus cannot grow it without end: past the limit,
     * new words are counted but not kept (at most about 2 MB).
     */
    private static final Map<String, Integer> COUNTED = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int MAX_COUNTED = 20_000;
    private static final int MAX_COUNTED_LENGTH = 40;

    /**
     * Words the vowel rules count wrongly, with the syllables of their first dictionary pronunciation.
     * Kept small on purpose: each entry is a word common in patient information (or in any prose)
     * whose spelling hides a silent letter or a sounded final e that no general rule can predict.
     * Plurals and "-es" forms are found from the base word.
     */
    private static final Map<String, Integer> EXCEPTIONS = Map.ofEntries(
            // Greek -es sounded "eez", where the -es rule would silence it.
            Map.entry("diabetes", 4),
            Map.entry("herpes", 2),
            // Sounded final e (Greek and borrowed words), where the silent-e rule drops it.
            Map.entry("acne", 2),
            Map.entry("syncope", 3),
            Map.entry("systole", 3),
            Map.entry("diastole", 4),
            Map.entry("recipe", 3),
            Map.entry("sesame", 3),
            // -nia sounded "nyuh", where the -ia rule sounds i and a apart.
            Map.entry("pneumonia", 3),
            Map.entry("ammonia", 3),
            // Hiatus no local rule can see.
            Map.entry("pituitary", 5),
            Map.entry("naive", 2),
            Map.entry("nauseous", 2),
            // A vowel swallowed in American speech ("LAB-ruh-tor-ee").
            Map.entry("laboratory", 4),
            // Silent or swallowed vowels in frequent words.
            Map.entry("business", 2),
            Map.entry("every", 2),
            Map.entry("evening", 2),
            Map.entry("wednesday", 2),
            Map.entry("maybe", 2),
            Map.entry("element", 3),
            // Initialisms read as words, or spelled although they look pronounceable.
            Map.entry("aids", 1),
            Map.entry("copd", 4),
            Map.entry("adhd", 4),
            Map.entry("gerd", 1),
            Map.entry("nsaid", 2));

    /**
     * First halves of compounds whose final e is silent although a consonant follows ("sometimes",
     * "lifestyle", "guideline", "pacemaker"), and "every", whose compounds are counted from the
     * dictionary count of "every" ("everyone" is three syllables). A word is split only when the rest
     * has a vowel and starts with a consonant other than r, or is "one" ("someone"), so "homeopathy"
     * and "somersault" are left alone.
     */
    private static final String[] COMPOUND_HEADS = {
        "every", "some", "home", "life", "base", "guide", "time", "where", "there", "care", "side", "like",
        "whole", "fire", "safe", "house", "nose", "note", "eye", "pace"
    };

    /** The longest word {@link #compound} splits. */
    private static final int MAX_COMPOUND_LENGTH = 30;

    /** Suffixes before which a single e after a consonant is silent ("completely", "statement", "platelet"). */
    private static final String[] SILENT_E_SUFFIXES = {
        "ly", "ment", "ments", "ful", "fully", "fulness", "less", "lessly", "lessness", "ness", "nesses", "ty", "let",
        "lets"
    };

    /** After "re" at the start of a word, stems that make the e and the next vowel two syllables. */
    private static final String[] RE_STEMS = {
        "act", "adj", "adm", "aff", "alig", "allo", "app", "arr", "ass", "awa",
        "ent", "eval", "emerg", "est", "ex", "elect", "educ", "employ"
    };

    /** After "pre" at the start of a word. */
    private static final String[] PRE_STEMS = {"ex", "ecl", "emp", "amb", "adol", "arr"};

    /** After "de" at the start of a word. */
    private static final String[] DE_STEMS = {"act", "esc", "emph"};

    /** Consonants that form a syllabic "-re" or "-red" ending ("acre", "hundred"). */
    private static final String SYLLABIC_R_ONSETS = "bcdgkptv";

    /**
     * The syllables of one word as it is read aloud.
     *
     * <p>The word may carry surrounding punctuation, which is ignored; a token with no letter and no
     * digit has no syllables (0). Every other token has at least one. Letters may be upper or lower
     * case and may include accented Latin letters (counted as their base letters) and inner
     * apostrophes ("don't" is one, "isn't" two). Letters outside the Latin alphabet are not
     * analysed: a word made only of them counts as one syllable.
     *
     * <ul>
     *   <li>Hyphenated and dotted tokens: the sum of their parts ("x-ray" 2, "U.S" 2, "e.g" 2).</li>
     *   <li>Integers are read in American style: "50" fifty (2), "1,000" one thousand (3), "1999"
     *       nineteen ninety-nine (5), "2026" twenty twenty-six (5), "2005" two thousand five (4).
     *       Years are assumed for 1100-1999 and 2010-2099; integers up to 15 digits are read as
     *       cardinals, longer ones and ones with a leading zero digit by digit.</li>
     *   <li>Decimals are read digit by digit after "point" ("2.5" is 3). Ordinals such as "21st" are
     *       read as ordinals. Digits and letters mixed ("B12", "5mg") are the sum of their runs.</li>
     *   <li>An all-capital token of two or three letters, or of any length without a vowel, is
     *       spelled out ("MRI" 3, "PTSD" 4, "WHO" 5: W is "double-u"); longer ones are read as words
     *       ("COVID" 2, "CRAMPS" 1) unless the dictionary knows them ("COPD" 4). Lower-case tokens
     *       without a vowel and without h, up to four letters, are spelled too ("mg" 2); others
     *       ("hmm") count as one.</li>
     * </ul>
     *
     * @param word one word, as {@link Sentences#words(String)} returns it
     * @return the number of syllables, 0 only when the token has no letter or digit
     */
    public static int count(String word) {
        Integer known = COUNTED.get(word);
        if (known != null) {
            return known;
        }
        int count = count(word, true);
        if (COUNTED.size() < MAX_COUNTED && word.length() <= MAX_COUNTED_LENGTH) {
            COUNTED.put(word, count);
        }
        return count;
    }

    /**
     * {@link #count(String)} with or without the exception dictionary; the tests use the latter to
     * measure the rules alone.
     *
     * @param word one word
     * @param exceptions whether to consult the exception dictionary
     * @return the number of syllables
     */
    static int count(String word, boolean exceptions) {
        int start = 0;
        int end = word.length();
        while (start < end && !Character.isLetterOrDigit(word.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetterOrDigit(word.charAt(end - 1))) {
            end--;
        }
        if (start == end) {
            return 0;
        }
        int total = 0;
        int partStart = start;
        for (int i = start; i < end; i++) {
            if (isHyphen(word.charAt(i))) {
                total += part(word, partStart, i, exceptions);
                partStart = i + 1;
            }
        }
        total += part(word, partStart, end, exceptions);
        return Math.max(1, total);
    }

    /**
     * The words of the exception dictionary, so tests can keep it small and check it does not
     * swallow their word lists.
     *
     * @return the dictionary's words, in lower case
     */
    static Set<String> exceptionWords() {
        return EXCEPTIONS.keySet();
    }

    /** One hyphen-free part of a token, trimmed of anything that is not a letter or a digit. */
    private static int part(String s, int start, int end, boolean exceptions) {
        while (start < end && !Character.isLetterOrDigit(s.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetterOrDigit(s.charAt(end - 1))) {
            end--;
        }
        if (start == end) {
            return 0;
        }
        if (indexOf(s, '.', start, end) >= 0) {
            return dotted(s, start, end, exceptions);
        }
        if (indexOf(s, ',', start, end) >= 0) {
            return commaSeparated(s, start, end, exceptions);
        }
        // Anything else that is not a letter or a digit ("5%5", "0'3", "and/or") separates words;
        // an apostrophe between letters ("don't") does not.
        int total = 0;
        int runStart = start;
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (!Character.isLetterOrDigit(c) && !(isApostrophe(c) && i > start && i + 1 < end
                    && Character.isLetter(s.charAt(i - 1)) && Character.isLetter(s.charAt(i + 1)))) {
                total += part(s, runStart, i, exceptions);
                runStart = i + 1;
            }
        }
        if (runStart > start) {
            return total + part(s, runStart, end, exceptions);
        }
        boolean digits = false;
        boolean letters = false;
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (isAsciiDigit(c)) {
                digits = true;
            } else if (Character.isLetter(c)) {
                letters = true;
            }
        }
        if (!digits) {
            return word(s, start, end, exceptions);
        }
        if (!letters) {
            return number(s, start, end);
        }
        return mixed(s, start, end, exceptions);
    }

    /** "2.5" is a decimal; "U.S" and "e.g" are spelled letters; anything else is the sum of its parts. */
    private static int dotted(String s, int start, int end, boolean exceptions) {
        int dot = indexOf(s, '.', start, end);
        if (indexOf(s, '.', dot + 1, end) < 0 && allDigits(s, start, dot) && allDigits(s, dot + 1, end)
                && dot > start && dot + 1 < end) {
            return number(s, start, dot) + 1 + digitByDigit(s, dot + 1, end);
        }
        boolean singleLetters = true;
        int pieceStart = start;
        for (int i = start; i <= end; i++) {
            if (i == end || s.charAt(i) == '.') {
                if (i - pieceStart != 1 || !Character.isLetter(s.charAt(pieceStart))) {
                    singleLetters = false;
                }
                pieceStart = i + 1;
            }
        }
        int total = 0;
        pieceStart = start;
        for (int i = start; i <= end; i++) {
            if (i == end || s.charAt(i) == '.') {
                if (i > pieceStart) {
                    total += singleLetters ? letterName(s.charAt(pieceStart)) : part(s, pieceStart, i, exceptions);
                }
                pieceStart = i + 1;
            }
        }
        return total;
    }

    /** "1,000" and "12,500" are one number; "1,2" is two. */
    private static int commaSeparated(String s, int start, int end, boolean exceptions) {
        boolean grouped = allDigitsOrCommas(s, start, end);
        int first = indexOf(s, ',', start, end);
        if (grouped && first - start >= 1 && first - start <= 3) {
            for (int i = first; i < end; i += 4) {
                if (s.charAt(i) != ',' || i + 4 > end || indexOf(s, ',', i + 1, i + 4) >= 0) {
                    grouped = false;
                    break;
                }
            }
        } else {
            grouped = false;
        }
        if (grouped) {
            StringBuilder plain = new StringBuilder(end - start);
            for (int i = start; i < end; i++) {
                if (s.charAt(i) != ',') {
                    plain.append(s.charAt(i));
                }
            }
            return number(plain, 0, plain.length());
        }
        int total = 0;
        int pieceStart = start;
        for (int i = start; i <= end; i++) {
            if (i == end || s.charAt(i) == ',') {
                total += part(s, pieceStart, i, exceptions);
                pieceStart = i + 1;
            }
        }
        return total;
    }

    /**
     * Digits and letters together: an ordinal ("21st"), a decade ("1990s"), or the sum of the runs
     * ("B12", "5mg").
     */
    private static int mixed(String s, int start, int end, boolean exceptions) {
        int digitEnd = start;
        while (digitEnd < end && isAsciiDigit(s.charAt(digitEnd))) {
            digitEnd++;
        }
        if (digitEnd > start && end - digitEnd == 2 && isOrdinalSuffix(s, digitEnd) && digitEnd - start <= 15
                && s.charAt(start) != '0') {
            return ordinal(s, start, digitEnd);
        }
        int total = 0;
        int runStart = start;
        for (int i = start + 1; i <= end; i++) {
            if (i == end || isAsciiDigit(s.charAt(i)) != isAsciiDigit(s.charAt(runStart))) {
                if (isAsciiDigit(s.charAt(runStart))) {
                    total += number(s, runStart, i);
                } else if (!(i - runStart == 1 && lower(s.charAt(runStart)) == 's' && runStart > start)) {
                    total += word(s, runStart, i, exceptions); // but "1990s", "50s": "nineties" has no extra syllable
                }
                runStart = i;
            }
        }
        return total;
    }

    private static boolean isOrdinalSuffix(String s, int at) {
        char a = lower(s.charAt(at));
        char b = lower(s.charAt(at + 1));
        return (a == 's' && b == 't') || (a == 'n' && b == 'd') || (a == 'r' && b == 'd') || (a == 't' && b == 'h');
    }

    // ---------------------------------------------------------------------------------- numbers

    /** Syllables of "zero" to "nine". */
    private static final int[] ONES = {2, 1, 1, 1, 1, 1, 1, 2, 1, 1};
    /** Syllables of "ten" to "nineteen". */
    private static final int[] TEENS = {1, 3, 1, 2, 2, 2, 2, 3, 2, 2};
    /** Syllables of "twenty" to "ninety", indexed by the tens digit. */
    private static final int[] TENS = {0, 0, 2, 2, 2, 2, 2, 3, 2, 2};
    /** "hundred", "thousand", "million", ... are all two syllables up to "trillion". */
    private static final int SCALE_WORD = 2;

    /** A run of ASCII digits. */
    private static int number(CharSequence s, int start, int end) {
        int length = end - start;
        if (length > 15 || (length > 1 && s.charAt(start) == '0')) {
            return digitByDigit(s, start, end);
        }
        long value = 0;
        for (int i = start; i < end; i++) {
            value = value * 10 + (s.charAt(i) - '0');
        }
        if (length == 4 && isReadAsYear(value)) {
            return belowHundred((int) (value / 100)) + yearTail((int) (value % 100));
        }
        return cardinal(value);
    }

    /** Four-digit numbers that American English reads in pairs: "nineteen ninety-nine", "twenty ten". */
    private static boolean isReadAsYear(long value) {
        return (value >= 1100 && value <= 1999) || (value >= 2010 && value <= 2099);
    }

    /** The second pair of a year: "hundred" for 00, "oh five" for 05, else the number. */
    private static int yearTail(int pair) {
        if (pair == 0) {
            return SCALE_WORD;
        }
        return pair < 10 ? 1 + ONES[pair] : belowHundred(pair);
    }

    private static int cardinal(long value) {
        if (value == 0) {
            return ONES[0];
        }
        int total = 0;
        long rest = value;
        boolean scaled = false;
        while (rest > 0) {
            int group = (int) (rest % 1000);
            if (group > 0) {
                total += belowThousand(group) + (scaled ? SCALE_WORD : 0);
            }
            rest /= 1000;
            scaled = true;
        }
        return total;
    }

    private static int belowThousand(int n) {
        int hundreds = n / 100;
        int rest = n % 100;
        int total = hundreds > 0 ? ONES[hundreds] + SCALE_WORD : 0;
        return rest > 0 ? total + belowHundred(rest) : total;
    }

    private static int belowHundred(int n) {
        if (n < 10) {
            return ONES[n];
        }
        if (n < 20) {
            return TEENS[n - 10];
        }
        return TENS[n / 10] + (n % 10 == 0 ? 0 : ONES[n % 10]);
    }

    /** "first", "second", "twentieth", "hundredth": the cardinal with the endings that add a syllable. */
    private static int ordinal(String s, int start, int end) {
        long value = Long.parseLong(s, start, end, 10);
        int lastTwo = (int) (value % 100);
        int total = cardinal(value);
        if (lastTwo % 10 == 2 && lastTwo != 12) {
            total++; // two -> se-cond
        } else if (lastTwo >= 20 && lastTwo % 10 == 0) {
            total++; // twen-ty -> twen-ti-eth
        }
        return total;
    }

    private static int digitByDigit(CharSequence s, int start, int end) {
        int total = 0;
        for (int i = start; i < end; i++) {
            total += ONES[s.charAt(i) - '0'];
        }
        return total;
    }

    // ------------------------------------------------------------------------------------ words

    /** A run of letters and apostrophes. */
    private static int word(String s, int start, int end, boolean exceptions) {
        int extra = 0;
        // "isn't", "couldn't": the n of n't is a syllable of its own after a consonant.
        if (end - start >= 4 && isApostrophe(s.charAt(end - 2)) && lower(s.charAt(end - 1)) == 't'
                && lower(s.charAt(end - 3)) == 'n' && isConsonantLetter(fold(s.charAt(end - 4)))) {
            extra = 1;
        }
        char[] w = new char[end - start];
        int n = 0;
        int upper = 0;
        int cased = 0;
        boolean foreign = false;
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (isApostrophe(c) || !Character.isLetter(c)) {
                continue;
            }
            char f = fold(c);
            if ((c == '\u00e9' || c == '\u00c9') && (i == end - 1 || (i == end - 2 && lower(s.charAt(end - 1)) == 's'))) {
                f = 'y'; // a final é is sounded ("café", "sauté"): count it like the y of "party", never silent
            }
            if (f == 0) {
                foreign = true;
                continue;
            }
            if (Character.isUpperCase(c)) {
                upper++;
            }
            cased++;
            w[n++] = f;
        }
        if (n == 0) {
            return foreign ? 1 : 0;
        }
        boolean hasVowel = false;
        boolean hasVowelOrY = false;
        for (int i = 0; i < n; i++) {
            hasVowel |= isVowelLetter(w[i]) && w[i] != 'y';
            hasVowelOrY |= isVowelLetter(w[i]);
        }
        if (upper == cased && n >= 2 && (n <= 3 || !hasVowel)) {
            return spelled(w, n);
        }
        if (!hasVowelOrY) {
            return n <= 4 && indexOf(w, n, 'h') < 0 ? spelled(w, n) : 1;
        }
        if (exceptions) {
            Integer known = exception(w, n);
            if (known != null) {
                return known + extra;
            }
        }
        int compound = compound(w, n, exceptions);
        if (compound > 0) {
            return compound + extra;
        }
        return Math.max(1, rules(w, n)) + extra;
    }

    /** The dictionary count of the word, its "-s" plural, or its "-es" plural after a sibilant. */
    private static @Nullable Integer exception(char[] w, int n) {
        Integer known = EXCEPTIONS.get(new String(w, 0, n));
        if (known == null && n > 3 && w[n - 1] == 's') {
            known = EXCEPTIONS.get(new String(w, 0, n - 1));
            if (known == null && w[n - 2] == 'e' && isSibilantEnd(w, n - 2)) {
                Integer base = EXCEPTIONS.get(new String(w, 0, n - 2));
                known = base == null ? null : base + 1;
            }
        }
        return known;
    }

    private static boolean isSibilantEnd(char[] w, int n) {
        char last = w[n - 1];
        return last == 's' || last == 'x' || last == 'z' || (last == 'h' && n >= 2 && (w[n - 2] == 'c' || w[n - 2] == 's'));
    }

    /**
     * "lifetime" = "life" + "time"; 0 when the word is not such a compound. Words longer than any
     * real compound are not split, which also bounds the recursion on hostile input.
     */
    private static int compound(char[] w, int n, boolean exceptions) {
        if (n > MAX_COMPOUND_LENGTH) {
            return 0;
        }
        for (String head : COMPOUND_HEADS) {
            int h = head.length();
            if (n - h < 2 || !startsWith(w, n, 0, head)) {
                continue;
            }
            char next = w[h];
            boolean restIsOne = endsWith(w, n, h, "one") || endsWith(w, n, h, "ones");
            if ((isVowelLetter(next) || next == 'r') && !restIsOne) {
                continue;
            }
            boolean restHasVowel = false;
            for (int i = h; i < n; i++) {
                restHasVowel |= isVowelLetter(w[i]);
            }
            if (!restHasVowel) {
                continue;
            }
            String rest = new String(w, h, n - h);
            return count(head, exceptions) + count(rest, exceptions);
        }
        return 0;
    }

    /** Letter by letter: "MRI" is three syllables, W is "double-u". */
    private static int spelled(char[] w, int n) {
        int total = 0;
        for (int i = 0; i < n; i++) {
            total += letterName(w[i]);
        }
        return total;
    }

    private static int letterName(char c) {
        return lower(c) == 'w' ? 3 : 1;
    }

    // ------------------------------------------------------------------------------ vowel rules

    /**
     * The vowel-group count of a lower-case ASCII word: nuclei (vowel runs, split where two vowels are
     * sounded apart), minus silent e's, plus syllabic consonants.
     */
    private static int rules(char[] w, int n) {
        boolean[] vowel = vowels(w, n);
        int[] nucleusStart = new int[n];
        int nuclei = 0;
        int lastStart = -1;
        int lastEnd = -1;
        int i = 0;
        while (i < n) {
            if (!vowel[i]) {
                i++;
                continue;
            }
            int before = nuclei;
            nucleusStart[nuclei++] = i;
            while (i + 1 < n && vowel[i + 1]) {
                if (splits(w, n, i, before)) {
                    nucleusStart[nuclei++] = i + 1;
                }
                i++;
            }
            lastStart = nucleusStart[nuclei - 1];
            lastEnd = i + 1;
            i++;
        }
        if (nuclei == 0) {
            return 0;
        }
        int count = nuclei;
        if (nuclei > 1 && isSilentFinalE(w, n, vowel, lastStart, lastEnd)) {
            count--;
        }
        if (nuclei > 1 && hasSilentEBeforeSuffix(w, n, vowel, nucleusStart[0])) {
            count--;
        }
        count += syllabicConsonants(w, n, vowel);
        if (n > 3 && w[0] == 'm' && w[1] == 'c' && !vowel[2]) {
            count++; // "McDonald": Mc is read "mac"
        }
        return count;
    }

    /**
     * Which letters are vowels: a e i o u, except u after q ("quiet") and u between g and a vowel
     * ("guide", "language"); y is a vowel except at the start before a vowel ("yes") and between
     * vowels ("player", "beyond").
     */
    private static boolean[] vowels(char[] w, int n) {
        boolean[] vowel = new boolean[n];
        for (int i = 0; i < n; i++) {
            char c = w[i];
            boolean nextIsVowel = i + 1 < n && isPlainVowel(w[i + 1]);
            if (c == 'u') {
                if (i > 0 && w[i - 1] == 'q') {
                    vowel[i] = false;
                } else if (i > 0 && w[i - 1] == 'g' && nextIsVowel) {
                    // "ambiguous", "ambiguity": here the u is sounded.
                    vowel[i] = startsWith(w, n, i + 1, "ou") || startsWith(w, n, i + 1, "ity");
                } else {
                    vowel[i] = true;
                }
            } else if (c == 'y') {
                if (i == 0) {
                    vowel[i] = !nextIsVowel;
                } else {
                    boolean afterVowel = vowel[i - 1] || (w[i - 1] == 'w' && i > 1 && vowel[i - 2]);
                    vowel[i] = !(afterVowel && nextIsVowel);
                }
            } else {
                vowel[i] = isPlainVowel(c);
            }
        }
        return vowel;
    }

    /**
     * Whether the vowels at {@code j} and {@code j + 1} (both in one vowel run) are two syllables.
     *
     * @param before the number of syllable nuclei before this vowel run
     */
    private static boolean splits(char[] w, int n, int j, int before) {
        char a = w[j];
        char b = w[j + 1];
        char p = j > 0 ? w[j - 1] : ' ';
        // "going", "being", "crying", "skiing": the -ing is its own syllable after any vowel.
        if (b == 'i' && (endsWith(w, n, j + 2, "ng") || endsWith(w, n, j + 2, "ngs"))) {
            return true;
        }
        // "egoism", "atheist", "altruism"
        if (b == 'i' && before > 0 && (endsWith(w, n, j + 2, "sm") || endsWith(w, n, j + 2, "sms")
                || endsWith(w, n, j + 2, "st") || endsWith(w, n, j + 2, "sts"))) {
            return true;
        }
        // "antioxidant", "antiemetic": the prefix keeps its own syllable.
        if (j == 3 && startsWith(w, n, 0, "anti")) {
            return true;
        }
        switch (a) {
            case 'y':
                return true; // "my-al-gia", "em-bry-o", "dry-er": a vowel y before another vowel
            case 'i':
                return splitsAfterI(w, n, j, b, p, before);
            case 'e':
                return splitsAfterE(w, n, j, b, p, before);
            case 'o':
                return splitsAfterO(w, n, j, b, p);
            case 'u':
                return splitsAfterU(w, n, j, b, p);
            case 'a':
                if (b == 'i') {
                    return endsWith(w, n, j + 2, "c") || endsWith(w, n, j + 2, "cs"); // "mosaic", "archaic"
                }
                if (b == 'o') {
                    return !(j >= 2 && w[j - 1] == 'r' && w[j - 2] == 't'); // "chaos", "aorta"; not "extraordinary"
                }
                return false;
            default:
                return false;
        }
    }

    private static boolean splitsAfterI(char[] w, int n, int j, char b, char p, int before) {
        switch (b) {
            case 'a':
                // "associate", "negotiation", "mediator": -iate and -iation sound the i even after t or c.
                if (j + 3 < n && w[j + 2] == 't' && (w[j + 3] == 'e' || w[j + 3] == 'i' || w[j + 3] == 'o')) {
                    return true;
                }
                if (p == 'r' && j >= 2 && w[j - 2] == 'r' && startsWith(w, n, j + 2, "ge")) {
                    return false; // "marriage", "miscarriage"
                }
                return !isPalatal(w, n, j); // "di-al", "ba-cte-ri-a"; not "special", "physician", "Asia"
            case 'o':
                if (j + 2 < n && w[j + 2] == 'n') {
                    return false; // "-tion", "million", "onion"
                }
                if ((j + 2 < n && w[j + 2] == 'r') || startsWith(w, n, j + 2, "ur")) {
                    return p == 'r'; // "war-ri-or", "in-te-ri-or"; not "senior", "behavior", "behaviour"
                }
                if (j + 2 < n && w[j + 2] != 'u') {
                    return true; // "bi-ol-o-gy", "e-ti-ol-o-gy", "vi-o-lent", "pe-ri-od"
                }
                return !isPalatal(w, n, j); // "ra-di-o", "se-ri-ous"; not "ratio", "precious", "religious"
            case 'u':
                return true; // "medium", "potassium", "calcium"
            case 'e':
                if (j + 2 < n && w[j + 2] == 't') {
                    return true; // "diet", "quiet", "society", "anxiety"
                }
                if (startsWith(w, n, j + 2, "nt") || startsWith(w, n, j + 2, "nc")) {
                    return !isPalatal(w, n, j); // "client", "audience", "science"; not "patient", "efficient"
                }
                return before > 0 && (endsWith(w, n, j + 2, "r") || endsWith(w, n, j + 2, "rs")
                        || endsWith(w, n, j + 2, "st") || endsWith(w, n, j + 2, "n") || endsWith(w, n, j + 2, "ns"));
                // "earlier", "healthiest", "alien"; not "pier", "priest", "field", "series"
            case 'i':
                return true; // "skiing", "radii"
            default:
                return false;
        }
    }

    private static boolean splitsAfterE(char[] w, int n, int j, char b, char p, int before) {
        switch (b) {
            case 'a':
                if (p == 'e') {
                    return true; // "agree-able"
                }
                if (before > 0 && (j + 2 == n || (j + 3 == n && w[n - 1] == 's'))) {
                    return true; // "area", "idea", "nausea", "diarrhea"; not "tea", "plea"
                }
                if (j >= 2 && w[j - 2] == 'c' && p == 'r' && startsWith(w, n, j + 2, "t") && !startsWith(w, n, j + 3, "ur")) {
                    return true; // "create", "pancreatic"; not "creature"
                }
                if (j == 2 && w[0] == 't' && p == 'h' && startsWith(w, n, j + 2, "t")) {
                    return true; // "theater", "theatre"
                }
                if (j == 1 && w[0] == 'r' && startsWith(w, n, j + 2, "li")) {
                    return true; // "reality", "realize", "realistic"
                }
                if (before > 0 && (endsWith(w, n, j + 2, "te") || startsWith(w, n, j + 2, "tion"))) {
                    return true; // "permeate", "nauseate", "ideation"
                }
                if ((p == 'r' || p == 'd') && j >= 2 && isPlainVowel(w[j - 2]) && startsWith(w, n, j + 2, "l")) {
                    return true; // "cereal", "ideal"
                }
                if ((endsWith(w, n, j + 2, "r") || endsWith(w, n, j + 2, "rs")) && (
                        (p == 'n' && j >= 2 && isPlainVowel(w[j - 2]))
                        || (p == 'l' && j >= 3 && w[j - 2] == 'c' && isPlainVowel(w[j - 3])))) {
                    return true; // "linear", "nuclear"; not "near", "unclear"
                }
                return prefixSplits(w, n, j); // "react", "reassure", "preamble"
            case 'o':
                if (p == 'g' && j >= 2) {
                    return false; // "surgeon", "gorgeous"; but "ge-ography"
                }
                if (j == 1 && startsWith(w, n, j + 1, "op")) {
                    return false; // "people", "leopard", "jeopardy"
                }
                if (p == 'c' && startsWith(w, n, j + 2, "us")) {
                    return false; // "sebaceous", "herbaceous"
                }
                return true; // "video", "theory", "osteoporosis", "spontaneous"
            case 'u':
                if (before > 0 && (endsWith(w, n, j + 2, "m") || endsWith(w, n, j + 2, "ms") || endsWith(w, n, j + 2, "s"))) {
                    return true; // "museum", "nucleus"; not "rheum", "Zeus"
                }
                return j == 1 && w[0] == 'r'; // "reuse", "reunion"; not "neuro", "pseudo"
            case 'i':
                if (startsWith(w, n, j + 2, "ty")) {
                    return true; // "deity", "spontaneity"
                }
                return j == 1 && w[0] == 'r' && (startsWith(w, n, 2, "im") || startsWith(w, n, 2, "it")
                        || (startsWith(w, n, 2, "in") && n > 5 && "fstv".indexOf(w[4]) >= 0));
                // "reimburse", "reiterate", "reinforce"; not "reign", "reins", "their", "protein"
            case 'e':
                return prefixSplits(w, n, j); // "preexisting", "reevaluate"
            default:
                return false;
        }
    }

    private static boolean splitsAfterO(char[] w, int n, int j, char b, char p) {
        switch (b) {
            case 'a':
                if (j > 0 && isPlainVowel(p)) {
                    return true; // "osteo-arthritis", "radio-active"
                }
                // "coagulate", "coalition", "koala", "ketoacidosis"; not "coach", "road", "boat"
                return j + 3 < n && ((w[j + 2] == 'c' && w[j + 3] != 'h') || w[j + 2] == 'g' || w[j + 2] == 'l')
                        && isPlainVowel(w[j + 3]);
            case 'e':
                if (j == 0 || j + 2 == n || endsWith(w, n, j + 2, "s") || endsWith(w, n, j + 2, "d")) {
                    return false; // "oestrogen", "toe", "goes", "does", "toed"
                }
                return p != 'h' && p != 'f'; // "poem", "poet", "coexist", "gastroenterology"; not "phoenix", "foetus"
            case 'i':
                if (endsWith(w, n, j + 2, "c") || startsWith(w, n, j + 2, "ca") || endsWith(w, n, j + 2, "cs")) {
                    return true; // "stoic", "heroic"; not "choice", "voice"
                }
                return j == 1 && w[0] == 'c' && startsWith(w, n, 3, "nc"); // "coincide"
            case 'o':
                return j == 1 && w[0] == 'c' && (startsWith(w, n, 3, "rd") || startsWith(w, n, 3, "perat"));
                // "coordinate", "cooperate"; not "cook", "cool"
            default:
                return false;
        }
    }

    private static boolean splitsAfterU(char[] w, int n, int j, char b, char p) {
        switch (b) {
            case 'a':
                return !(p == 's' && j + 2 < n && (w[j + 2] == 'd' || w[j + 2] == 'v')); // "usual", "actual"; not "persuade"
            case 'e':
                if (j + 2 < n && "lnt".indexOf(w[j + 2]) >= 0) {
                    return true; // "fuel", "cruel", "fluent", "influenza", "duet"
                }
                return endsWith(w, n, j + 2, "r") || endsWith(w, n, j + 2, "rs"); // "truer"; not "blue", "issues"
            case 'i':
                if (j + 2 < n && (w[j + 2] == 'd' || w[j + 2] == 'n')) {
                    return true; // "fluid", "ruin", "genuine"
                }
                return startsWith(w, n, j + 2, "ty") || startsWith(w, n, j + 2, "tion") || startsWith(w, n, j + 2, "tive")
                        || startsWith(w, n, j + 2, "tous") || startsWith(w, n, j + 2, "cid") || startsWith(w, n, j + 2, "sm");
                // "ambiguity", "intuition", "suicide"; not "fruit", "juice", "build"
            case 'o':
                return !(j >= 2 && w[j - 2] == 'f' && p == 'l'); // "duo", "continuous"; not "fluoride"
            case 'u':
                return true; // "vacuum"
            default:
                return false;
        }
    }

    /**
     * Whether the i at {@code j} merges with the next vowel into a "sh", "zh" or "j" sound: after t or
     * c ("nation", "special", "patient"), after g inside a word ("region", "neuralgia"), after s
     * following a vowel or another s ("Asia", "Russia"), and x before o ("anxious"). "sci" at the
     * start of a word is sounded apart ("science", "sciatica"), and so are word-initial "gi" and "ti"
     * ("giant").
     */
    private static boolean isPalatal(char[] w, int n, int j) {
        if (j < 2) {
            return false;
        }
        char c = w[j - 1];
        switch (c) {
            case 't':
            case 'g':
                return true;
            case 'c':
                return !(j == 2 && w[0] == 's');
            case 's':
                return isPlainVowel(w[j - 2]) || w[j - 2] == 's';
            case 'x':
                return j + 1 < n && w[j + 1] == 'o';
            default:
                return false;
        }
    }

    /** "re-act", "pre-existing", "de-activate": a prefix whose e is sounded apart from the next vowel. */
    private static boolean prefixSplits(char[] w, int n, int j) {
        if (j == 1 && w[0] == 'r') {
            return startsWithAny(w, n, 2, RE_STEMS);
        }
        if (j == 2 && w[0] == 'p' && w[1] == 'r') {
            return startsWithAny(w, n, 3, PRE_STEMS);
        }
        if (j == 1 && w[0] == 'd') {
            return startsWithAny(w, n, 2, DE_STEMS);
        }
        return false;
    }

    /**
     * Whether the last nucleus is a silent e: final e ("make", but not "table", "acre"), -es ("makes",
     * but not "places", "wishes", "tables"; "headaches" is silent) or -ed ("helped", but not "wanted",
     * "troubled", "hundred").
     */
    private static boolean isSilentFinalE(char[] w, int n, boolean[] vowel, int lastStart, int lastEnd) {
        if (lastEnd - lastStart != 1 || w[lastStart] != 'e') {
            return false;
        }
        if (lastEnd == n) {
            return !isSyllabicLe(w, vowel, n - 2) && !isSyllabicRe(w, vowel, n - 2);
        }
        if (lastEnd != n - 1 || lastStart < 1 || n < 3) {
            return false;
        }
        char ending = w[n - 1];
        char before = w[n - 3];
        if (ending == 's') {
            if ("sxzcg".indexOf(before) >= 0) {
                return false;
            }
            if (before == 'h' && n >= 4 && (w[n - 4] == 'c' || w[n - 4] == 's')) {
                return isAches(w, n);
            }
            return !isSyllabicLe(w, vowel, n - 3) && !isSyllabicRe(w, vowel, n - 3);
        }
        if (ending == 'd') {
            if (before == 't' || before == 'd') {
                return false;
            }
            return !isSyllabicLe(w, vowel, n - 3) && !isSyllabicRe(w, vowel, n - 3);
        }
        return false;
    }

    /** "l" at {@code at} after a consonant other than l, r, w: "table", "tables", "troubled". */
    private static boolean isSyllabicLe(char[] w, boolean[] vowel, int at) {
        return at >= 1 && w[at] == 'l' && !vowel[at - 1] && "lrw".indexOf(w[at - 1]) < 0;
    }

    /** "r" at {@code at} after b, c, d, g, k, p, t or v: "acre", "centres", "hundred". */
    private static boolean isSyllabicRe(char[] w, boolean[] vowel, int at) {
        return at >= 1 && w[at] == 'r' && !vowel[at - 1] && SYLLABIC_R_ONSETS.indexOf(w[at - 1]) >= 0;
    }

    /** "aches", "headaches": ch sounds k, so the -es is silent; "attaches" and "reaches" are not. */
    private static boolean isAches(char[] w, int n) {
        if (n < 5 || !endsWith(w, n, n - 5, "aches")) {
            return false;
        }
        return n == 5 || (!isPlainVowel(w[n - 6]) && w[n - 6] != 't');
    }

    /** A single e after a consonant and before -ly, -ment, -ful, -less, -ness, -ty or -let is silent. */
    private static boolean hasSilentEBeforeSuffix(char[] w, int n, boolean[] vowel, int firstNucleus) {
        for (String suffix : SILENT_E_SUFFIXES) {
            int e = n - suffix.length() - 1;
            if (e < 2 || w[e] != 'e' || !endsWith(w, n, e + 1, suffix)) {
                continue;
            }
            boolean single = !vowel[e - 1] && !vowel[e + 1];
            boolean vowelBefore = firstNucleus < e - 1;
            if (single && vowelBefore && !isSyllabicLe(w, vowel, e - 1) && !isSyllabicRe(w, vowel, e - 1)) {
                return true;
            }
        }
        return false;
    }

    /** The m of "-ism", "spasm", "aneurysm" and "rhythm" is a syllable of its own. */
    private static int syllabicConsonants(char[] w, int n, boolean[] vowel) {
        int end = w[n - 1] == 's' ? n - 1 : n;
        if (end >= 3 && w[end - 1] == 'm' && w[end - 2] == 's' && vowel[end - 3]) {
            return 1;
        }
        if (end >= 4 && w[end - 1] == 'm' && w[end - 2] == 'h' && w[end - 3] == 't') {
            return 1;
        }
        return 0;
    }

    // -------------------------------------------------------------------------------- characters

    /**
     * Lower-case ASCII for a Latin letter, with accents dropped ("é" is e); 0 for letters of other
     * alphabets.
     */
    private static char fold(char c) {
        if (c < 128) {
            return Character.isLetter(c) ? Character.toLowerCase(c) : 0;
        }
        char l = Character.toLowerCase(c);
        if ("àáâãäåāăą".indexOf(l) >= 0) {
            return 'a';
        }
        if ("èéêëēĕėęě".indexOf(l) >= 0) {
            return 'e';
        }
        if ("ìíîïĩīĭįı".indexOf(l) >= 0) {
            return 'i';
        }
        if ("òóôõöøōŏő".indexOf(l) >= 0) {
            return 'o';
        }
        if ("ùúûüũūŭůűų".indexOf(l) >= 0) {
            return 'u';
        }
        if ("ýÿŷ".indexOf(l) >= 0) {
            return 'y';
        }
        if ("çćĉċč".indexOf(l) >= 0) {
            return 'c';
        }
        if ("ñńņňŉ".indexOf(l) >= 0) {
            return 'n';
        }
        if (l == 'ß') {
            return 's';
        }
        return 0;
    }

    private static char lower(char c) {
        return Character.toLowerCase(c);
    }

    private static boolean isPlainVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }

    private static boolean isVowelLetter(char c) {
        return isPlainVowel(c) || c == 'y';
    }

    private static boolean isConsonantLetter(char c) {
        return c != 0 && !isVowelLetter(c);
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u02bc';
    }

    private static boolean isHyphen(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011';
    }

    private static boolean allDigits(String s, int start, int end) {
        for (int i = start; i < end; i++) {
            if (!isAsciiDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean allDigitsOrCommas(String s, int start, int end) {
        for (int i = start; i < end; i++) {
            if (!isAsciiDigit(s.charAt(i)) && s.charAt(i) != ',') {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(String s, char c, int start, int end) {
        for (int i = start; i < end; i++) {
            if (s.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }

    private static int indexOf(char[] w, int n, char c) {
        for (int i = 0; i < n; i++) {
            if (w[i] == c) {
                return i;
            }
        }
        return -1;
    }

    private static boolean startsWith(char[] w, int n, int at, String s) {
        if (at < 0 || at + s.length() > n) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (w[at + i] != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWithAny(char[] w, int n, int at, String[] prefixes) {
        for (String prefix : prefixes) {
            if (startsWith(w, n, at, prefix)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the word from {@code at} to its end is exactly {@code s}. */
    private static boolean endsWith(char[] w, int n, int at, String s) {
        return at + s.length() == n && startsWith(w, n, at, s);
    }
}
