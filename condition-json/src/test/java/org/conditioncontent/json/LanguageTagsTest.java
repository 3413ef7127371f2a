package org.conditioncontent.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.conditioncontent.model.Condition;
import org.junit.jupiter.api.Test;

class LanguageTagsTest {

    private static final Pattern TAG = Pattern.compile(Condition.LANGUAGE_TAG_PATTERN);

    @Test
    void answersAsTheModelsPatternForEveryShortTextOfTheCharactersThatMatter() {
        // Letters at both ends of each range and just outside them, digits, the hyphen and a
        // letter beyond ASCII: every text of up to six of them, then a sample of longer ones.
        char[] alphabet = {'a', 'z', 'A', 'Z', '0', '9', '-', '@', '[', '`', '{', '/', ':', 'é', '_'};
        List<String> texts = new ArrayList<>();
        texts.add("");
        for (int length = 1; length <= 4; length++) {
            all(alphabet, new char[length], 0, texts);
        }
        texts.addAll(List.of("en", "eng", "en-US", "zh-Hant-TW", "de-1996", "x-abc", "en-", "-en", "en--US",
                "en-abcdefgh", "en-abcdefghi", "e", "engl", "en-U", "en-US-", "EN-us", "en-12345678"));
        int matching = 0;
        for (String text : texts) {
            boolean expected = TAG.matcher(text).matches();
            assertThat(LanguageTags.isWellFormed(text)).as("\"%s\"", text).isEqualTo(expected);
            matching += expected ? 1 : 0;
        }
        assertThat(matching).as("tags that match, so both answers are exercised").isGreaterThan(80);
    }

    private static void all(char[] alphabet, char[] text, int at, List<String> into) {
        if (at == text.length) {
            into.add(new String(text));
            return;
        }
        for (char c : alphabet) {
            text[at] = c;
            all(alphabet, text, at + 1, into);
        }
    }
}
