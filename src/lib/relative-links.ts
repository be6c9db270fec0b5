/**
 * Relative links for the SCORM package (issue 12). A platform serves the package from a path
 * that is not known at build time (e.g. `/pluginfile.php/123/mod_scorm/content/4/`), and Astro
 * has no relative-links mode (withastro/astro#4229). So the LMS build uses a placeholder base
 * path, and every built file is rewritten here: a link becomes relative to the file it is in,
 * and a link to a page's folder opens its `index.html` (a platform serves files, not folders).
 * Pure: the build script reads and writes the files.
 */

/** The base path of the LMS build before rewriting; nothing of it may be left afterwards. */
export const PLACEHOLDER_BASE = '/__lms__/';

const LINK = /\/__lms__\/([A-Za-z0-9._~%/-]*)/g;

/** `../` repeated up from a file (a `/`-separated path inside the package) to the package root. */
export const upToRoot = (file: string) => '../'.repeat(file.split('/').length - 1);

/**
 * Rewrites the links of an HTML page or a stylesheet. `isPage(dir)` tells whether a folder
 * (`''` is the root, otherwise ending in `/`) has an `index.html`; a link to any other folder
 * is an error, since nothing could be served for it.
 */
export function relativeLinks(text: string, file: string, isPage: (dir: string) => boolean): string {
  const up = upToRoot(file);
  return text.replace(LINK, (_, path: string) => {
    if (path !== '' && !path.endsWith('/')) return up + path;
    if (!isPage(path)) throw new Error(`${file}: link to the folder ${path || '/'} has no index.html`);
    return `${up}${path}index.html`;
  });
}

/**
 * Rewrites a built JavaScript module. Vite writes the base path as a string literal of its own
 * (its preload helper prefixes it to asset paths); that literal becomes the package root,
 * found from the module's own URL. The base inside a longer string would be a link built in
 * client code: that is an error (give the link to the island as a prop, built on the server).
 */
export function relativeModule(code: string, file: string): string {
  const root = `(new URL(${JSON.stringify(upToRoot(file) || './')},import.meta.url).href)`;
  const out = code.replace(/(["'`])\/__lms__\/\1/g, root);
  if (out.includes(PLACEHOLDER_BASE)) throw new Error(`${file}: a link is built in client code; pass it as a prop instead`);
  return out;
}

/**
 * What still points outside the package after rewriting: the placeholder, a root-relative or
 * protocol-relative URL in an attribute, in island props or in CSS `url()`.
 */
export function absoluteRefs(text: string): string[] {
  const found = text.match(/(?:\s[\w:-]+="|&quot;|url\(["']?)\/[^\s"&'),]*/g) ?? [];
  return [
    ...found.filter((m) => /\/[\w/_.-]/.test(m.replace(/^[^/]*/, ''))),
    ...(text.includes(PLACEHOLDER_BASE) ? [PLACEHOLDER_BASE] : []),
  ];
}
