// What the page checks share: the command line (one or more folders of .html files), the exit
// codes (0 every page passed, 1 a page failed, 2 the check could not run), and Debian's Chromium
// started headless with a fresh profile.

import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

/** The browser: Debian's by default, CHROMIUM=/path/to/chromium for another. */
export const CHROMIUM_PATH = process.env.CHROMIUM || '/usr/bin/chromium';

/** Flags that keep a headless run quiet and alike on every machine: no sandbox (CI runs as root), no network of its own. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Ends the check with exit code 2: it could not do its job. */
export function fail(check, message) {
  console.error(`${check}: ${message}`);
  process.exit(2);
}

/**
 * The pages to check: every .html file of each folder named on the command line, sorted, as
 * {dir, file, path, name}; the name is "folder/file" so that a line of output says which page.
 */
export function pagesFromArgs(check) {
  const dirs = process.argv.slice(2);
  if (dirs.length === 0) {
    fail(check, `usage: node ${check}.mjs DIR...`);
  }
  const pages = [];
  for (const arg of dirs) {
    const dir = resolve(arg);
    let files;
    try {
      files = readdirSync(dir).filter((f) => f.endsWith('.html') && statSync(join(dir, f)).isFile()).sort();
    } catch (e) {
      fail(check, `cannot read ${dir}: ${e.message}`);
    }
    if (files.length === 0) {
      fail(check, `no .html files in ${dir}`);
    }
    for (const file of files) {
      pages.push({ dir, file, path: join(dir, file), name: `${basename(dir)}/${file}` });
    }
  }
  return pages;
}

/**
 * Runs body(context) with a headless Chromium (contextOptions as Playwright's, such as a
 * viewport) of a fresh profile (so no state of an earlier run,
 * or of a person's browser, counts) whose requests for anything but files are refused: the
 * result never depends on the network, and a page that reaches out cannot hang the check.
 */
export async function withChromium(check, body, contextOptions = {}) {
  const userDataDir = mkdtempSync(join(tmpdir(), `${check}-chromium-`));
  let context;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: CHROMIUM_ARGS,
      ...contextOptions,
    });
  } catch (e) {
    rmSync(userDataDir, { recursive: true, force: true });
    fail(check, `cannot start Chromium: ${e.message.split('\n')[0]}`);
  }
  try {
    await context.route('**/*', (route) =>
      route.request().url().startsWith('file:') ? route.continue() : route.abort());
    return await body(context);
  } finally {
    await context.close();
    rmSync(userDataDir, { recursive: true, force: true });
  }
}

/**
 * Runs in the page: whether a style sheet with rules styles it (the built-in one in practice). A
 * page without one (a fragment in a bare page, stylesheet(false), or a linked sheet that the
 * check, refusing the network, cannot load) is laid out by the browser's defaults, so its fit on
 * a phone and the size of its touch targets are for the page that styles it to decide. A sheet
 * whose rules the page may not read (a file:// page's linked sheet) is not counted.
 */
export function styled() {
  return [...document.styleSheets].some((sheet) => {
    try {
      return sheet.cssRules.length > 0;
    } catch {
      return false;
    }
  });
}

/**
 * Prints the closing line, "N passed, M failed" (pages), with ", K skipped" when pages were, and
 * exits 0 when none failed, else 1.
 */
export function finish(passed, failed, skipped = 0) {
  console.log(`${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`);
  process.exit(failed === 0 ? 0 : 1);
}
