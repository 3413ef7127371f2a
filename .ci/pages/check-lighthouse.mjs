// Runs Lighthouse (as a phone, its default) on every .html file of one or more folders, served
// over HTTP from this machine, in Debian's Chromium, and holds each page to 100 in accessibility,
// best practices and SEO. Prints the three scores of every page and, for a score below 100, each
// audit that cost points with what it found; then "N passed, M failed" (pages). Exits 0 when every
// page scores 100 in all three, 1 when one does not, 2 when the check could not run.
//
// The server is started here, on 127.0.0.1 at a free port, and stopped before the check ends. It
// serves the files of the folders and, as a publisher's site does, an icon at /favicon.ico: the
// pages name no icon (see docs/decisions.md), so the browser asks the site for its own, and a site
// without one logs an error that Lighthouse counts against best practices.
//
// Usage: node check-lighthouse.mjs DIR...   (run.sh installs what this needs, then runs it)

import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, sep } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, CHROMIUM_PATH, fail, finish, pagesFromArgs } from './pages.mjs';

const CATEGORIES = ['accessibility', 'best-practices', 'seo'];
/**
 * Lighthouse's phone defaults, with less waiting: the pages have no script and load nothing but
 * themselves, so they are quiet once loaded, and a quarter second after load (instead of a
 * second at each of four steps) leaves time for any console error to show. No full-page
 * screenshot either: no audit of these categories needs one, and it is the slowest gatherer.
 */
const SETTINGS = {
  onlyCategories: CATEGORIES,
  disableFullPageScreenshot: true,
  pauseAfterFcpMs: 250,
  pauseAfterLoadMs: 250,
  networkQuietThresholdMs: 250,
  cpuQuietThresholdMs: 250,
};
/** How many findings of one audit are printed: the first few say where to look. */
const MAX_ITEMS = 3;
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
};

const pages = pagesFromArgs('check-lighthouse');

/**
 * A 16 by 16 icon in the ICO format, one solid colour (the pages' link blue): a site's icon, made
 * here so that no binary file is kept for it. An ICO holds a BMP without its file header, twice
 * as tall as the image because an AND mask (all zeros: opaque) follows the pixels.
 */
function icon() {
  const size = 16;
  const pixels = size * size * 4;
  const mask = size * 4; // one bit a pixel, each row padded to 32 bits
  const bmp = 40 + pixels + mask;
  const b = Buffer.alloc(6 + 16 + bmp);
  b.writeUInt16LE(1, 2); // an icon
  b.writeUInt16LE(1, 4); // one image
  b.writeUInt8(size, 6);
  b.writeUInt8(size, 7);
  b.writeUInt16LE(1, 10); // planes
  b.writeUInt16LE(32, 12); // bits a pixel
  b.writeUInt32LE(bmp, 14);
  b.writeUInt32LE(22, 18); // where the image starts
  b.writeUInt32LE(40, 22); // BITMAPINFOHEADER
  b.writeInt32LE(size, 26);
  b.writeInt32LE(size * 2, 30);
  b.writeUInt16LE(1, 34);
  b.writeUInt16LE(32, 36);
  b.writeUInt32LE(pixels + mask, 42);
  for (let i = 62; i < 62 + pixels; i += 4) {
    b.writeUInt32LE(0xff0b57d0, i); // BGRA in memory: 0xAARRGGBB as a little-endian word
  }
  return b;
}

/** Serves the folders' files under /DIRNAME/FILE, and the site's icon. Nothing else. */
function serve() {
  const favicon = icon();
  const roots = new Map(pages.map((p) => [p.name.split('/')[0], p.dir]));
  if (roots.size !== new Set(pages.map((p) => p.dir)).size) {
    fail('check-lighthouse', 'the folders are served by their names, so two folders may not have the same name');
  }
  return createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
    if (path === '/favicon.ico') {
      res.writeHead(200, { 'Content-Type': TYPES['.ico'], 'Content-Length': favicon.length });
      res.end(favicon);
      return;
    }
    const [, root, ...rest] = path.split('/');
    const dir = roots.get(root);
    const file = dir && join(dir, ...rest);
    if (!file || !file.startsWith(dir + sep) || rest.includes('..')) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    }
  });
}

/** One line for each audit that cost a category points, with its first findings. */
function shortfalls(lhr, category) {
  const lines = [];
  for (const ref of lhr.categories[category].auditRefs) {
    const audit = lhr.audits[ref.id];
    if (ref.weight === 0 || audit.score === null || audit.score >= 1) {
      continue;
    }
    const items = (audit.details?.items ?? []).slice(0, MAX_ITEMS).map((item) =>
      item.node?.snippet ?? item.description ?? item.url ?? item.source?.url ?? JSON.stringify(item));
    const found = items.length > 0 ? `: ${items.join('; ')}` : audit.explanation ? `: ${audit.explanation}` : '';
    lines.push(`  ${category}: ${ref.id} (${audit.title})${found}`);
  }
  return lines;
}

const server = serve();
await new Promise((ok, error) => server.once('error', error).listen(0, '127.0.0.1', ok));
const origin = `http://127.0.0.1:${server.address().port}`;
let chrome;
try {
  chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
  });
} catch (e) {
  server.close();
  fail('check-lighthouse', `cannot start Chromium: ${e.message.split('\n')[0]}`);
}

let passed = 0;
let failed = 0;
let error;
try {
  for (const p of pages) {
    const url = `${origin}/${p.name.split('/').map(encodeURIComponent).join('/')}`;
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', ...SETTINGS });
    if (!result || result.lhr.runtimeError) {
      throw new Error(`Lighthouse could not audit ${p.name}: ${result?.lhr.runtimeError?.message ?? 'no result'}`);
    }
    const { lhr } = result;
    const scores = CATEGORIES.map((c) => Math.round((lhr.categories[c].score ?? 0) * 100));
    console.log(`${p.name}: accessibility ${scores[0]}, best practices ${scores[1]}, SEO ${scores[2]}`);
    if (scores.every((s) => s === 100)) {
      passed++;
    } else {
      failed++;
      for (const [i, c] of CATEGORIES.entries()) {
        if (scores[i] < 100) {
          for (const line of shortfalls(lhr, c)) {
            console.log(line);
          }
        }
      }
    }
  }
} catch (e) {
  error = e;
} finally {
  await chrome.kill();
  server.close();
}
if (error) {
  fail('check-lighthouse', error.message.split('\n')[0]);
}
finish(passed, failed);
