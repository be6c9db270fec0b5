// `npm run build:lms`: the course as SCORM 1.2 and SCORM 2004 (4th ed.) packages (issue 12).
// Builds the site once with a placeholder base path, makes every link relative
// (src/lib/relative-links.ts), indexes search, then writes each package: the site, its launch
// page set to the package's version, imsmanifest.xml (src/lib/scorm-manifest.ts), and a zip.
//   dist-lms/asiakasosallisuus-scorm12/      dist-lms/asiakasosallisuus-scorm12.zip
//   dist-lms/asiakasosallisuus-scorm2004/    dist-lms/asiakasosallisuus-scorm2004.zip
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { zipSync } from 'fflate';
import { LOCALE } from '../src/i18n/config.ts';
import { fi } from '../src/i18n/fi.ts';
import { absoluteRefs, PLACEHOLDER_BASE, relativeLinks, relativeModule } from '../src/lib/relative-links.ts';
import { manifestXml } from '../src/lib/scorm-manifest.ts';

const OUT = 'dist-lms';
const SITE = join(OUT, 'site');
/** The launch file, as src/lms/LaunchPage.astro is routed in astro.config.mjs. */
const LAUNCH = 'oppimisalusta/index.html';
const PACKAGES = [
  { version: '1.2', name: 'asiakasosallisuus-scorm12' },
  { version: '2004', name: 'asiakasosallisuus-scorm2004' },
];

const run = (cmd, args, env) => {
  const { status } = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env }, shell: process.platform === 'win32' });
  if (status !== 0) process.exit(status ?? 1);
};
const filesIn = (dir) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) =>
      join(e.parentPath, e.name)
        .slice(dir.length + 1)
        .split(sep)
        .join('/'),
    )
    .sort();

rmSync(OUT, { recursive: true, force: true });
const env = { LMS: '1', BASE_PATH: PLACEHOLDER_BASE, ASTRO_OUT_DIR: SITE, ASTRO_CACHE_DIR: join('node_modules', '.astro-lms') };
run('npx', ['astro', 'build'], env);

// Every link relative to its file; nothing may point outside the package.
const files = filesIn(SITE);
const isPage = (dir) => existsSync(join(SITE, dir, 'index.html'));
const problems = [];
for (const file of files) {
  const path = join(SITE, file);
  const text = () => readFileSync(path, 'utf8');
  if (/\.(html|css)$/.test(file)) {
    const out = relativeLinks(text(), file, isPage);
    problems.push(...absoluteRefs(out).map((ref) => `${file}: ${ref}`));
    writeFileSync(path, out);
  } else if (file.endsWith('.js')) writeFileSync(path, relativeModule(text(), file));
}
if (problems.length) throw new Error(`The LMS build still points outside the package:\n${problems.join('\n')}`);

// The course facts the launch page was built with: the mastery score is the final quiz's pass mark.
const launchHtml = readFileSync(join(SITE, LAUNCH), 'utf8');
const facts = JSON.parse(/data-facts="([^"]*)"/.exec(launchHtml)[1].replaceAll('&quot;', '"').replaceAll('&amp;', '&'));

for (const { version, name } of PACKAGES) {
  const dir = join(OUT, name);
  cpSync(SITE, dir, { recursive: true });
  const launch = launchHtml.replace('data-scorm="auto"', `data-scorm="${version}"`);
  if (launch === launchHtml) throw new Error(`${LAUNCH}: data-scorm="auto" not found`);
  writeFileSync(join(dir, LAUNCH), launch);
  const manifest = manifestXml({
    version,
    identifier: 'fi.asiakasosallisuus.verkkokurssi',
    title: fi['site.title'],
    description: fi['site.description'],
    lang: LOCALE.lang,
    launch: LAUNCH,
    masteryPercent: facts.finalQuiz.passPercent,
    files: filesIn(dir),
  });
  writeFileSync(join(dir, 'imsmanifest.xml'), manifest);
  // A fixed date keeps the zip the same from build to build when the course is the same.
  const mtime = new Date('2026-01-01T00:00:00Z');
  const entries = Object.fromEntries(filesIn(dir).map((f) => [f, [readFileSync(join(dir, f)), { mtime }]]));
  writeFileSync(join(OUT, `${name}.zip`), zipSync(entries, { level: 9 }));
  console.log(`lms: ${OUT}/${name}.zip (SCORM ${version}, ${Object.keys(entries).length} files)`);
}
rmSync(SITE, { recursive: true, force: true });
