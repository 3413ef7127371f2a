package org.conditioncontent.loader.report;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.conditioncontent.loader.CorpusResult;
import org.conditioncontent.loader.Diagnostic;
import org.conditioncontent.loader.LoadResult;
import org.conditioncontent.loader.Rules;
import org.conditioncontent.loader.Severity;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The JUnit XML report. */
class JunitReportTest {

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(UTF_8)));
    }

    private static String report(CorpusResult corpus) {
        return report(corpus, Path.of("/repo"));
    }

    private static String report(CorpusResult corpus, Path workingDirectory) {
        return ReportFormat.JUNIT.render(ValidationReport.of(corpus, Rules.all(), workingDirectory, "1.0"));
    }

    /** The report of folders of the repository, named relative to its root as CI names them. */
    private static String examplesReport(String... folders) {
        return report(Examples.load(folders), Examples.REPOSITORY);
    }

    /** The text report's lines for the same folders, files named relative to the root as in the JUnit report. */
    private static List<String> textLines(String... folders) {
        return ReportFormat.TEXT.render(ValidationReport.of(Examples.load(folders), Rules.all(), Examples.REPOSITORY, "1.0"))
                .lines().map(line -> line.replace(Examples.REPOSITORY + "/", "")).toList();
    }

    @Test
    void hasOneTestCasePerFileAndOneFailurePerError() throws Exception {
        Document xml = parse(examplesReport("examples/invalid", "examples/conditions"));

        Element suites = xml.getDocumentElement();
        assertThat(suites.getTagName()).isEqualTo("testsuites");
        NodeList suite = suites.getElementsByTagName("testsuite");
        assertThat(suite.getLength()).isEqualTo(1);
        NodeList cases = xml.getElementsByTagName("testcase");
        List<String> text = textLines("examples/invalid", "examples/conditions");
        String summary = text.get(text.size() - 1);
        assertThat(summary).startsWith(cases.getLength() + " files, " + xml.getElementsByTagName("failure").getLength() + " errors, ");
        assertThat(((Element) suite.item(0)).getAttribute("tests")).isEqualTo(String.valueOf(cases.getLength()));
        Element seed = null;
        for (int i = 0; i < cases.getLength(); i++) {
            Element c = (Element) cases.item(i);
            assertThat(c.getAttribute("classname")).isEqualTo(c.getAttribute("name")).matches("examples/(invalid|conditions)/[a-z-]+\\.yaml");
            if (c.getAttribute("classname").equals("examples/conditions/nocturnal-leg-cramps.yaml")) {
                seed = c;
            }
            NodeList failures = c.getElementsByTagName("failure");
            for (int f = 0; f < failures.getLength(); f++) {
                Element failure = (Element) failures.item(f);
                assertThat(text).contains(failure.getAttribute("message"));
                assertThat(failure.getTextContent()).isEqualTo(failure.getAttribute("message"));
                assertThat(failure.getAttribute("message")).startsWith(c.getAttribute("classname") + ":").contains(": error: ")
                        .endsWith("[" + failure.getAttribute("type") + "]");
            }
        }
        assertThat(seed).as("a file without findings is a passing test case").isNotNull();
        assertThat(seed.getChildNodes().getLength()).isZero();
        long failed = 0;
        for (int i = 0; i < cases.getLength(); i++) {
            failed += ((Element) cases.item(i)).getElementsByTagName("failure").getLength() > 0 ? 1 : 0;
        }
        assertThat(((Element) suite.item(0)).getAttribute("failures")).isEqualTo(String.valueOf(failed));
    }

    @Test
    void putsWarningsInTheOutputOfTheirTestCase() throws Exception {
        Document xml = parse(examplesReport("examples/invalid/https.yaml"));

        Element testCase = (Element) xml.getElementsByTagName("testcase").item(0);
        assertThat(testCase.getElementsByTagName("failure").getLength()).isZero();
        assertThat(testCase.getElementsByTagName("system-out").item(0).getTextContent())
                .startsWith("examples/invalid/https.yaml:").contains(": warning: ").endsWith("[https]\n");
    }

    @Test
    void escapesMarkupAndCharactersXmlCannotHold() throws Exception {
        String message = "a <b> & \"c\" 'd'\n\u0001\u0000 \ud800 \uffff end \ud83d\ude00";
        List<Diagnostic> diagnostics = List.of(
                new Diagnostic("x&y.yaml", 1, 2, "", Severity.ERROR, "syntax", message),
                new Diagnostic("x&y.yaml", 3, 4, "", Severity.WARNING, "https", message));
        String out = report(new CorpusResult(List.of(new LoadResult("x&y.yaml", null, diagnostics)), diagnostics));

        Document xml = parse(out);
        Element failure = (Element) xml.getElementsByTagName("failure").item(0);
        String shown = "a <b> & \"c\" 'd'\n\\u0001\\u0000 \\uD800 \\uFFFF end \ud83d\ude00";
        assertThat(failure.getAttribute("message")).isEqualTo("x&y.yaml:1:2: error: " + shown + " [syntax]");
        assertThat(failure.getTextContent()).isEqualTo(failure.getAttribute("message"));
        assertThat(xml.getElementsByTagName("system-out").item(0).getTextContent()).isEqualTo("x&y.yaml:3:4: warning: " + shown + " [https]\n");
        assertThat(((Element) xml.getElementsByTagName("testcase").item(0)).getAttribute("classname")).isEqualTo("x&y.yaml");
    }

    @Test
    void aLineBreakInAFilesNameStartsNoLineOfTheReport() throws Exception {
        // Printed to a CI log, a line that starts with "::" is a command to GitHub Actions.
        String name = "j/a\n::error file=x::pwned.yaml";
        List<Diagnostic> diagnostics = List.of(
                new Diagnostic(name, 1, 1, "", Severity.ERROR, "syntax", "m"),
                new Diagnostic(name, 2, 1, "", Severity.WARNING, "https", "w"));
        String out = report(new CorpusResult(List.of(new LoadResult(name, null, diagnostics)), diagnostics));

        assertThat(out.lines()).noneMatch(line -> line.startsWith("::"));
        Document xml = parse(out);
        assertThat(xml.getElementsByTagName("failure").item(0).getTextContent()).isEqualTo(name + ":1:1: error: m [syntax]");
        assertThat(xml.getElementsByTagName("system-out").item(0).getTextContent()).isEqualTo(name + ":2:1: warning: w [https]\n");
    }

    @Test
    void carriesNoTimesOrHostsSoThatItIsDeterministic() {
        String out = examplesReport("examples/invalid");

        assertThat(out).doesNotContain("timestamp=").doesNotContain("time=").doesNotContain("hostname=");
    }
}
