// Measures what a built page loads before the learner does anything: its HTML, the CSS and
// JavaScript it pulls in (islands and their static imports, followed recursively) and the number
// of requests. Dynamic imports (search, loaded on demand) are not counted: they load later.
import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

const size = (text) => ({ raw: Buffer.byteLength(text), gzip: gzipSync(text).length });
const add = (a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip });
const zero = () => ({ raw: 0, gzip: 0 });

/** All values of an attribute in the HTML, e.g. every `src` of `<script>`. */
function attrs(html, tagPattern, attr) {
  const out = [];
  for (const tag of html.match(new RegExp(`<${tagPattern}\\b[^>]*>`, 'gi')) ?? []) {
    const m = tag.match(new RegExp(`\\s${attr}=["']([^"']+)["']`, 'i'));
    if (m) out.push(m[1].replaceAll('&amp;', '&'));
  }
  return out;
}

/** Static imports of an ES module (`import x from "./a.js"`, `import "./b.js"`, `export … from`). */
function staticImports(code) {
  const out = [];
  for (const m of code.matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[\w$*{},\s]+?\s*from\s*)?["']([^"']+\.m?js)["']/g)) out.push(m[1]);
  return out;
}

/**
 * @param {string} dist the built site
 * @param {string} pagePath a page's path inside the site, e.g. `talo/talon-rakenne/`
 * @param {string} base the base path the site was built with, e.g. `/koulutus/osallisuus/`
 */
export function measurePage(dist, pagePath, base = '/') {
  const file = join(dist, pagePath, pagePath.endsWith('.html') ? '' : 'index.html');
  const html = readFileSync(file, 'utf8');
  const toFile = (url) => join(dist, url.startsWith(base) ? url.slice(base.length) : url.replace(/^\//, ''));
  const result = { html: size(html), css: zero(), js: zero(), inlineJs: zero(), requests: 1, files: /** @type {string[]} */ ([]) };

  for (const inline of html.match(/<script\b(?![^>]*\bsrc=)[^>]*>[\s\S]*?<\/script>/gi) ?? []) {
    // Only scripts the browser runs count: templates and data blocks (type="text/…-template", JSON) do not.
    const type = inline.match(/^<script\b[^>]*\btype=["']([^"']+)["']/i)?.[1];
    if (type && !/^(module|text\/javascript|application\/javascript)$/i.test(type)) continue;
    result.inlineJs = add(result.inlineJs, size(inline.replace(/^<script[^>]*>|<\/script>$/gi, '')));
  }
  for (const tag of html.match(/<link\b[^>]*>/gi) ?? []) {
    const rel = tag.match(/\srel=["']([^"']+)["']/i)?.[1] ?? '';
    const href = tag.match(/\shref=["']([^"']+)["']/i)?.[1];
    if (!href || /^(https?:)?\/\//.test(href)) continue;
    if (rel === 'stylesheet') {
      const css = readFileSync(toFile(href), 'utf8');
      result.css = add(result.css, size(css));
      result.requests++;
      result.files.push(href);
    } else if (rel === 'icon' || rel === 'manifest') {
      result.requests++;
    }
  }

  const seen = new Set();
  const queue = [
    ...attrs(html, 'script', 'src'),
    ...attrs(html, 'link[^>]*rel=["\']modulepreload["\']', 'href'),
    ...attrs(html, 'astro-island', 'component-url'),
    ...attrs(html, 'astro-island', 'renderer-url'),
  ];
  while (queue.length) {
    const url = queue.shift();
    if (seen.has(url) || /^(https?:)?\/\//.test(url)) continue;
    seen.add(url);
    const path = toFile(url);
    if (!existsSync(path)) continue;
    const code = readFileSync(path, 'utf8');
    result.js = add(result.js, size(code));
    result.requests++;
    result.files.push(url);
    for (const dep of staticImports(code)) queue.push(posix.join(posix.dirname(url), dep));
  }
  return result;
}
