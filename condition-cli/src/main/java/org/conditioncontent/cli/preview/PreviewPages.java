package org.conditioncontent.cli.preview;

import java.util.List;
import java.util.Objects;
import org.conditioncontent.cli.preview.Workspace.Page;
import org.conditioncontent.cli.preview.Workspace.Snapshot;
import org.conditioncontent.loader.Diagnostic;
import org.conditioncontent.loader.Severity;
import org.conditioncontent.model.Condition;
import org.conditioncontent.render.Renderer;
import org.conditioncontent.render.html.HtmlText;
import org.conditioncontent.render.html.IndexPage;
import org.jspecify.annotations.Nullable;

/**
 * The preview's pages: the export's index and article pages, each with a findings panel added at
 * the top of the body, the preview's style sheet in the head and its reload script at the end;
 * and, for a file with errors, a page of its findings instead of the article. Every value from a
 * file (names, messages, rule ids) goes through {@link HtmlText#escape}, the HTML renderer's own
 * escaping. Thread-safe.
 */
final class PreviewPages {

    /** The index page's route, which no article takes. */
    static final String INDEX = "index";

    /** The reload script. */
    static final String SCRIPT_PATH = "/_preview/live.js";

    /** The findings panel's style sheet. */
    static final String STYLE_PATH = "/_preview/preview.css";

    /** The server-sent events that announce new versions. */
    static final String EVENTS_PATH = "/_preview/events";

    /**
     * Shows the new version when the one announced differs from the one the page shows: it asks
     * for the page again and puts the new body (and head, when that changed, and the root
     * element's {@code lang} and {@code dir}, which an article's language sets) in place of the old,
     * so the browser neither tears down the page nor starts it again (a new document to parse, its
     * style sheet and script to take, a new event stream to open). Versions announced while it asks
     * are shown once the answer is in; if the page cannot be had (the preview stopped), it
     * reloads, as the browser would.
     */
    static final String SCRIPT = """
            // conditions preview: show the page again when the articles change on disk.
            (function () {
              var shown = version(document);
              var announced = shown;
              var asking = false;
              function version(doc) {
                var mark = doc.querySelector('[data-preview-version]');
                return mark ? mark.getAttribute('data-preview-version') : '';
              }
              function update() {
                if (asking || announced === shown) return;
                asking = true;
                var wanted = announced;
                fetch(location.href, { cache: 'no-store' }).then(function (response) {
                  return response.text();
                }).then(function (text) {
                  var next = new DOMParser().parseFromString(text, 'text/html');
                  if (!next.body || version(next) === '') throw new Error('not a preview page');
                  if (next.head.innerHTML !== document.head.innerHTML) document.head.replaceWith(next.head);
                  document.body.replaceWith(next.body);
                  ['lang', 'dir'].forEach(function (name) {
                    var value = next.documentElement.getAttribute(name);
                    if (value === null) document.documentElement.removeAttribute(name);
                    else document.documentElement.setAttribute(name, value);
                  });
                  shown = version(next);
                  if (shown !== wanted && announced === wanted) announced = shown;
                  asking = false;
                  update();
                }).catch(function () {
                  events.close();
                  location.reload();
                });
              }
              var events = new EventSource('/_preview/events');
              events.onmessage = function (event) {
                announced = event.data;
                update();
              };
            })();
            """;

    /** The findings panel's look: a bar above the page that does not touch the article's styles. */
    static final String STYLE = """
            .preview { font: 15px/1.4 system-ui, sans-serif; background: #f4f4f0; color: #1a1a1a;
              border-bottom: 2px solid #767676; padding: 0.5rem 1rem; }
            .preview a { color: #0b4f8a; }
            .preview-summary { margin: 0.25rem 0; }
            .preview-findings { margin: 0.25rem 0; padding-left: 1.5rem; }
            .preview-finding { margin: 0.2rem 0; }
            .preview-severity { font-weight: bold; text-transform: uppercase; font-size: 0.8rem; }
            .preview-error .preview-severity { color: #a4000f; }
            .preview-warning .preview-severity { color: #7a4d00; }
            .preview-info .preview-severity { color: #2d4f73; }
            .preview-position, .preview-rule { font-family: ui-monospace, monospace; }
            .preview-rule { color: #4d4d4d; }
            """;

    /**
     * The script's address in the pages: its path with a fingerprint of its text as the query,
     * which the server ignores (it looks up the raw path alone) but a browser's cache keys on, so
     * that the script can be cached and a preview with another script is never given a stale one.
     */
    static final String SCRIPT_URL = SCRIPT_PATH + "?v=" + fingerprint(SCRIPT);

    /** The style sheet's address in the pages, with a fingerprint of its text as {@link #SCRIPT_URL} has. */
    static final String STYLE_URL = STYLE_PATH + "?v=" + fingerprint(STYLE);

    private final Renderer html;

    /**
     * Creates the pages.
     *
     * @param html the renderer of article pages: the one {@code conditions export} uses
     */
    PreviewPages(Renderer html) {
        this.html = Objects.requireNonNull(html, "html must not be null");
    }

    /**
     * The index: the export's index of the articles without errors, with a panel that counts
     * the findings and links each file that has any (those with errors are not in the index).
     *
     * @param snapshot the articles
     * @return the page
     */
    String index(Snapshot snapshot) {
        List<Condition> conditions = snapshot.pages().stream().map(Page::condition).filter(Objects::nonNull).toList();
        StringBuilder panel = new StringBuilder();
        long errors = snapshot.pages().stream().mapToLong(p -> p.count(Severity.ERROR)).sum();
        long warnings = snapshot.pages().stream().mapToLong(p -> p.count(Severity.WARNING)).sum();
        panel.append("<aside class=\"preview\" aria-label=\"Findings\" data-preview-version=\"").append(snapshot.version()).append("\">\n");
        panel.append("<p class=\"preview-summary\">Preview: ").append(count(snapshot.pages().size(), "file")).append(", ")
                .append(count(errors, "error")).append(", ").append(count(warnings, "warning")).append("</p>\n");
        if (snapshot.problem() != null) {
            panel.append("<p class=\"preview-summary\">").append(HtmlText.escape(snapshot.problem())).append("</p>\n");
        }
        List<Page> withFindings = snapshot.pages().stream().filter(p -> !p.findings().isEmpty()).toList();
        if (!withFindings.isEmpty()) {
            panel.append("<ul class=\"preview-files\">\n");
            for (Page p : withFindings) {
                panel.append("<li><a href=\"/").append(p.route()).append(".html\">").append(HtmlText.escape(p.name())).append("</a>: ")
                        .append(count(p.count(Severity.ERROR), "error")).append(", ").append(count(p.count(Severity.WARNING), "warning"))
                        .append(p.condition() == null ? " (not in the index until fixed)" : "").append("</li>\n");
            }
            panel.append("</ul>\n");
        }
        panel.append("</aside>\n");
        return decorate(IndexPage.render(conditions), panel.toString());
    }

    /**
     * An article's page: the export's page with the file's findings above it, or, when the file
     * has errors, only the findings.
     *
     * @param snapshot the articles
     * @param page the file
     * @return the page
     */
    String article(Snapshot snapshot, Page page) {
        String panel = panel(snapshot.version(), page);
        Condition condition = page.condition();
        if (condition != null) {
            return decorate(html.render(condition), panel);
        }
        return shell(page.name() + ": " + count(page.count(Severity.ERROR), "error"), panel,
                "<h1>" + HtmlText.escape(page.name()) + "</h1>\n<p>This article has errors, so it is not shown."
                        + " Fix them and save: the page updates by itself.</p>\n");
    }

    /**
     * The page for an address that names no article; it is shown again when the articles change,
     * so a file created under that name appears.
     *
     * @param snapshot the articles
     * @return the page
     */
    String notFound(Snapshot snapshot) {
        String panel = "<aside class=\"preview\" aria-label=\"Findings\" data-preview-version=\"" + snapshot.version() + "\">\n"
                + "<p class=\"preview-summary\"><a href=\"/\">All articles</a></p>\n</aside>\n";
        return shell("No such article", panel, "<h1>No such article</h1>\n<p>No article file has this name.</p>\n");
    }

    private static String panel(long version, Page page) {
        StringBuilder out = new StringBuilder();
        out.append("<aside class=\"preview\" aria-label=\"Findings\" data-preview-version=\"").append(version).append("\">\n");
        out.append("<p class=\"preview-summary\"><a href=\"/\">All articles</a> · ").append(HtmlText.escape(page.name())).append(": ");
        List<Diagnostic> findings = page.findings();
        if (findings.isEmpty()) {
            out.append("no findings</p>\n");
        } else {
            out.append(count(page.count(Severity.ERROR), "error")).append(", ").append(count(page.count(Severity.WARNING), "warning"))
                    .append(", ").append(count(page.count(Severity.INFO), "note")).append("</p>\n");
            out.append("<ol class=\"preview-findings\">\n");
            for (Diagnostic d : findings) {
                String severity = d.severity().label();
                out.append("<li class=\"preview-finding preview-").append(severity).append("\">")
                        .append("<span class=\"preview-severity\">").append(severity).append("</span> ")
                        .append("<span class=\"preview-position\">").append(d.line()).append(':').append(d.column()).append("</span> ")
                        .append("<span class=\"preview-message\">").append(HtmlText.escape(d.message())).append("</span> ")
                        .append("<span class=\"preview-rule\">[").append(HtmlText.escape(d.rule())).append("]</span></li>\n");
            }
            out.append("</ol>\n");
        }
        return out.append("</aside>\n").toString();
    }

    /** Adds the style sheet to the head, the panel to the top of the body and the script to its end. */
    private static String decorate(String page, String panel) {
        int head = page.indexOf("</head>");
        int body = page.indexOf("<body>");
        int end = page.lastIndexOf("</body>");
        if (head < 0 || body < head || end < body) {
            throw new IllegalStateException("The HTML renderer wrote a page without head and body; the preview cannot add its panel");
        }
        int afterBody = body + "<body>".length();
        return page.substring(0, head) + stylesheetLink() + page.substring(head, afterBody) + "\n" + panel
                + page.substring(afterBody, end) + scriptElement() + page.substring(end);
    }

    private static String shell(String title, String panel, String main) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + HtmlText.escape(title) + "</title>\n" + stylesheetLink() + "</head>\n<body>\n" + panel
                + "<main>\n" + main + "</main>\n" + scriptElement() + "</body>\n</html>\n";
    }

    private static String stylesheetLink() {
        return "<link rel=\"stylesheet\" href=\"" + STYLE_URL + "\">\n";
    }

    private static String scriptElement() {
        return "<script src=\"" + SCRIPT_URL + "\"></script>\n";
    }

    /** Eight hexadecimal digits that change when the text does (a hash: a collision only costs a stale asset). */
    private static String fingerprint(String text) {
        return String.format("%08x", text.hashCode());
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** Whether a request's raw path is the index page's: {@code /} or {@code /index.html}. */
    static boolean isIndex(@Nullable String path) {
        return "/".equals(path) || ("/" + INDEX + ".html").equals(path);
    }
}
