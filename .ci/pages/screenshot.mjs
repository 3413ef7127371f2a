// Takes a picture of a page as a phone shows it: WIDTH CSS pixels wide (390 by default), as a
// touch screen that honours the viewport meta tag, at two device pixels per CSS pixel. The
// picture is the whole page, or, when SELECTOR is given, the screen-wide band that holds the
// first element it matches. docs/html.md's phone picture is made with it. Not part of CI.
//
// Usage: node screenshot.mjs PAGE.html OUT.png [WIDTH [SELECTOR]]
//   e.g. node screenshot.mjs out/html/nocturnal-leg-cramps.html phone.png 390 '#references'

import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { fail, withChromium } from './pages.mjs';

const [pagePath, out, widthArg = '390', selector] = process.argv.slice(2);
if (!pagePath || !out || process.argv.length > 6) {
  fail('screenshot', 'usage: node screenshot.mjs PAGE.html OUT.png [WIDTH [SELECTOR]]');
}
const width = Number(widthArg);
if (!Number.isInteger(width) || width < 200) {
  fail('screenshot', `WIDTH is a whole number of CSS pixels, at least 200, not ${widthArg}`);
}

await withChromium('screenshot', async (context) => {
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(pathToFileURL(resolve(pagePath)).href, { waitUntil: 'load' });
  let clip;
  if (selector !== undefined) {
    const box = await page.locator(selector).first().boundingBox();
    if (!box) {
      fail('screenshot', `nothing on the page matches ${selector}`);
    }
    clip = { x: 0, y: box.y, width, height: box.height };
  }
  await page.screenshot({ path: out, fullPage: true, clip });
}, { viewport: { width, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
