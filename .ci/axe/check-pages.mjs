// Checks every .html file of a folder for accessibility with axe-core in headless Chromium, with
// the WCAG 2.0 and 2.1 rules of levels A and AA. Prints one line per violation, naming the file,
// then "N passed, M failed" (pages without and with violations). Exits 0 when no page has a
// violation, 1 when one has, 2 when the check could not run.
//
// Usage: node check-pages.mjs DIR        (run-axe.sh installs what this needs, then runs it)
// CHROMIUM=/path/to/chromium overrides the browser, /usr/bin/chromium by default (Debian's).

import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

function fail(message) {
  console.error(`check-pages: ${message}`);
  process.exit(2);
}

const dirArg = process.argv[2];
if (!dirArg || process.argv.length > 3) {
  fail('usage: node check-pages.mjs DIR');
}
const dir = resolve(dirArg);
let files;
try {
  files = readdirSync(dir).filter((f) => f.endsWith('.html') && statSync(join(dir, f)).isFile()).sort();
} catch (e) {
  fail(`cannot read ${dir}: ${e.message}`);
}
if (files.length === 0) {
  fail(`no .html files in ${dir}`);
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
// A fresh profile for every run, so no state of an earlier run (or of a person's browser) counts.
const userDataDir = mkdtempSync(join(tmpdir(), 'axe-chromium-'));
let context;
try {
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
} catch (e) {
  rmSync(userDataDir, { recursive: true, force: true });
  fail(`cannot start Chromium: ${e.message.split('\n')[0]}`);
}

let passed = 0;
let failed = 0;
try {
  // The pages are files; anything they would fetch from the network is refused, so the result
  // never depends on the network and a page that reaches out cannot hang the check.
  await context.route('**/*', (route) =>
    route.request().url().startsWith('file:') ? route.continue() : route.abort());
  const page = context.pages()[0] ?? (await context.newPage());
  for (const file of files) {
    await page.goto(pathToFileURL(join(dir, file)).href, { waitUntil: 'load' });
    await page.addScriptTag({ content: axeSource });
    const violations = await page.evaluate(async (tags) => {
      // eslint-disable-next-line no-undef
      const results = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
      return results.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        targets: v.nodes.map((n) => n.target.join(' ')),
      }));
    }, TAGS);
    for (const v of violations) {
      console.log(`${file}: ${v.id} (${v.impact}): ${v.help} [${v.targets.length} element(s): ${v.targets.slice(0, 5).join(', ')}]`);
    }
    if (violations.length === 0) {
      passed++;
    } else {
      failed++;
    }
  }
} finally {
  await context.close();
  rmSync(userDataDir, { recursive: true, force: true });
}

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
