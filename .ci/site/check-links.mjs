// Checks every link of an exported site: each relative href of every .html page must lead to a
// file inside the folder, and each #fragment to an id on the page it names. Links to the web
// (http, https, mailto) are listed, not fetched: CI has no network beyond package registries.
// Usage: node .ci/site/check-links.mjs DIR   Exit codes: 0 all resolve, 1 broken links, 2 misuse.
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { join, resolve, dirname, relative, sep } from 'node:path';

const dir = process.argv[2];
if (!dir || !existsSync(dir) || !statSync(dir).isDirectory()) {
  console.error('usage: node check-links.mjs DIR');
  process.exit(2);
}
const root = resolve(dir);
const pages = [];
(function walk(folder) {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) walk(path);
    else if (entry.name.endsWith('.html')) pages.push(path);
  }
})(root);

const unescape = (s) => s.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
const idsOf = new Map();
const ids = (page) => {
  if (!idsOf.has(page)) {
    idsOf.set(page, new Set([...readFileSync(page, 'utf8').matchAll(/\sid="([^"]*)"/g)].map((m) => unescape(m[1]))));
  }
  return idsOf.get(page);
};

let links = 0, external = 0;
const broken = [];
for (const page of pages.sort()) {
  const html = readFileSync(page, 'utf8');
  for (const m of html.matchAll(/<(?:a|link)\s[^>]*?href="([^"]*)"/g)) {
    const href = unescape(m[1]);
    links++;
    if (/^(https?|mailto):/i.test(href)) { external++; continue; }
    if (/^[a-z][a-z0-9+.-]*:/i.test(href)) { broken.push(`${relative(root, page)}: ${href}: a scheme a reader's browser will not open`); continue; }
    const [path, fragment] = href.split('#', 2);
    const target = path === '' ? page : resolve(dirname(page), decodeURIComponent(path));
    if (target !== root && !target.startsWith(root + sep)) { broken.push(`${relative(root, page)}: ${href}: leads out of the site`); continue; }
    if (!existsSync(target) || !statSync(target).isFile()) { broken.push(`${relative(root, page)}: ${href}: no such file`); continue; }
    if (fragment !== undefined && fragment !== '' && !ids(target).has(decodeURIComponent(fragment))) {
      broken.push(`${relative(root, page)}: ${href}: no element with id "${fragment}"`);
    }
  }
}
for (const line of broken) console.log(line);
console.log(`${pages.length} pages, ${links} links (${external} to the web, not fetched), ${broken.length} broken`);
process.exit(broken.length === 0 ? 0 : 1);
