package org.conditioncontent.render.html;

import org.conditioncontent.render.internal.Utf8Constant;

/**
 * The constant markup of the pages (the HTML renderer's, the index pages'), each with its UTF-8
 * bytes made once, so that an export's file gets them copied as they are instead of encoded a
 * character at a time on every page (see {@link Utf8Constant}).
 */
final class Markup {

    static final Utf8Constant ARTICLE = Utf8Constant.of("<article>\n");
    static final Utf8Constant END_ARTICLE = Utf8Constant.of("</article>\n");
    static final Utf8Constant END_HEADER = Utf8Constant.of("</header>\n");
    static final Utf8Constant END_LI = Utf8Constant.of("</li>\n");
    static final Utf8Constant END_ASIDE = Utf8Constant.of("</aside>\n");
    static final Utf8Constant END_FIGURE = Utf8Constant.of("</figure>\n");
    static final Utf8Constant UL = Utf8Constant.of("<ul>\n");
    static final Utf8Constant LI = Utf8Constant.of("<li>");
    static final Utf8Constant END_UL = Utf8Constant.of("</ul>\n");
    static final Utf8Constant OL = Utf8Constant.of("<ol>\n");
    static final Utf8Constant END_OL = Utf8Constant.of("</ol>\n");
    static final Utf8Constant END_FOOTER = Utf8Constant.of("</footer>\n");
    static final Utf8Constant END_SECTION = Utf8Constant.of("</section>\n");
    static final Utf8Constant END_UL_END_SECTION = Utf8Constant.of("</ul>\n</section>\n");
    static final Utf8Constant END_MAIN_END_BODY_END_HTML = Utf8Constant.of("</main>\n</body>\n</html>\n");
    static final Utf8Constant NAV_LETTERS = Utf8Constant.of("<nav aria-label=\"Letters\">\n<ul class=\"letters\">\n");
    static final Utf8Constant END_UL_END_NAV = Utf8Constant.of("</ul>\n</nav>\n");
    static final Utf8Constant DOCTYPE = Utf8Constant.of("<!DOCTYPE html>\n");
    static final Utf8Constant HEAD_META_CHARSET = Utf8Constant.of("<head>\n<meta charset=\"utf-8\">\n");
    static final Utf8Constant META_VIEWPORT = Utf8Constant.of("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    static final Utf8Constant STYLE = Utf8Constant.of("<style>\n");
    static final Utf8Constant END_STYLE = Utf8Constant.of("</style>\n");
    static final Utf8Constant END_HEAD_BODY_MAIN = Utf8Constant.of("</head>\n<body>\n<main>\n");
    static final Utf8Constant DOCTYPE_HTML_EN_HEAD_META_CHARSET = Utf8Constant.of("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    static final Utf8Constant ALSO_CALLED_START = Utf8Constant.of(" <span class=\"also-called\">(also called: ");
    static final Utf8Constant ALSO_CALLED_END = Utf8Constant.of(")</span>");
    static final Utf8Constant END_DIV = Utf8Constant.of("</div>\n");
    static final Utf8Constant COLON_SPACE = Utf8Constant.of(": ");
    static final Utf8Constant STYLESHEET = Utf8Constant.of(Stylesheet.CSS);

    private Markup() {
    }
}
