// A stand-in for a learning platform's file server, for tests/e2e/lms.spec.ts: serves the
// unzipped SCORM packages from deep paths like Moodle's, the harness page that plays the
// platform (tests/lms-harness/) and scorm-again's runtime. Files only: a folder gets 404, as on
// a platform, so a link to a folder instead of its index.html fails a test.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

export const LMS_ROOTS = {
  '/pluginfile.php/123/mod_scorm/content/4/': 'dist-lms/asiakasosallisuus-scorm12',
  '/pluginfile.php/456/mod_scorm/content/7/': 'dist-lms/asiakasosallisuus-scorm2004',
  '/harness/': 'tests/lms-harness',
  '/scorm-again/': 'node_modules/scorm-again/dist',
};
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
};

const port = Number(process.env.LMS_PORT ?? 4340);
createServer(async (req, res) => {
  const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  const prefix = Object.keys(LMS_ROOTS).find((p) => path.startsWith(p));
  const file = prefix && normalize(join(LMS_ROOTS[prefix], path.slice(prefix.length)));
  try {
    if (!file?.startsWith(normalize(LMS_ROOTS[prefix])) || !(await stat(file)).isFile()) throw new Error('not a file');
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    res.end(await readFile(file));
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('404');
  }
}).listen(port, '127.0.0.1', () => console.log(`lms-server: http://127.0.0.1:${port}/`));
