// Checks that every .html file of one or more folders fits a phone: at 320 and 390 CSS pixels wide
// (a small and a common phone, emulated as a touch screen that honours the viewport meta tag) the
// document is no wider than the screen, and no element and no run of text reaches past its left
// or right edge, so nothing needs a sideways scroll. Prints one line per page and width that does
// not fit, naming the offenders (a CSS path, how far past the edge, the start of their text),
// then "N passed, M failed" (pages). Exits 0 when every page fits at both widths, 1 when one does
// not, 2 when the check could not run. A page without a style sheet of its own (a fragment in a
// bare page, or one whose linked sheet is elsewhere) is laid out by the browser's defaults, not
// by the renderer: it is skipped, with a line that says so, and counted as skipped.
//
// Usage: node check-layout.mjs DIR...   (run.sh installs what this needs, then runs it)

import { pathToFileURL } from 'node:url';
import { finish, pagesFromArgs, styled, withChromium } from './pages.mjs';

const WIDTHS = [320, 390];
const HEIGHT = 800;
/** How many offenders a line names: the first few say where to look. */
const MAX_OFFENDERS = 5;

const pages = pagesFromArgs('check-layout');

/**
 * Runs in the page: what reaches past the viewport of the given width. Elements are measured by
 * their boxes; text is measured by its own rectangles, because a word that cannot wrap overflows
 * its paragraph while the paragraph's box stays inside the screen.
 */
function overflow(width) {
  const EPSILON = 0.5; // sub-pixel rounding is no sideways scroll
  const path = (el) => {
    const parts = [];
    for (let e = el; e && e.nodeType === 1 && e !== document.documentElement; e = e.parentElement) {
      let part = e.localName;
      if (e.id) {
        parts.unshift(`${part}#${e.id}`);
        break;
      }
      const parent = e.parentElement;
      if (parent) {
        const same = [...parent.children].filter((c) => c.localName === e.localName);
        if (same.length > 1) {
          part += `:nth-of-type(${same.indexOf(e) + 1})`;
        }
      }
      parts.unshift(part);
    }
    return parts.join(' > ');
  };
  const past = (rect) => Math.max(rect.right - width, -rect.left);
  const offenders = [];
  const seen = new Set();
  const add = (el, by, text) => {
    if (by > EPSILON && !seen.has(el)) {
      seen.add(el);
      offenders.push({ where: path(el), by: Math.ceil(by), text: text.replace(/\s+/g, ' ').trim().slice(0, 60) });
    }
  };
  for (const el of document.body.querySelectorAll('*')) {
    const rect = el.getBoundingClientRect();
    if (rect.width > 0 || rect.height > 0) {
      add(el, past(rect), el.textContent || '');
    }
  }
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.data.trim() === '') {
      continue;
    }
    range.selectNodeContents(node);
    // A short run such as the "." after a link says little: its element's text says where.
    const text = node.data.trim().length >= 20 ? node.data : node.parentElement.textContent;
    for (const rect of range.getClientRects()) {
      add(node.parentElement, past(rect), text);
    }
  }
  return {
    documentWidth: Math.max(document.documentElement.scrollWidth, document.body.scrollWidth),
    offenders,
  };
}

let passed = 0;
let failed = 0;
let skipped = 0;
await withChromium('check-layout', async (context) => {
  const page = context.pages()[0] ?? (await context.newPage());
  pages: for (const p of pages) {
    let fits = true;
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: HEIGHT });
      await page.goto(pathToFileURL(p.path).href, { waitUntil: 'load' });
      if (!(await page.evaluate(styled))) {
        console.log(`${p.name}: skipped: no style sheet of its own, so the page that styles it decides how it fits`);
        skipped++;
        continue pages;
      }
      const result = await page.evaluate(overflow, width);
      if (result.documentWidth > width || result.offenders.length > 0) {
        fits = false;
        const named = result.offenders.slice(0, MAX_OFFENDERS)
          .map((o) => `${o.where} (${o.by} px past: "${o.text}")`).join('; ');
        const more = result.offenders.length > MAX_OFFENDERS ? `; and ${result.offenders.length - MAX_OFFENDERS} more` : '';
        console.log(`${p.name} at ${width} px: the document is ${result.documentWidth} px wide; ${named || 'no single element past the edge'}${more}`);
      }
    }
    if (fits) {
      passed++;
    } else {
      failed++;
    }
  }
}, { viewport: { width: WIDTHS[0], height: HEIGHT }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
finish(passed, failed, skipped);
