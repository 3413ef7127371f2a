package org.conditioncontent.loader.rules.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Prose made from a fixed seed to hold the one-pass split and scoring to their oracles: words in
 * every case, the abbreviations, initials and numbers the sentence rules look at, every terminator,
 * closer and opener, white space of several kinds, letters outside ASCII (accented, Greek, a dotted
 * capital I whose lower case is longer, letters outside the BMP, lone surrogates) and tokens glued
 * together with no space between them.
 */
final class GeneratedProse {

    private static final String[] TOKENS = {
        "the", "a", "cramps", "muscle", "Muscles", "leg", "sleep", "often", "painful", "nocturnal", "diabetes", "every",
        "lifestyle", "pneumonia", "headaches", "MRI", "COPD", "NSAIDs", "WHO", "mg", "hmm", "rhythm", "isn't", "don't",
        "patient's", "patient\u2019s", "x-ray", "well\u2011known", "and/or", "Dr.", "Mr.", "St.", "e.g.", "i.e.", "vs.",
        "U.S.", "U.K.", "etc.", "a.m.", "p.m.", "Inc.", "No.", "no.", "Fig.", "C.", "J.", "R.", "by", "and", "with", "of",
        "Hepatitis", "B.", "D.", "2.5", "1,000", "12,500", "1,2", "50", "1999", "2026", "2005", "21st", "3rd", "1990s", "B12",
        "5mg", "007", "1234567890123456789", "50%", "&", "+", "caf\u00e9", "na\u00efve", "\u00e9t\u00e9", "\u00c9T\u00c9",
        "\u0130stanbul", "stra\u00dfe", "\u0391\u0392\u0393", "\u03b1\u03b2\u03b3", "\ud835\udc00bc", "\ud835\udc00", "\ud835",
        "\udc00", "x\u02bcy", "'tis", "\u2019tis", "co-operate", "pre-existing", "re-act",
    };

    private static final String[] MARKS = {
        ".", ".", ".", "!", "?", "?!", "...", "\u2026", "\u203d", ". . .", ";", ":", ",", "\"", "\u201c", "\u201d", "(", ")",
        "[", "]", "{", "}", "'", "\u2018", "\u2019", "\u00ab", "\u00bb", "\u2039", "\u203a", "-", "\u2014", "/", "%",
    };

    private static final String[] SPACES = {" ", " ", " ", " ", "  ", "\n", "\t", "\u2003", "\u00a0", "", ""};

    private GeneratedProse() {}

    /**
     * Texts from a seed: most read like sentences, some are shouted (in capitals), some are noise.
     *
     * @param seed the seed
     * @param count how many
     * @return the texts
     */
    static List<String> texts(long seed, int count) {
        Random random = new Random(seed);
        List<String> texts = new ArrayList<>(count);
        for (int t = 0; t < count; t++) {
            StringBuilder text = new StringBuilder();
            int tokens = random.nextInt(60);
            for (int i = 0; i < tokens; i++) {
                int kind = random.nextInt(10);
                if (kind < 6) {
                    String token = TOKENS[random.nextInt(TOKENS.length)];
                    text.append(random.nextInt(8) == 0 ? capitalised(token) : token);
                } else if (kind < 8) {
                    text.append(MARKS[random.nextInt(MARKS.length)]);
                } else {
                    text.append(SPACES[random.nextInt(SPACES.length)]);
                }
                text.append(SPACES[random.nextInt(SPACES.length)]);
            }
            String s = text.toString();
            int shape = random.nextInt(10);
            texts.add(shape == 0 ? s.toUpperCase(Locale.ROOT) : shape == 1 ? " " + s + "\n" : s);
        }
        return texts;
    }

    private static String capitalised(String token) {
        return token.isEmpty() ? token : token.substring(0, 1).toUpperCase(Locale.ROOT) + token.substring(1);
    }
}
