// Checks every .html file of one or more folders for accessibility with axe-core in headless
// Chromium, with the WCAG 2.0, 2.1 and 2.2 rules of levels A and AA. Target size (2.5.8) is
// checked on every page with a style sheet of its own; on a page without one, which the browser's
// defaults lay out, it is left to the page that styles it, and a line says so. Prints one line per violation, naming the page, then "N passed, M failed" (pages without and
// with violations). Exits 0 when no page has a violation, 1 when one has, 2 when the check could
// not run.
//
// Usage: node check-axe.mjs DIR...      (run.sh installs what this needs, then runs it)

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { finish, pagesFromArgs, styled, withChromium } from './pages.mjs';

// WCAG 2.2 AA is every rule of these tags: axe tags a rule by the version that added it.
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const pages = pagesFromArgs('check-axe');
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let passed = 0;
let failed = 0;
await withChromium('check-axe', async (context) => {
  const page = context.pages()[0] ?? (await context.newPage());
  for (const p of pages) {
    await page.goto(pathToFileURL(p.path).href, { waitUntil: 'load' });
    await page.addScriptTag({ content: axeSource });
    const ownStyle = await page.evaluate(styled);
    if (!ownStyle) {
      console.log(`${p.name}: no style sheet of its own, so target size (WCAG 2.5.8) is left to the page that styles it`);
    }
    const violations = await page.evaluate(async ([tags, ownStyle]) => {
      const rules = ownStyle ? {} : { 'target-size': { enabled: false } };
      // eslint-disable-next-line no-undef
      const results = await axe.run(document, { runOnly: { type: 'tag', values: tags }, rules, resultTypes: ['violations'] });
      return results.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        targets: v.nodes.map((n) => n.target.join(' ')),
      }));
    }, [TAGS, ownStyle]);
    for (const v of violations) {
      console.log(`${p.name}: ${v.id} (${v.impact}): ${v.help} [${v.targets.length} element(s): ${v.targets.slice(0, 5).join(', ')}]`);
    }
    if (violations.length === 0) {
      passed++;
    } else {
      failed++;
    }
  }
});
finish(passed, failed);
