package org.conditioncontent.render.html;

/**
 * The built-in style sheet of a full page: system fonts, a readable measure, visible focus, boxed
 * asides, a layout that fits a 320 px wide phone, and a print layout that shows where resource
 * links lead. It loads nothing: no fonts, no images.
 *
 * <p>Long URLs, DOIs, e-mail addresses and words wrap wherever they must ({@code overflow-wrap:
 * anywhere}, after {@code break-word} for browsers without it), since one unbroken line makes a
 * whole page scroll sideways on a phone. Below 30rem the page, list and aside indents shrink so
 * that text nested three deep keeps most of the screen.
 */
final class Stylesheet {

    /** The rules, one a line, ending with a line break. A constant: it is written with {@code raw}. */
    static final String CSS = """
            :root{color-scheme:light;}
            body{margin:0 auto;max-width:42rem;padding:1rem 1.25rem;font:1rem/1.6 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:#1b1b1b;background:#fff;overflow-wrap:break-word;overflow-wrap:anywhere;}
            h1,h2,h3,h4,h5,h6{line-height:1.25;margin:1.5em 0 .5em;}
            ul,ol{padding-left:1.5rem;}
            li{margin:.25em 0;}
            a{color:#0b57d0;}
            a:focus-visible{outline:2px solid currentColor;outline-offset:2px;}
            aside{margin:1.5rem 0;padding:.75rem 1rem;border-left:.25rem solid #0b57d0;background:#f3f6fb;}
            aside>:first-child{margin-top:0;}
            aside>:last-child{margin-bottom:0;}
            figure{margin:1rem 0;}
            img{max-width:100%;height:auto;}
            .credit,figcaption,footer{font-size:.875rem;color:#444;}
            footer{margin-top:2rem;border-top:1px solid #ccc;}
            @media (max-width:30rem){body{padding:.75rem 1rem;}ul,ol{padding-left:1.25rem;}aside{padding:.5rem .75rem;}}
            @media print{body{max-width:none;padding:0;font-size:11pt;color:#000;}a{color:#000;}aside{background:none;border:1px solid #000;}#resources a[href^="http"]::after{content:" <" attr(href) ">";}section,li,aside{break-inside:avoid;}h1,h2,h3,h4,h5,h6{break-after:avoid;}}
            """;

    private Stylesheet() {}
}
