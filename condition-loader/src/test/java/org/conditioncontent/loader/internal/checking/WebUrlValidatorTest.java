package org.conditioncontent.loader.internal.checking;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.conditioncontent.model.constraints.WebUrlValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link WebUrlValidator}'s character, label and port tests are plain loops (they run for every
 * URL of every article, cold). The screen and Hibernate Validator share the validator, so a
 * change in what it accepts would go unnoticed by the screen's differential test: these tests
 * hold its answers to those of the stream-and-split form it had before, kept here as the oracle.
 */
class WebUrlValidatorTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "https://example.org/a|true",
        "HTTP://Example.org|true",
        "https://a.example:443/x|true",
        "https://a.example:65535/|true",
        "https://a.example:65536/|false",
        "https://a.example:00080/|true",
        "https://a.example:123456/|false",
        "https://a.example:/|false",
        "https://a.example:8a/|false",
        "https://user@a.example/|false",
        "https://[::1]:8080/|true",
        "ftp://a.example/|false",
        "https:///path|false",
        "mailto:a@b.example|false",
        "https://a.example/é|true",
        "https://a.example/\uD83D\uDE00|true",
    })
    void answersAsItDidOnTheEdgeCases(String text, boolean expected) {
        assertThat(WebUrlValidator.isWebUrl(text)).isEqualTo(expected).isEqualTo(oracle(text));
    }

    @Test
    void refusesControlsSpacesLoneSurrogatesAndNoncharacters() {
        for (String bad : List.of("", "https://a.example/ b", "https://a.example/\tb", "https://a.example/\u007f",
                "https://a.example/\u0000", "https://a.example/\uD83D", "https://a.example/\uDE00x",
                "https://a.example/\uFFFE", "https://a.example/\uFDD0", "https://a.example/\uD83F\uDFFE")) {
            assertThat(WebUrlValidator.isWebUrl(bad)).as(bad).isFalse();
            assertThat(oracle(bad)).as(bad).isFalse();
        }
    }

    @Test
    void labelsUpTo63CharactersPassAndLongerOnesDoNot() {
        String label63 = "a".repeat(63);
        assertThat(WebUrlValidator.isWebUrl("https://" + label63 + ".example/")).isTrue();
        assertThat(WebUrlValidator.isWebUrl("https://" + label63 + "a.example/")).isFalse();
        assertThat(WebUrlValidator.isWebUrl("https://x." + label63 + "a/")).isFalse();
        assertThat(WebUrlValidator.isWebUrl("https://x..example/")).isEqualTo(oracle("https://x..example/"));
    }

    @Test
    void portsAnswerAsBefore() {
        for (String port : List.of("", "0", "1", "80", "065535", "65535", "65536", "99999", "123456", "8a", "-1", "+1", "\u0661", " 1")) {
            assertThat(WebUrlValidator.isPort(port)).as(port).isEqualTo(oraclePort(port));
        }
    }

    /** Generated URLs with characters changed, put in and taken out, around the places the loops look at. */
    @Test
    void generatedUrlsAnswerAsBefore() {
        Random random = new Random(20);
        String[] seeds = {"https://www.example.org/health/a?b=c#d", "http://a.example:8080/x", "https://[2001:db8::1]:443/",
            "https://" + "b".repeat(62) + ".example/", "https://a.example:65535"};
        char[] alphabet = {'a', '.', ':', '/', '@', '[', ']', ' ', '\t', '\u007f', '0', '9', '%', '\uD83D', '\uDE00', '\uFFFE',
            '\uFDD0', '\u00e9', '#', '?'};
        List<String> urls = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            StringBuilder url = new StringBuilder(seeds[random.nextInt(seeds.length)]);
            for (int edits = random.nextInt(4); edits >= 0; edits--) {
                int at = random.nextInt(url.length() + 1);
                char c = alphabet[random.nextInt(alphabet.length)];
                switch (random.nextInt(3)) {
                    case 0 -> url.insert(at, c);
                    case 1 -> { if (at < url.length()) url.setCharAt(at, c); }
                    default -> { if (at < url.length()) url.deleteCharAt(at); }
                }
            }
            urls.add(url.toString());
        }
        int accepted = 0;
        for (String url : urls) {
            boolean answer = WebUrlValidator.isWebUrl(url);
            assertThat(answer).as(url).isEqualTo(oracle(url));
            accepted += answer ? 1 : 0;
        }
        // Both answers occur often, so the comparison covers each side.
        assertThat(accepted).isBetween(2_000, 18_000);
    }

    /**
     * URLs at the edges of the validator's shortcut for plain http(s) URLs (which answers without
     * {@code java.net.URI}): each must get the answer {@code URI} gives.
     */
    @Test
    void awkwardUrlsAnswerAsUriDoes() {
        List<String> urls = List.of("http://a.example", "https://a.example", "HTTPS://A.EXAMPLE/", "hTtPs://a.example/x", "httpS://a",
                "http://a", "http:/a.example", "http//a.example", "https:a.example", "httpss://a.example", "htp://a.example",
                "http://a.example!x/", "http://a.example;x/", "http://a.example_x/", "http://a_b.example/", "http://a.example$/",
                "http://a.example'/", "http://a.example@b.example/", "http://@a.example/", "http://a.example:80x/",
                "http://a.example:80@b/", "http://a.example::80/", "http://a.example:/", "http://a.example:", "http://a.example:0",
                "http://a.example:65535", "http://a.example:65536", "http://a.example:99999", "http://a.example:123456",
                "http://a.example:00000080/", "http://1.2.3.4/", "http://1.2.3.4:80/", "http://1.2.3.4.example/", "http://1.2.3/",
                "http://1.2.3.4a/", "http://1.2.3.4-a.example/", "http://256.1.1.1/", "http://1example.org/", "http://a.1example/",
                "http://a.1/", "http://1/", "http://a-.example/", "http://-a.example/", "http://a-b.example/", "http://a--b.example/",
                "http://a..example/", "http://.a.example/", "http://a.example./", "http://a.example.", "http://a.example.:80/",
                "http://" + "a".repeat(63) + ".example/", "http://" + "a".repeat(64) + ".example/",
                "http://" + ("a".repeat(62) + ".").repeat(4) + "b/", "http://" + ("a".repeat(50) + ".").repeat(5) + "b/",
                "http://a.example/%2F", "http://a.example/%2", "http://a.example/%", "http://a.example/%zz", "http://a.example/%2G",
                "http://a.example/%%20", "http://a.example?%41", "http://a.example#%4", "http://a.example/a#b#c", "http://a.example/a?b?c",
                "http://a.example/a?b#c?d/e", "http://a.example/[x]", "http://a.example/?[x]", "http://a.example/#[x]",
                "http://a.example/?q=[1]&r={2}", "http://a.example/\\", "http://a.example/\"", "http://a.example/<b>",
                "http://a.example/|", "http://a.example/^", "http://a.example/`", "http://a.example/{}", "http://a.example/~!*'();:@&=+$,",
                "http://a.example?", "http://a.example#", "http://a.example/?#", "http://a.example//", "http:///a", "http://?a",
                "http://#a", "http://", "http://[::1]/", "http://[::1", "http://a.example]/", "http://a.example[/",
                "http://a.example/\u00e9", "http://\u00e9.example/", "http://a.example/\u0080", "http://a.example/\u00a0");
        int accepted = 0;
        for (String url : urls) {
            boolean answer = WebUrlValidator.isWebUrl(url);
            assertThat(answer).as(url).isEqualTo(oracle(url));
            accepted += answer ? 1 : 0;
        }
        assertThat(accepted).isBetween(20, urls.size() - 20);
    }

    /**
     * URLs made from a scheme, a host of labels, a port and a path, query and fragment of every
     * printable ASCII character and escapes, most of them plain enough for the validator's
     * shortcut and many just past it: each must get the answer {@code java.net.URI} gives.
     */
    @Test
    void generatedHttpUrlsAnswerAsUriDoes() {
        Random random = new Random(2004);
        String[] schemes = {"http://", "https://", "HTTP://", "hTTps://", "http:/", "https:", "ftp://", "httpx://", "http:///"};
        String labelCharacters = "abcxyzAZ0189-_";
        String tailCharacters = "aZ09/?#%%%AFfg[]-_.!~*'():@&=+$,;\"<>^`{|}\u00e9 ";
        int accepted = 0;
        int count = 30_000;
        for (int i = 0; i < count; i++) {
            StringBuilder url = new StringBuilder(schemes[random.nextInt(10) < 8 ? random.nextInt(2) : random.nextInt(schemes.length)]);
            for (int labels = 1 + random.nextInt(4), l = 0; l < labels; l++) {
                if (l > 0 || random.nextInt(40) == 0) {
                    url.append('.');
                }
                int length = random.nextInt(30) == 0 ? 60 + random.nextInt(6) : random.nextInt(7);
                for (int c = 0; c < length; c++) {
                    url.append(random.nextInt(8) == 0 ? labelCharacters.charAt(random.nextInt(labelCharacters.length()))
                            : (char) ('a' + random.nextInt(26)));
                }
            }
            if (random.nextInt(20) == 0) {
                url.append('.');
            }
            if (random.nextInt(4) == 0) {
                url.append(':');
                for (int digits = random.nextInt(8), d = 0; d < digits; d++) {
                    url.append(random.nextInt(15) == 0 ? 'x' : (char) ('0' + random.nextInt(10)));
                }
            }
            for (int length = random.nextInt(25), c = 0; c < length; c++) {
                url.append(random.nextInt(12) == 0 ? tailCharacters.charAt(random.nextInt(tailCharacters.length()))
                        : (char) ('a' + random.nextInt(26)));
            }
            String text = url.toString();
            boolean answer = WebUrlValidator.isWebUrl(text);
            assertThat(answer).as(text).isEqualTo(oracle(text));
            accepted += answer ? 1 : 0;
        }
        assertThat(accepted).isBetween(count / 10, count * 9 / 10);
    }

    /** The validator as it was before its loops: streams, a regular expression split and parseInt. */
    private static boolean oracle(String text) {
        if (text.isEmpty() || text.chars().anyMatch(c -> c <= ' ' || c == 0x7f) || !oracleWellFormed(text)) {
            return false;
        }
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme();
            if (scheme == null) {
                return false;
            }
            String lower = scheme.toLowerCase(Locale.ROOT);
            return (lower.equals("http") || lower.equals("https")) && uri.getHost() != null
                    && oracleAuthority(uri.getRawAuthority(), uri.getHost());
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static boolean oracleAuthority(String authority, String host) {
        if (authority == null || authority.indexOf('@') >= 0) {
            return false;
        }
        int colon = authority.lastIndexOf(':');
        if (colon >= 0 && colon > authority.lastIndexOf(']') && !oraclePort(authority.substring(colon + 1))) {
            return false;
        }
        if (host.length() > 253 || host.startsWith("[")) {
            return host.length() <= 253;
        }
        for (String label : host.split("\\.")) {
            if (label.length() > 63) {
                return false;
            }
        }
        return true;
    }

    private static boolean oraclePort(String port) {
        return !port.isEmpty() && port.length() <= 5 && port.chars().allMatch(c -> c >= '0' && c <= '9')
                && Integer.parseInt(port) <= 65535;
    }

    private static boolean oracleWellFormed(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            boolean noncharacter = (cp >= 0xfdd0 && cp <= 0xfdef) || (cp & 0xfffe) == 0xfffe;
            if ((cp <= 0xffff && Character.isSurrogate((char) cp)) || noncharacter) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }
}
